import type { EntryKind } from './actions-entries.js';
import {
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import type { OutputRecord } from '../records/manifest.js';
import type { FillFile } from '../hash/files.js';
import { MissingBytes } from '../hash/verified-outputs.js';

/**
 * A per-entry folder the cache client archives from and extracts to. `rel` is what goes
 * into `paths`: the cache version hashes those strings, so they must be relative (the same
 * on every runner) and identical on save and restore.
 */
export interface Stage {
  rel: string;
  abs: string;
}

export function stageOf(cwd: string, stagingDir: string, id: string, kind: EntryKind): Stage {
  const base = relative(cwd, resolve(cwd, stagingDir)).split(sep).join(posix.sep);
  const rel = posix.join(base, id, kind);
  return { rel, abs: resolve(cwd, rel) };
}

/** The per-entry folder around a stage, removed whole. */
export const stageRoot = (stage: Stage): string => resolve(stage.abs, '..');

// The client globs its paths; these characters would make a staging dir a pattern.
const GLOB_CHARS = /[*?[\]{}!\\,]/;

export function checkStagingDir(dir: string): void {
  if (dir === '' || GLOB_CHARS.test(dir)) {
    throw new Error(`staging dir ${JSON.stringify(dir)} must be a plain relative path`);
  }
}

/** An output name as one path segment inside a stage. */
export function segment(name: string): string {
  const encoded = encodeURIComponent(name);
  return encoded === '.' || encoded === '..' ? encoded.replace(/\./g, '%2E') : encoded;
}

export function clear(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Hard-links a file or a tree into a stage: models are big and the stage is short-lived. */
export function linkTree(src: string, dest: string): void {
  const st = lstatSync(src);
  if (st.isDirectory()) {
    mkdirSync(dest, { recursive: true });
    for (const name of readdirSync(src)) linkTree(join(src, name), join(dest, name));
  } else if (st.isSymbolicLink()) {
    symlinkSync(readlinkSync(src), dest);
  } else {
    linkOrCopy(src, dest);
  }
}

function linkOrCopy(src: string, dest: string): void {
  try {
    linkSync(src, dest);
  } catch {
    // Another device (EXDEV) or a file system without hard links.
    copyFileSync(src, dest);
  }
}

/**
 * Fills files for placeOutputs from an extracted stage. It asks by digest, so any staged
 * file with that digest will do; placeOutputs re-hashes what it gets and sets its mode.
 */
export function fillFromStage(outputs: Record<string, OutputRecord>, stageDir: string): FillFile {
  const byDigest = new Map<string, string>();
  for (const [name, record] of Object.entries(outputs)) {
    for (const entry of record.entries) {
      if (entry.kind !== 'file') continue;
      const parts = entry.path === '' ? [] : entry.path.split('/');
      // A manifest is data from the network; placeOutputs rejects such paths anyway.
      if (parts.some((p) => p === '' || p === '.' || p === '..' || p.includes('\\'))) continue;
      byDigest.set(entry.digest, join(stageDir, segment(name), ...parts));
    }
  }
  const linked = new Set<string>();
  return (file, target) => {
    const src = byDigest.get(file.digest);
    const st = src === undefined ? undefined : lstatSync(src, { throwIfNoEntry: false });
    // Only a regular file: a link in the archive must not be read through.
    if (src === undefined || !st?.isFile()) throw new MissingBytes('not in the restored archive');
    // A staged file is hard-linked once: two files sharing an inode would share a mode.
    if (linked.has(src)) copyFileSync(src, target);
    else linkOrCopy(src, target);
    linked.add(src);
  };
}

/** Runs tasks with the same name one after another: two calls must not share a stage. */
export class NamedLock {
  private tails = new Map<string, Promise<unknown>>();

  async run<T>(name: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(name) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    this.tails.set(name, tail);
    try {
      return await next;
    } finally {
      if (this.tails.get(name) === tail) this.tails.delete(name);
    }
  }
}
