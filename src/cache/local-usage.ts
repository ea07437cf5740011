import { lstatSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIGEST_PATTERN } from '../hash/digest.js';
import type { StepKey } from '../records/brands.js';
import { parseManifest } from '../records/manifest.js';

/** One cache entry as `pipekit cache ls` shows it. */
export interface CacheEntryInfo {
  key: string;
  step: string;
  /** The bytes of its files (shared with other entries or not). */
  bytes: number;
  files: number;
  createdAt: string;
  /** When a lookup last found it (the entry file's time), ms since the epoch. */
  usedAt: number;
  digests: string[];
}

/** A folder of `.pipekit` that is not the cache: a run's logs, or scratch space. */
export interface StateFolder {
  kind: 'run' | 'tmp';
  name: string;
  path: string;
  bytes: number;
  /** Its last change, ms since the epoch. */
  at: number;
}

export interface LocalUsage {
  entries: CacheEntryInfo[];
  /** Each object's size, by digest. */
  objects: Map<string, { bytes: number; changedAt: number; path: string }>;
  runs: StateFolder[];
  tmp: StateFolder[];
}

/** What `pipekit cache prune` removes, and how many entries it keeps. */
export interface PruneChoice {
  entries: CacheEntryInfo[];
  folders: StateFolder[];
  kept: number;
}

/** Reads what `.pipekit` holds: cache entries and objects, run logs, scratch space. */
export function readUsage(stateDir: string): LocalUsage {
  const cache = join(stateDir, 'cache');
  const objects = new Map<string, { bytes: number; changedAt: number; path: string }>();
  for (const prefix of list(join(cache, 'objects'))) {
    for (const digest of list(join(cache, 'objects', prefix))) {
      const path = join(cache, 'objects', prefix, digest);
      const st = lstatSync(path, { throwIfNoEntry: false });
      if (!st?.isFile() || !DIGEST_PATTERN.test(digest)) continue;
      // A link or a rename changes the ctime: an object an unfinished save just wrote is young.
      objects.set(digest, { bytes: st.size, changedAt: Math.max(st.ctimeMs, st.mtimeMs), path });
    }
  }
  const entries: CacheEntryInfo[] = [];
  const lastRun = runStateKeys(stateDir);
  for (const name of list(join(cache, 'entries'))) {
    if (!name.endsWith('.json')) continue;
    const file = join(cache, 'entries', name);
    try {
      const manifest = parseManifest(readFileSync(file, 'utf8'), name.slice(0, -5) as StepKey);
      if (typeof manifest === 'string') continue;
      const files = Object.values(manifest.outputs).flatMap((o) =>
        o.entries.flatMap((e) => (e.kind === 'file' ? [e] : [])),
      );
      entries.push({
        key: manifest.key,
        step: manifest.step,
        bytes: files.reduce((n, f) => n + f.size, 0),
        files: files.length,
        createdAt: manifest.createdAt,
        usedAt: Math.max(
          statSync(file).mtimeMs,
          lastRun.keys.has(manifest.key) ? lastRun.usedAt : 0,
        ),
        digests: [...new Set(files.map((f) => f.digest))],
      });
    } catch {
      // removed meanwhile, or unreadable: a lookup will say so
    }
  }
  return {
    entries,
    objects,
    runs: folders(stateDir, 'runs', 'run'),
    tmp: folders(stateDir, 'tmp', 'tmp'),
  };
}

/**
 * Removes entries (their manifest first, so that no lookup finds an entry whose objects are
 * going), then every object no remaining entry names, except those that no entry named and
 * that changed within `graceMs`: a save in progress writes its objects before its entry.
 * With `dryRun`, only counts. Returns the bytes of the removed
 * objects, and how many of them are still on disk through another link (the store of outputs).
 */
export function removeEntries(
  stateDir: string,
  usage: LocalUsage,
  remove: CacheEntryInfo[],
  opts: { graceMs: number; now: number; dryRun: boolean },
): { bytes: number; sharedBytes: number; objects: number } {
  const gone = new Set(remove.map((e) => e.key));
  for (const key of gone) {
    if (!opts.dryRun) rmSync(join(stateDir, 'cache', 'entries', `${key}.json`), { force: true });
  }
  const named = new Set(usage.entries.filter((e) => !gone.has(e.key)).flatMap((e) => e.digests));
  const ofRemoved = new Set(remove.flatMap((e) => e.digests));
  let bytes = 0;
  let sharedBytes = 0;
  let objects = 0;
  for (const [digest, o] of usage.objects) {
    if (named.has(digest)) continue;
    // Named by no entry at all: an old leftover, or a save that has not written its entry yet.
    if (!ofRemoved.has(digest) && opts.now - o.changedAt < opts.graceMs) continue;
    const st = statSync(o.path, { throwIfNoEntry: false });
    if (!st) continue;
    if (!opts.dryRun) rmSync(o.path, { force: true });
    bytes += st.size;
    if (st.nlink > 1) sharedBytes += st.size;
    objects++;
  }
  return { bytes, sharedBytes, objects };
}

/** Removes a run's logs or a scratch folder. */
export function removeFolder(folder: StateFolder): void {
  rmSync(folder.path, { recursive: true, force: true });
}

function folders(stateDir: string, dir: string, kind: 'run' | 'tmp'): StateFolder[] {
  return list(join(stateDir, dir)).flatMap((name) => {
    const path = join(stateDir, dir, name);
    const st = lstatSync(path, { throwIfNoEntry: false });
    if (!st) return [];
    const { bytes, at } = sizeOf(path);
    return [{ kind, name, path, bytes, at: Math.max(at, st.mtimeMs) }];
  });
}

/** The bytes below `path` and its latest change; links are not followed. */
function sizeOf(path: string): { bytes: number; at: number } {
  const st = lstatSync(path, { throwIfNoEntry: false });
  if (!st) return { bytes: 0, at: 0 };
  if (!st.isDirectory()) return { bytes: st.isFile() ? st.size : 0, at: st.mtimeMs };
  let bytes = 0;
  let at = st.mtimeMs;
  for (const name of list(path)) {
    const inner = sizeOf(join(path, name));
    bytes += inner.bytes;
    at = Math.max(at, inner.at);
  }
  return { bytes, at };
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The bytes of the cache's objects and of the run logs, without reading any manifest. */
export function measureState(stateDir: string): number {
  const objects = join(stateDir, 'cache', 'objects');
  let bytes = 0;
  for (const prefix of list(objects)) {
    for (const name of list(join(objects, prefix))) {
      bytes += lstatSync(join(objects, prefix, name), { throwIfNoEntry: false })?.size ?? 0;
    }
  }
  return bytes + sizeOf(join(stateDir, 'runs')).bytes;
}

/**
 * The keys `.pipekit/state.json` names, and its time: a no-op run reads its entries from there
 * instead of looking them up (`executor/run-state.ts`), and marks that file used instead.
 */
function runStateKeys(stateDir: string): { keys: Set<string>; usedAt: number } {
  const file = join(stateDir, 'state.json');
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as { steps?: unknown };
    const steps = typeof state.steps === 'object' && state.steps !== null ? state.steps : {};
    const keys = Object.values(steps).flatMap((s: unknown) => {
      const key = (s as { key?: unknown } | null)?.key;
      return typeof key === 'string' ? [key] : [];
    });
    return { keys: new Set(keys), usedAt: statSync(file).mtimeMs };
  } catch {
    return { keys: new Set(), usedAt: 0 };
  }
}
