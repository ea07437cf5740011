import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  linkSync,
  mkdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { statSync } from '../workspace/observed-fs.js';
import { dirname, join } from 'node:path';
import { hashBytes, treeDigest } from '../hash/digest.js';
import type { MatrixOutput } from '../plan/params.js';
import { TREE_FORMAT, type OutputRecord, type TreeEntry } from '../records/manifest.js';
import {
  instanceOutputPath,
  MATRIX_INDEX_FILE,
  matrixIndexText,
} from '../records/matrix-output.js';
import { stateDir, type Engine } from './engine.js';
import { admitOutput, storedPath, verifyStored } from './output-store.js';

/** An instance's output as the store holds it. */
export interface StoredInstance {
  path: string;
  record: OutputRecord;
}

/**
 * The folder a step reads for a matrix step's output (README, "Matrix steps"): index.json and
 * one sub-folder per instance holding its output as a step reading it alone would get it.
 * Made in the store like any output, read-only, from the instances' stored trees (hard links
 * where the file system allows): its record is computed from theirs, so a folder made
 * before is found and verified without being made again.
 */
export function gatherStored(
  engine: Engine,
  gathered: MatrixOutput,
  instances: readonly StoredInstance[],
): StoredInstance {
  const index = Buffer.from(matrixIndexText(gathered));
  const entries: TreeEntry[] = [
    {
      kind: 'file',
      path: MATRIX_INDEX_FILE,
      size: index.length,
      digest: hashBytes(index),
      exec: false,
    },
  ];
  gathered.instances.forEach((instance, i) => {
    const { record } = instances[i]!;
    const at = instanceOutputPath(instance.name, gathered.output, record.type);
    if (record.type === 'dir' && record.entries.length === 0) {
      entries.push({ kind: 'dir', path: at });
    }
    for (const entry of record.entries) {
      entries.push({ ...entry, path: entry.path === '' ? at : `${at}/${entry.path}` });
    }
  });
  const record: OutputRecord = {
    type: 'dir',
    format: TREE_FORMAT,
    digest: treeDigest(entries),
    entries,
  };
  const to = storedPath(engine, gathered.output, record);
  if (verifyStored(engine, to, record)) return { path: to, record };
  const scratch = join(
    stateDir(engine.root),
    'tmp',
    `gather-${randomBytes(6).toString('hex')}`,
    gathered.output,
  );
  try {
    mkdirSync(scratch, { recursive: true });
    writeFileSync(join(scratch, MATRIX_INDEX_FILE), index);
    gathered.instances.forEach((instance, i) => {
      const { path, record: own } = instances[i]!;
      const at = join(scratch, instanceOutputPath(instance.name, gathered.output, own.type));
      placeTree(path, at, own);
    });
    const path = admitOutput(engine, gathered.output, scratch, record);
    // The record was computed, not read: a folder that differs from it is a bug here.
    if (!verifyStored(engine, path, record)) {
      throw new Error(
        `the gathered folder of ${gathered.step}.${gathered.output} is not its record`,
      );
    }
    return { path, record };
  } finally {
    rmSync(dirname(scratch), { recursive: true, force: true });
  }
}

/** An output's tree at `to`: its files hard-linked (copied across file systems), links and empty folders made. */
function placeTree(from: string, to: string, record: OutputRecord): void {
  if (record.type === 'dir') mkdirSync(to, { recursive: true });
  for (const entry of record.entries) {
    const src = entry.path === '' ? from : join(from, entry.path);
    const dst = entry.path === '' ? to : join(to, entry.path);
    mkdirSync(dirname(dst), { recursive: true });
    if (entry.kind === 'dir') mkdirSync(dst, { recursive: true });
    else if (entry.kind === 'symlink') symlinkSync(entry.target, dst);
    else linkOrCopy(src, dst);
  }
}

function linkOrCopy(src: string, dst: string): void {
  try {
    linkSync(src, dst);
  } catch {
    copyFileSync(src, dst);
    chmodSync(dst, statSync(src).mode & 0o777);
  }
}
