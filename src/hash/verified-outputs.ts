import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FileEntry, OutputPaths, OutputRecord } from '../records/manifest.js';
import type { OutputType } from '../pipeline/types.js';
import { UserError } from '../errors.js';
import { tempSibling } from '../workspace/atomic-write.js';
import { DIGEST_PATTERN, freshDigester, hashFile, treeDigest } from './digest.js';
import { digestTree } from './tree.js';

/**
 * Digests an output a step just wrote (no memo: it is fresh by definition). A `dir` output
 * is a folder, `file` and `metrics` a file; symlinks must stay inside the output itself so
 * that what is cached is self-contained.
 */
export function digestOutput(absPath: string, type: OutputType): OutputRecord {
  const st = statSync(absPath, { throwIfNoEntry: false });
  const want = type === 'dir' ? 'a folder' : 'a file';
  if (!st || (type === 'dir' ? !st.isDirectory() : !st.isFile())) {
    throw new UserError(`output ${absPath} is ${st ? 'not' : 'missing; expected'} ${want}`);
  }
  const { digest, files } = digestTree(absPath, absPath, freshDigester, { ignore: [] });
  return { type, digest, files };
}

/** Undefined when the output at `absPath` matches `record`, else a short reason. */
export function verifyOutput(absPath: string, record: OutputRecord): string | undefined {
  let actual: OutputRecord;
  try {
    actual = digestOutput(absPath, record.type);
  } catch (err) {
    return (err as Error).message;
  }
  if (actual.digest === record.digest) return undefined;
  const want = new Map(record.files.map((f) => [f.path, f]));
  for (const f of actual.files) {
    const w = want.get(f.path);
    if (!w) return `unexpected file ${f.path}`;
    if (w.digest !== f.digest) return `${f.path || 'the file'} differs`;
    want.delete(f.path);
  }
  const missing = [...want.keys()][0];
  return missing !== undefined ? `${missing || 'the file'} is missing` : 'digest differs';
}

/** Writes the bytes of one file of an output at `target` (its parent folder exists). */
export type FillFile = (file: FileEntry, target: string) => void;

export interface PlaceFailure {
  reason: string;
  /** The content digest whose stored bytes hash to something else, so a store can drop them. */
  digest?: string;
}

/**
 * Restores outputs the same way for every store: each output is built in a temp sibling of
 * its destination, every file is checked against its digest, and only when all outputs
 * are good are they renamed into place. So a destination is either complete or absent,
 * and nothing a manifest says can write outside its destination.
 */
export function placeOutputs(
  outputs: Record<string, OutputRecord>,
  dest: OutputPaths,
  fill: FillFile,
): PlaceFailure | undefined {
  const staged: { tmp: string; final: string }[] = [];
  try {
    for (const [name, record] of Object.entries(outputs)) {
      const final = dest[name];
      if (final === undefined) throw new Error(`no destination for output ${name}`);
      const tmp = tempSibling(final);
      staged.push({ tmp, final });
      const failure = stageOutput(name, record, tmp, fill);
      if (failure) return failure;
    }
    return commit(staged);
  } finally {
    for (const { tmp } of staged) rmSync(tmp, { recursive: true, force: true });
  }
}

function stageOutput(
  name: string,
  record: OutputRecord,
  tmp: string,
  fill: FillFile,
): PlaceFailure | undefined {
  const bad = checkRecord(record);
  if (bad) return { reason: `output ${name}: ${bad}` };
  mkdirSync(record.type === 'dir' ? tmp : dirname(tmp), { recursive: true });
  for (const file of record.files) {
    const target = file.path === '' ? tmp : join(tmp, ...file.path.split('/'));
    const where = file.path === '' ? `output ${name}` : `output ${name}, file ${file.path}`;
    try {
      mkdirSync(dirname(target), { recursive: true });
      fill(file, target);
    } catch (err) {
      return { reason: `${where}: ${(err as Error).message}` };
    }
    const got = hashFile(target);
    if (got.digest !== file.digest) {
      return { reason: `${where}: content does not match its digest`, digest: file.digest };
    }
    if (got.size !== file.size) return { reason: `${where}: size differs from the manifest` };
  }
  return undefined;
}

/** A manifest is data from disk or the network: its paths must not climb out. */
function checkRecord(record: OutputRecord): string | undefined {
  if (record.type !== 'dir') {
    const only = record.files[0];
    if (record.files.length !== 1 || only?.path !== '') return 'a file output lists other files';
  }
  for (const f of record.files) {
    if (!DIGEST_PATTERN.test(f.digest)) return `bad digest for ${f.path}`;
    if (record.type === 'dir' && !isSafeRelative(f.path)) return `unsafe path ${f.path}`;
  }
  if (treeDigest(record.files) !== record.digest) return 'file list does not match its digest';
  return undefined;
}

function isSafeRelative(path: string): boolean {
  if (path === '' || path.startsWith('/') || path.includes('\\') || path.includes('\0')) {
    return false;
  }
  return path.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}

function commit(staged: { tmp: string; final: string }[]): PlaceFailure | undefined {
  const placed: string[] = [];
  try {
    for (const { tmp, final } of staged) {
      // rename() cannot replace a non-empty folder; the gap where `final` is absent is fine.
      rmSync(final, { recursive: true, force: true });
      renameSync(tmp, final);
      placed.push(final);
    }
    return undefined;
  } catch (err) {
    for (const final of placed) rmSync(final, { recursive: true, force: true });
    return { reason: `could not move outputs into place: ${(err as Error).message}` };
  }
}
