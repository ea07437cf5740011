import * as fs from 'node:fs';
import { resolve } from 'node:path';
import { changedAt, isAbsent, statSignature, type Look, type LookKind } from './fs-signature.js';

/**
 * The file-system reads whose answers decide a local run: every module that reads the
 * repository, the stored outputs or the cache's entries to decide what runs imports these
 * instead of `node:fs`. While a recorder is on, each read first notes what it looked at (a
 * stat signature taken before the read, so a change during the read shows as a new signature),
 * and the run's answer can be replayed for as long as every look sees the same again
 * (src/cli/replay.ts). Housekeeping (scratch, logs, the memo, the run state) reads `node:fs`
 * directly: its files change on every run and decide nothing.
 *
 * With no recorder on, each function is `node:fs`'s own plus one test of a variable.
 */
export class LookRecorder {
  private readonly seen = new Map<string, Look>();
  /** Why the looks cannot be replayed, when they cannot. */
  spoiled?: string;

  note(kind: LookKind, path: fs.PathLike, seen: string | null): void {
    const abs = resolve(String(path));
    const id = `${kind}${abs}`;
    const before = this.seen.get(id);
    if (!before) this.seen.set(id, [kind, abs, seen]);
    else if (before[2] !== seen) this.spoiled ??= `${abs} changed while the run read it`;
  }

  noteStat(kind: 's' | 'l', path: fs.PathLike, st: fs.Stats | fs.BigIntStats | undefined): void {
    if (st === undefined) this.note(kind, path, null);
    else if (st instanceof fs.Stats) this.note(kind, path, statSignature(st));
    else this.spoiled ??= `${String(path)}: read with bigint times`;
  }

  noteError(kind: LookKind, path: fs.PathLike, error: unknown): void {
    if (isAbsent(error)) this.note(kind, path, null);
    else this.spoiled ??= `${String(path)}: ${(error as Error).message}`;
  }

  /** Takes a look before a read: a folder before listing it, a file before opening it. */
  lookFirst(kind: 's' | 'l', path: fs.PathLike | number): void {
    if (typeof path === 'number') return;
    try {
      this.noteStat(kind, path, kind === 's' ? fs.statSync(path) : fs.lstatSync(path));
    } catch (error) {
      this.noteError(kind, path, error);
    }
  }

  /**
   * Every look, when all saw a path that had settled before `settledBefore`: a file changed
   * more recently may change again within the file system's timestamp granularity without
   * its signature changing (the stat memo's racy rule).
   */
  looks(settledBefore: number): Look[] | string {
    if (this.spoiled) return this.spoiled;
    // A path whose stat and lstat saw the same is no link: one look at it says the same.
    const looks = [...this.seen.values()].filter(
      ([kind, path, seen]) => kind !== 's' || this.seen.get(`l${path}`)?.[2] !== seen,
    );
    const racy = looks.find(
      ([kind, , seen]) => kind !== 'r' && seen !== null && changedAt(seen) >= settledBefore,
    );
    return racy ? `${racy[1]} changed too recently` : looks;
  }
}

let recorder: LookRecorder | undefined;

/** Records every look from now until `stopRecording`. */
export function startRecording(): LookRecorder {
  return (recorder = new LookRecorder());
}

export function stopRecording(): void {
  recorder = undefined;
}

export const statSync = ((path: fs.PathLike, options?: fs.StatSyncOptions) => {
  try {
    const st = fs.statSync(path, options);
    recorder?.noteStat('s', path, st);
    return st;
  } catch (error) {
    recorder?.noteError('s', path, error);
    throw error;
  }
}) as typeof fs.statSync;

export const lstatSync = ((path: fs.PathLike, options?: fs.StatSyncOptions) => {
  try {
    const st = fs.lstatSync(path, options);
    recorder?.noteStat('l', path, st);
    return st;
  } catch (error) {
    recorder?.noteError('l', path, error);
    throw error;
  }
}) as typeof fs.lstatSync;

export function existsSync(path: fs.PathLike): boolean {
  recorder?.lookFirst('s', path);
  return fs.existsSync(path);
}

export const readdirSync = ((path: fs.PathLike, options?: unknown) => {
  recorder?.lookFirst('s', path);
  return fs.readdirSync(path, options as fs.ObjectEncodingOptions);
}) as typeof fs.readdirSync;

export const readFileSync = ((path: fs.PathOrFileDescriptor, options?: unknown) => {
  recorder?.lookFirst('s', path as fs.PathLike | number);
  return fs.readFileSync(path, options as fs.ObjectEncodingOptions);
}) as typeof fs.readFileSync;

export const openSync = ((path: fs.PathLike, flags?: fs.OpenMode, mode?: fs.Mode) => {
  recorder?.lookFirst('s', path);
  return fs.openSync(path, flags ?? 'r', mode);
}) as typeof fs.openSync;

export const readlinkSync = ((path: fs.PathLike, options?: unknown) => {
  recorder?.lookFirst('l', path);
  return fs.readlinkSync(path, options as fs.ObjectEncodingOptions);
}) as typeof fs.readlinkSync;

function realpathWith(real: (path: fs.PathLike) => string) {
  return (path: fs.PathLike): string => {
    try {
      const found = real(path);
      recorder?.note('r', path, found);
      return found;
    } catch (error) {
      recorder?.noteError('r', path, error);
      throw error;
    }
  };
}

export const realpathSync = Object.assign(
  realpathWith((path) => fs.realpathSync(path)),
  { native: realpathWith((path) => fs.realpathSync.native(path)) },
) as unknown as typeof fs.realpathSync;
