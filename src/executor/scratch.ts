import {
  lstatSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../workspace/atomic-write.js';
import { stateDir, type Engine } from './engine.js';

/**
 * Scratch space: `.pipekit/tmp/<run>-<name>`, a step's private copy of its code and its
 * outputs while it runs, or a restore on its way to the store. A run removes its own when it
 * is done with it; a run that was killed (`kill -9`, a power cut) cannot, so every run first
 * removes what dead runs left. A run is known by `.pipekit/tmp/<run>.owner`, holding the pid
 * and start time of its process: scratch whose owner is alive is another run's, working.
 */
const owners = new WeakMap<Engine, string>();

const OWNER = '.owner';
/** Scratch no owner file names (left by a pipekit before owner files) goes after this long. */
const UNOWNED_MS = 3600_000;

interface Owner {
  pid: number;
  /** The process's start time as the kernel gives it, where it does: a reused pid differs. */
  start?: string;
}

/**
 * Claims scratch space for a run of `engine`: removes what dead runs left, then records this
 * process as the owner of `<runId>-*`. Returns the release, which removes the owner file.
 */
export function claimScratch(engine: Engine, runId: string): () => void {
  const tmp = join(stateDir(engine.root), 'tmp');
  sweepScratch(tmp);
  const file = join(tmp, `${runId}${OWNER}`);
  try {
    const owner: Owner = { pid: process.pid, start: startTime(process.pid) };
    writeFileAtomic(file, JSON.stringify(owner));
    owners.set(engine, runId);
  } catch {
    // `tmp` is not a folder or the disk is full: the step that needs scratch says so
  }
  return () => {
    owners.delete(engine);
    try {
      rmSync(file, { force: true });
    } catch {
      // `tmp` went (or became a file) meanwhile: no owner file left to remove
    }
  };
}

/** The scratch folder `name` of the run that claimed it (see `claimScratch`). */
export function scratchPath(engine: Engine, name: string): string {
  const run = owners.get(engine);
  return join(stateDir(engine.root), 'tmp', run === undefined ? name : `${run}-${name}`);
}

/**
 * A running step's scratch: `work`, its private copy of its code files, where it runs, and a
 * folder per output holding only that output, which the store takes whole (`admitOutput`):
 * each folder a step's scratch makes or frees costs as much as a small step's own work does
 * on some file systems (issue #14). `<run>-<step>` and `<run>-<step>.<output>`: a step id has
 * no `.`, an instance's ends with `]`, so no two steps' folders meet.
 */
export interface StepScratch {
  work: string;
  /** Each output's path, by name: `<run>-<step>.<name>/<name>`. */
  outputs: Record<string, string>;
}

export function stepScratch(engine: Engine, stepId: string, outputs: string[]): StepScratch {
  const work = scratchPath(engine, stepId);
  return { work, outputs: Object.fromEntries(outputs.map((n) => [n, join(`${work}.${n}`, n)])) };
}

/** Every folder of a step's scratch, for removal. */
function scratchFolders(scratch: StepScratch): string[] {
  return [scratch.work, ...Object.values(scratch.outputs).map(dirname)];
}

/**
 * Removes a step's scratch: `work` (usually an empty folder: one `rmdir`) and whatever of its
 * outputs' folders the store did not take. What cannot be removed (`.pipekit/tmp` a file,
 * read-only) is left to the sweep of a later run.
 */
export function removeScratch(scratch: StepScratch): void {
  for (const dir of scratchFolders(scratch)) removeFolder(dir);
}

function removeFolder(dir: string): void {
  try {
    const st = lstatSync(dir, { throwIfNoEntry: false });
    if (!st) return; // an output's folder the store took
    if (st.isDirectory()) {
      try {
        rmdirSync(dir);
        return;
      } catch {
        // not empty: walked below
      }
    }
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // read-only, or not a folder we can walk: the sweep of a later run
  }
}

/**
 * Renames `folder` to `dest` when it is a plain folder holding `name` alone, as a folder
 * made in the store would be (a step may have changed it: a link, its mode, another file);
 * false when it is not, or when the rename fails (`dest` holds another run's tree, no store).
 */
export function takeScratchFolder(folder: string, name: string, dest: string): boolean {
  try {
    const st = lstatSync(folder);
    if (!st.isDirectory() || (st.mode & 0o7002) !== 0 || (st.mode & 0o700) !== 0o700) return false;
    const entries = readdirSync(folder);
    if (entries.length !== 1 || entries[0] !== name) return false;
    renameSync(folder, dest);
    return true;
  } catch {
    return false; // the usual way says what is wrong, if anything is
  }
}

/** Removes the scratch of every run whose process is gone; returns how many entries went. */
function sweepScratch(tmp: string): number {
  let names: string[];
  try {
    names = readdirSync(tmp);
  } catch {
    return 0;
  }
  const live: string[] = [];
  const dead: string[] = [];
  for (const name of names) {
    if (!name.endsWith(OWNER)) continue;
    const run = name.slice(0, -OWNER.length);
    (isAlive(readOwner(join(tmp, name))) ? live : dead).push(run);
  }
  const owned = (name: string, runs: string[]): boolean =>
    runs.some((run) => name === `${run}${OWNER}` || name.startsWith(`${run}-`));
  let removed = 0;
  for (const name of names) {
    if (owned(name, live)) continue;
    if (!owned(name, dead) && !unownedAndOld(join(tmp, name))) continue;
    try {
      rmSync(join(tmp, name), { recursive: true, force: true });
      removed++;
    } catch {
      // read-only, or another run sweeping the same entry: the next run tries again
    }
  }
  return removed;
}

function unownedAndOld(path: string): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs > UNOWNED_MS;
  } catch {
    return false;
  }
}

function readOwner(file: string): Owner | undefined {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<Owner> | null;
    if (!Number.isSafeInteger(value?.pid) || (value!.pid as number) <= 0) return undefined;
    const start = typeof value?.start === 'string' ? value.start : undefined;
    return { pid: value!.pid as number, start };
  } catch {
    return undefined;
  }
}

/** Whether the process that wrote an owner file still runs (a damaged file: it does not). */
function isAlive(owner: Owner | undefined): boolean {
  if (!owner) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const start = startTime(owner.pid);
  return owner.start === undefined || start === undefined || start === owner.start;
}

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot. */
function startTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count after it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}
