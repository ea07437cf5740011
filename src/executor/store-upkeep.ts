import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { stateDir, type Engine } from './engine.js';
import { randomBytes } from 'node:crypto';

// Upkeep of `.pipekit/store`: marks of use, pruning, removing damaged trees, write bits. These read `node:fs` directly,
// not the observed reads (src/workspace/observed-fs.ts): what they see decides no step, and
// the marks they write change on their own schedule.

/**
 * Marks a stored tree as used now, so that `pruneStore` keeps it; a mark less than a day old
 * is left as it is (a no-op run would otherwise write every tree's inode).
 */
export function markStoredUsed(dir: string): void {
  try {
    if (Date.now() - statSync(dir).mtimeMs < DAY_MS) return;
    const now = new Date();
    utimesSync(dir, now, now);
  } catch {
    // pruned or dropped meanwhile: the caller's verification already decided
  }
}

const DAY_MS = 24 * 3600_000;

/**
 * Removes the stored trees that no view links to and that no run used for `keepMs`: every
 * version of every output would otherwise stay forever (the cache keeps them anyway). A tree
 * is marked used whenever a run stores, verifies or restores it, so one that a running step
 * reads is recent.
 */
export function pruneStore(engine: Engine, keepMs: number): number {
  const store = join(stateDir(engine.root), 'store');
  // At most once a day: a no-op run should not list every view and every tree.
  const marker = join(store, '.pruned');
  try {
    const last = statSync(marker, { throwIfNoEntry: false });
    if (last && Date.now() - last.mtimeMs < DAY_MS) return 0;
    mkdirSync(store, { recursive: true });
    writeFileSync(marker, '');
  } catch {
    return 0; // `store` is not a folder, or the disk is full: pruning waits for another run
  }
  const linked = new Set<string>();
  const out = join(stateDir(engine.root), 'out');
  for (const step of safeReaddir(out)) {
    for (const name of safeReaddir(join(out, step))) {
      try {
        linked.add(dirname(realpathSync(join(out, step, name))));
      } catch {
        // a dangling view: nothing to keep
      }
    }
  }
  const storeReal = safeRealpath(store);
  let removed = 0;
  for (const digest of safeReaddir(store)) {
    if (digest.startsWith('.')) continue;
    const dir = join(store, digest);
    const st = statSync(dir, { throwIfNoEntry: false });
    if (!st || Date.now() - st.mtimeMs < keepMs || linked.has(join(storeReal, digest))) continue;
    dropStored(dir);
    engine.memo.forget(dir);
    removed++;
  }
  return removed;
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Removes a stored tree that is damaged: the next use restores or recomputes it. */
export function dropStored(path: string): void {
  const aside = `${path}.bad-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  // Unlinking a read-only file needs only its folder writable, except on Windows. Elsewhere the
  // files keep their mode: one may be the cache's own copy of the bytes, shared by a link.
  if (process.platform === 'win32') setWritable(aside, true);
  rmSync(aside, { recursive: true, force: true });
}

/** Sets or removes the write bits of every file below `path`. */
export function setWritable(path: string, writable: boolean): void {
  const st = lstatSync(path, { throwIfNoEntry: false });
  if (!st || st.isSymbolicLink()) return;
  if (st.isDirectory()) {
    // Folders stay writable, so that `rm -rf .pipekit` works without chmod; files are enough
    // to stop an accidental in-place edit, and verifyStored catches a deliberate one.
    for (const entry of readdirSync(path)) setWritable(join(path, entry), writable);
    return;
  }
  const mode = statSync(path).mode & 0o7777;
  chmodSync(path, writable ? mode | 0o200 : mode & ~0o222);
}
