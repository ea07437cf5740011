import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { existsSync, lstatSync, readlinkSync } from '../workspace/observed-fs.js';
import { dirname, join, relative } from 'node:path';
import { isExecutable, treeDigest } from '../hash/digest.js';
import { digestTree } from '../hash/files.js';
import type { Step } from '../pipeline/types.js';
import type { Manifest, OutputRecord } from '../records/manifest.js';
import { stateDir, stepOutDir, type Engine } from './engine.js';
import { faultMessage } from '../workspace/fs-fault.js';
import { scratchPath, takeScratchFolder } from './scratch.js';
import { dropStored, markStoredUsed, setWritable } from './store-upkeep.js';

/**
 * Where the outputs of steps live while pipekit uses them: `.pipekit/store/<digest>/<name>`,
 * one immutable tree per output digest. A step reads its upstream outputs here, so what it
 * reads is exactly the bytes its key names, whatever other runs of the same checkout do at
 * the same time (they can only add trees, never change one). Files are read-only; a step
 * that changes its input anyway is caught by `verifyStored` after it ends.
 *
 * `.pipekit/out/<step>/<name>` is a view for people: a symlink to the tree of the last run
 * that produced or restored it.
 */
export function storedPath(engine: Engine, name: string, record: OutputRecord): string {
  return join(stateDir(engine.root), 'store', record.digest, name);
}

/**
 * Moves a finished output (`from`, in scratch space) into the store, read-only; when the tree
 * is there already and intact (an identical output of this or another run), `from` is dropped.
 * With `ownFolder`, `from`'s folder is scratch made for it alone (`stepScratch`), which becomes
 * the tree's folder when nothing else is in it: no folder made here, none freed there.
 */
export function admitOutput(
  engine: Engine,
  name: string,
  from: string,
  record: OutputRecord,
  { ownFolder = false }: { ownFolder?: boolean } = {},
): string {
  const to = storedPath(engine, name, record);
  if (existsSync(to)) {
    if (verifyStored(engine, to, record)) {
      markStoredUsed(dirname(to));
      rmSync(from, { recursive: true, force: true });
      return to;
    }
    dropStored(to); // changed since it was stored: ours replaces it
  }
  setWritable(from, false); // a step's input is read-only to it
  if (ownFolder && takeScratchFolder(dirname(from), name, dirname(to))) return to;
  mkdirSync(dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch (error) {
    // Another run admitted the same tree first (a folder cannot be renamed onto a full one).
    if (!existsSync(to)) throw error;
    rmSync(from, { recursive: true, force: true });
  }
  return to;
}

/** Whether the stored tree is there and still has its digest (stat memo: unchanged files are not read). */
export function verifyStored(engine: Engine, path: string, record: OutputRecord): boolean {
  const only = record.entries.length === 1 ? record.entries[0] : undefined;
  if (only?.kind === 'file' && only.path === '') {
    // A file output whose stat the memo knows: one lstat, nothing read (what digestTree
    // computes below, without resolving the path twice and stating it three times).
    const st = lstatSync(path, { throwIfNoEntry: false });
    const known = st?.isFile() ? engine.memo.knownDigest(path, st) : undefined;
    if (st && known !== undefined) {
      const exec = isExecutable(st.mode);
      const entry = { kind: 'file' as const, path: '', size: st.size, digest: known, exec };
      return treeDigest([entry]) === record.digest;
    }
  }
  try {
    const opts = { ignore: [], selfContained: true }; // as digestOutput digests an output
    return digestTree(path, path, engine.memo, opts).digest === record.digest;
  } catch {
    return false;
  }
}

/**
 * Every output of `manifest` in the store, verified; the missing or damaged ones restored from
 * the cache (through scratch space, so no stored tree is ever replaced in place). Undefined
 * when the store could not restore them (it warned).
 */
export async function ensureStored(
  engine: Engine,
  step: Step,
  manifest: Manifest,
): Promise<Record<string, string> | undefined> {
  const paths: Record<string, string> = {};
  let complete = true;
  for (const [name, record] of Object.entries(manifest.outputs)) {
    paths[name] = storedPath(engine, name, record);
    if (verifyStored(engine, paths[name], record)) {
      markStoredUsed(dirname(paths[name]));
      continue;
    }
    if (existsSync(paths[name])) dropStored(paths[name]);
    complete = false;
  }
  if (!complete) {
    const scratch = scratchPath(engine, `restore-${step.id}-${randomBytes(6).toString('hex')}`);
    try {
      const dest = Object.fromEntries(
        Object.keys(manifest.outputs).map((n) => [n, join(scratch, n)]),
      );
      if (!(await engine.store.restore(manifest, dest))) return undefined;
      for (const [name, record] of Object.entries(manifest.outputs)) {
        admitOutput(engine, name, dest[name]!, record);
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  linkViews(engine, step.id, paths);
  return paths;
}

/**
 * Points `.pipekit/out/<step>/<name>` at the stored trees: the outputs people look at. A view
 * that cannot be written (`out` read-only or a file) costs the run nothing, but a view left
 * showing an older output is said: the step's result carries it as a warning.
 */
export function linkViews(engine: Engine, stepId: string, paths: Record<string, string>): void {
  const dir = stepOutDir(engine, stepId);
  let made = false;
  for (const [name, target] of Object.entries(paths)) {
    const view = join(dir, name);
    const link = relativeLink(engine, dir, target);
    // A no-op run finds every view in place: reading a link is far cheaper than writing one.
    if (readLink(view) === link) continue;
    try {
      if (!made) mkdirSync(dir, { recursive: true });
      made = true;
      const st = lstatSync(view, { throwIfNoEntry: false });
      if (st?.isSymbolicLink()) {
        const temp = `${view}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
        try {
          symlinkSync(link, temp);
          renameSync(temp, view);
        } finally {
          rmSync(temp, { force: true });
        }
        continue;
      }
      // A folder or file left by an older pipekit: replaced once.
      rmSync(view, { recursive: true, force: true });
      symlinkSync(link, view);
    } catch (error) {
      // Another run updating the same view (last writer wins) is no problem; a refusal is.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && readLink(view) !== undefined) {
        continue;
      }
      const why = faultMessage(error, engine.root) ?? (error as Error).message;
      const shows = readLink(view) === undefined ? 'is missing' : 'shows an older output';
      noteViewProblem(engine, stepId, `${relative(engine.root, view)} ${shows}: ${why}`);
      return;
    }
  }
}

const viewProblems = new WeakMap<Engine, Map<string, string>>();

function noteViewProblem(engine: Engine, stepId: string, problem: string): void {
  let byStep = viewProblems.get(engine);
  if (!byStep) viewProblems.set(engine, (byStep = new Map()));
  byStep.set(stepId, problem);
}

/** What kept a step's views from showing its outputs in this run, once. */
export function takeViewProblem(engine: Engine, stepId: string): string | undefined {
  const problem = viewProblems.get(engine)?.get(stepId);
  viewProblems.get(engine)?.delete(stepId);
  return problem;
}

/** `relative(dir, target)`, without its cost for the usual view of a stored tree. */
function relativeLink(engine: Engine, dir: string, target: string): string {
  const state = stateDir(engine.root);
  const id = dir.slice(state.length + '/out/'.length);
  const usual =
    dir.startsWith(`${state}/out/`) && !id.includes('/') && target.startsWith(`${state}/store/`);
  return usual ? `../..${target.slice(state.length)}` : relative(dir, target);
}

function readLink(path: string): string | undefined {
  try {
    return readlinkSync(path);
  } catch {
    return undefined;
  }
}
