import { createHash } from 'node:crypto';
import { closeSync, readSync } from 'node:fs';
import { openSync } from '../workspace/observed-fs.js';
import type { ContentDigest } from '../records/brands.js';
import { TREE_FORMAT, type TreeEntry } from '../records/manifest.js';

export interface FileDigest {
  size: number;
  /** sha256, lowercase hex. */
  digest: ContentDigest;
}

/** Whatever turns a file into a digest: a fresh read, or the stat memo. */
export interface FileDigester {
  digestFile(abs: string): FileDigest;
}

/**
 * 64 KiB measured best on these VMs (bench/hash.mjs): it stays in L2 while sha256 consumes
 * it; 256 KiB..4 MiB were 5-10% slower, and stream reads 4x slower (a thread hop per chunk).
 */
const CHUNK = 64 * 1024;
// One buffer for the process: a freshly allocated big buffer reads at a fraction of the
// speed (bench/hash.mjs). Safe to share because every use below is synchronous.
let shared: Buffer | undefined;

/** Reads a file once with a sync loop and returns its sha256 and the bytes actually read. */
export function hashFile(abs: string): FileDigest {
  const buf = (shared ??= Buffer.allocUnsafeSlow(CHUNK));
  const hash = createHash('sha256');
  const fd = openSync(abs, 'r');
  let size = 0;
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK, null);
      if (n === 0) break;
      hash.update(n === CHUNK ? buf : buf.subarray(0, n));
      size += n;
    }
  } finally {
    closeSync(fd);
  }
  return { size, digest: hash.digest('hex') as ContentDigest };
}

export function hashBytes(bytes: Uint8Array): ContentDigest {
  return createHash('sha256').update(bytes).digest('hex') as ContentDigest;
}

/** Reads every file afresh: for outputs a step just wrote, where a memo could only be wrong. */
export const freshDigester: FileDigester = { digestFile: hashFile };

export const DIGEST_PATTERN = /^[0-9a-f]{64}$/;

/** Code-unit order, not localeCompare: the same on every machine and locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The digest of a tree: sha256 over the JSON of its sorted entries, each as a row of its path,
 * its kind (`f` a file, `x` an executable file, `d` an empty folder, `l` a symlink) and its
 * content (a file's digest; a link's text, and what it reaches outside the tree). Paths are in
 * it so a rename changes the digest; sorting makes listing order irrelevant. Sizes are left
 * out: the content digest already covers them. The format tag keeps apart digests an older
 * pipekit made over regular files alone.
 */
export function treeDigest(entries: readonly TreeEntry[]): ContentDigest {
  const rows = [...entries].sort((a, b) => comparePaths(a.path, b.path)).map(row);
  return hashBytes(Buffer.from(JSON.stringify([`tree-${TREE_FORMAT}`, rows])));
}

function row(entry: TreeEntry): string[] {
  switch (entry.kind) {
    case 'file':
      return [entry.path, entry.exec ? 'x' : 'f', entry.digest];
    case 'dir':
      return [entry.path, 'd'];
    case 'symlink':
      return entry.reaches === undefined
        ? [entry.path, 'l', entry.target]
        : [entry.path, 'l', entry.target, entry.reaches];
  }
}

/** Git's rule: a file is executable when its owner may execute it; no other bit counts. */
export const isExecutable = (mode: number): boolean => (mode & 0o100) !== 0;
