import { chmodSync, mkdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { statSync } from '../workspace/observed-fs.js';
import { dirname, join } from 'node:path';
import {
  TREE_FORMAT,
  type FileEntry,
  type OutputPaths,
  type OutputRecord,
  type TreeEntry,
} from '../records/manifest.js';
import type { OutputType } from '../pipeline/types.js';
import { UserError } from '../errors.js';
import { tempSibling } from '../workspace/atomic-write.js';
import { freshDigester, hashFile, isExecutable } from './digest.js';
import { checkRecord } from './record-check.js';
import { digestTree } from './tree.js';
import { staysInside } from './tree-walk.js';

/**
 * Digests an output a step just wrote (no memo: it is fresh by definition). A `dir` output
 * is a folder, `file` and `metrics` a file. Its tree is all of it (empty folders, symlinks,
 * executable bits); a symlink in it must stay inside it, so that the output means the same
 * wherever it is restored.
 */
export function digestOutput(absPath: string, type: OutputType): OutputRecord {
  const st = statSync(absPath, { throwIfNoEntry: false });
  const want = type === 'dir' ? 'a folder' : 'a file';
  if (!st || (type === 'dir' ? !st.isDirectory() : !st.isFile())) {
    throw new UserError(`output ${absPath} is ${st ? 'not' : 'missing; expected'} ${want}`);
  }
  const opts = { ignore: [], selfContained: true };
  const { digest, entries } = digestTree(absPath, absPath, freshDigester, opts);
  return { type, format: TREE_FORMAT, digest, entries };
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
  const want = new Map(record.entries.map((e) => [e.path, e]));
  for (const got of actual.entries) {
    const w = want.get(got.path);
    if (!w) return `unexpected ${KIND[got.kind]} ${got.path}`;
    const differs = difference(w, got);
    if (differs) return differs;
    want.delete(got.path);
  }
  const missing = [...want.keys()][0];
  return missing !== undefined ? `${missing || 'the file'} is missing` : 'digest differs';
}

const KIND = { file: 'file', dir: 'folder', symlink: 'symlink' } as const;

function difference(want: TreeEntry, got: TreeEntry): string | undefined {
  const name = got.path || 'the file';
  if (want.kind !== got.kind) return `${name} is a ${KIND[got.kind]}, not a ${KIND[want.kind]}`;
  if (want.kind === 'file' && got.kind === 'file') {
    if (want.digest !== got.digest) return `${name} differs`;
    if (want.exec !== got.exec) return `${name}: the executable bit differs`;
  }
  if (want.kind === 'symlink' && got.kind === 'symlink' && want.target !== got.target) {
    return `${name} points elsewhere`;
  }
  return undefined;
}

/**
 * Writes the bytes of one file of an output at `target` (its parent folder exists). Throws
 * MissingBytes when the store does not hold them; any other error is taken as the
 * destination's (a full disk, a folder it may not write).
 */
export type FillFile = (file: FileEntry, target: string) => void;

/** The store does not hold the bytes a manifest names: the entry is incomplete. */
export class MissingBytes extends Error {}

export interface PlaceFailure {
  /**
   * `corrupt`: the entry's own data failed verification (bytes that do not hash to their
   * digest or are missing, a manifest that does not add up), so a store may drop it.
   * `destination`: anything else (a full disk, a read-only folder, a file where a folder must
   * go): the entry is fine and must be kept; only this restore misses.
   */
  kind: 'corrupt' | 'destination';
  reason: string;
  /** The content digest whose stored bytes hash to something else, so a store can drop them. */
  digest?: string;
}

/**
 * Restores outputs the same way for every store: each output is built in a temp sibling of
 * its destination (files, with their executable bit, empty folders, symlinks), every file is
 * checked against its digest, and only when all outputs are good are they renamed into
 * place. So a destination is either complete or absent, and nothing a manifest says can
 * write outside its destination. Never throws for a failure of the disk: it says which kind.
 */
export function placeOutputs(
  outputs: Record<string, OutputRecord>,
  dest: OutputPaths,
  fill: FillFile,
): PlaceFailure | undefined {
  for (const [name, record] of Object.entries(outputs)) {
    if (dest[name] === undefined) throw new Error(`no destination for output ${name}`);
    const bad = checkRecord(record);
    if (bad) return { kind: 'corrupt', reason: `output ${name}: ${bad}` };
  }
  const staged: { tmp: string; final: string }[] = [];
  try {
    for (const [name, record] of Object.entries(outputs)) {
      const final = dest[name] as string;
      const tmp = tempSibling(final);
      staged.push({ tmp, final });
      const failure = stageOutput(name, record, tmp, fill);
      if (failure) return failure;
    }
    return commit(staged);
  } finally {
    for (const { tmp } of staged) removeQuietly(tmp);
  }
}

function stageOutput(
  name: string,
  record: OutputRecord,
  tmp: string,
  fill: FillFile,
): PlaceFailure | undefined {
  let where = `output ${name}`;
  try {
    mkdirSync(record.type === 'dir' ? tmp : dirname(tmp), { recursive: true });
    for (const entry of record.entries) {
      where =
        entry.path === '' ? `output ${name}` : `output ${name}, ${KIND[entry.kind]} ${entry.path}`;
      const target = entry.path === '' ? tmp : join(tmp, ...entry.path.split('/'));
      if (entry.kind === 'dir') {
        mkdirSync(target, { recursive: true });
        continue;
      }
      mkdirSync(dirname(target), { recursive: true });
      if (entry.kind === 'symlink') {
        symlinkSync(entry.target, target);
        continue;
      }
      fill(entry, target);
      const got = hashFile(target);
      if (got.digest !== entry.digest) {
        const reason = `${where}: content does not match its digest`;
        return { kind: 'corrupt', reason, digest: entry.digest };
      }
      if (got.size !== entry.size) {
        return { kind: 'corrupt', reason: `${where}: size differs from the manifest` };
      }
      // The executable bit is the manifest's, not that of whatever file held these bytes in
      // the store. A file the store shares with its own copy (a hard link) already has it, and
      // keeps that copy's mode: read-only.
      if (isExecutable(statSync(target).mode) !== entry.exec) {
        chmodSync(target, entry.exec ? 0o755 : 0o644);
      }
    }
    for (const entry of record.entries) {
      if (entry.kind === 'symlink' && !staysInside(tmp, entry.path)) {
        return { kind: 'corrupt', reason: `output ${name}: ${entry.path} leads out of it` };
      }
    }
    return undefined;
  } catch (err) {
    const kind = err instanceof MissingBytes ? 'corrupt' : 'destination';
    return { kind, reason: `${where}: ${(err as Error).message}` };
  }
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
    for (const final of placed) removeQuietly(final);
    const reason = `could not move outputs into place: ${(err as Error).message}`;
    return { kind: 'destination', reason };
  }
}

/** Cleanup after a failure: one that fails too (a folder it may not write) is left as it is. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // The failure that led here is what gets reported.
  }
}
