import { spawn } from 'node:child_process';
import { constants, copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { OutputRecord } from '../records/manifest.js';
import type { ResolvedInputs } from '../plan/params.js';
import type { Reference, Step } from '../pipeline/types.js';
import { hashFile } from '../hash/digest.js';
import { isExecutable } from '../hash/document.js';
import type { ContentDigest } from '../records/brands.js';
import { collectOutputs } from './collect-outputs.js';
import { substituteTemplate } from '../pipeline/expressions.js';
import { STEP_SHELL, stepCommand } from '../pipeline/shell.js';
import { maskOutput, type SecretMask } from './secret-mask.js';
import { diskFull, LogFile } from './log-file.js';
import { faultMessage } from '../workspace/fs-fault.js';
import { KILL_GRACE_MS, stepGuard } from './step-guard.js';
import type { StepScratch } from './scratch.js';

interface StepRun {
  root: string;
  step: Step;
  bound: ResolvedInputs;
  /** Absolute path of every data input's upstream output (its stored tree), by input name. */
  upstreamPaths: Record<string, string>;
  /** The files of the step's key, [path from the root, digest]: its private copy of them. */
  code: [string, ContentDigest][];
  /** Those of them that are executable. */
  executable: readonly string[];
  /** Scratch space: the private copy, the outputs of an attempt, fresh for each attempt. The caller removes it. */
  scratch: StepScratch;
  logFile: string;
  /** What the process starts from: the caller's environment with only this step's secrets. */
  env: NodeJS.ProcessEnv;
  /** The secret values its output must not show: masked before it reaches the log. */
  mask: SecretMask;
  signal?: AbortSignal;
}

type StepOutcome =
  | {
      ok: true;
      durationMs: number;
      outputs: Record<string, OutputRecord>;
      /** Where each output is, in scratch space, for the caller to keep. */
      paths: Record<string, string>;
      metrics?: Record<string, number>;
      warnings: string[];
    }
  | {
      ok: false;
      durationMs: number;
      why: { kind: 'interrupted' } | { kind: 'failed'; message: string };
    };

/**
 * Runs a step with fresh, empty outputs in a private copy of the files its key covers, so
 * that nothing it writes where it runs can change a key or be seen by another step. Retries
 * per `retries`, each attempt from a fresh copy.
 */
export async function runStep(run: StepRun): Promise<StepOutcome> {
  const started = Date.now();
  const failed = (message: string): StepOutcome => ({
    ok: false,
    durationMs: Date.now() - started,
    why: { kind: 'failed', message },
  });
  let log: LogFile;
  try {
    log = LogFile.open(run.logFile);
  } catch (error) {
    const fault = faultMessage(error, run.root);
    if (fault === undefined) throw error;
    return failed(fault);
  }
  try {
    let reason = '';
    for (let attempt = 0; attempt <= run.step.component.retries; attempt++) {
      if (attempt > 0) log.write(`\n--- pipekit: attempt ${attempt + 1} (${reason}) ---\n`);
      const space = prepareSpace(run);
      if ('changed' in space) {
        return failed(`${space.changed} changed after pipekit computed the step's key; run again`);
      }
      const exit = await execute(run, space, log);
      if (run.signal?.aborted)
        return { ok: false, durationMs: Date.now() - started, why: { kind: 'interrupted' } };
      if (exit === 0) {
        const collected = collectOutputs(run.step, space.outputs);
        if (collected.ok) {
          // A metric that is not a number is quoted in its warning: it may hold a secret.
          const warnings = collected.warnings.map((warning) => run.mask.text(warning));
          for (const warning of warnings) log.write(`\n--- pipekit: ${warning} ---\n`);
          return { ...collected, warnings, paths: space.outputs, durationMs: Date.now() - started };
        }
        reason = collected.reason;
      } else {
        reason =
          exit === 'timeout'
            ? `timed out after ${run.step.component.timeoutMinutes} min`
            : `exit ${exit}`;
      }
      // Told before the scratch space is removed: removing it frees what filled the disk.
      if (diskFull(run.scratch.work)) {
        reason = `disk full (ENOSPC) while writing ${relative(run.root, run.scratch.work)} (${reason})`;
      }
      log.write(`\n--- pipekit: ${reason} ---\n`);
    }
    return failed(reason);
  } finally {
    log.close();
  }
}

interface Space {
  /** Where the step runs: its component folder in the private copy. */
  cwd: string;
  outputs: Record<string, string>;
}

/**
 * The private copy of the step's code (verified against the digests its key was computed
 * from: a file edited since then is reported, never run under the old key) and empty outputs.
 */
function prepareSpace(run: StepRun): Space | { changed: string } {
  const { work } = run.scratch;
  freshFolder(work);
  const executable = new Set(run.executable);
  for (const [rel, digest] of run.code) {
    const copy = join(work, ...rel.split('/'));
    mkdirSync(dirname(copy), { recursive: true });
    copyFileSync(join(run.root, ...rel.split('/')), copy, constants.COPYFILE_FICLONE);
    if (hashFile(copy).digest !== digest || isExecutable(copy) !== executable.has(rel)) {
      return { changed: rel };
    }
  }
  const parts = run.step.component.dir.split('/').filter(Boolean);
  const cwd = join(work, ...parts);
  if (parts.length > 0) mkdirSync(cwd, { recursive: true });
  const outputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(run.step.component.outputs)) {
    outputs[name] = run.scratch.outputs[name]!;
    freshFolder(dirname(outputs[name]));
    if (spec.type === 'dir') mkdirSync(outputs[name]);
  }
  return { cwd, outputs };
}

/** Makes `dir` a new, empty folder, whatever an earlier attempt left there. */
function freshFolder(dir: string): void {
  try {
    mkdirSync(dir);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') rmSync(dir, { recursive: true, force: true });
    else if (code !== 'ENOENT') throw error; // ENOENT: `.pipekit/tmp` itself is missing
  }
  mkdirSync(dir, { recursive: true });
}

function execute(run: StepRun, space: Space, log: LogFile): Promise<number | 'timeout'> {
  const { component } = run.step;
  const value = (ref: Reference): string => resolveRef(run, space.outputs, ref);
  const { script, env: values } = stepCommand(component, value);
  const env = { ...run.env };
  for (const [name, template] of Object.entries(component.env))
    env[name] = substituteTemplate(template, value); // not a shell context: verbatim
  Object.assign(env, values); // the values the script expands: never script text
  // With secrets to mask, the output passes through pipekit on its way to the log.
  const output = run.mask.active ? 'pipe' : log.fd;
  const guard = stepGuard();
  const child = spawn(STEP_SHELL.command, [...STEP_SHELL.args, '-c', script], {
    cwd: space.cwd,
    env,
    stdio: ['ignore', output, output],
    detached: true, // its own process group, so a timeout or Ctrl-C stops its children too
  });
  guard.watch(child.pid);
  if (run.mask.active) maskOutput(child, run.mask, log);
  return new Promise((resolve) => {
    let timedOut = false;
    const stop = (): void => killGroup(child.pid);
    const minutes = component.timeoutMinutes;
    const timer = minutes
      ? longTimeout(() => ((timedOut = true), stop()), minutes * 60_000)
      : undefined;
    run.signal?.addEventListener('abort', stop, { once: true });
    child.on('error', () => resolve(127));
    child.on('close', (code) => {
      guard.release(child.pid);
      timer?.cancel();
      run.signal?.removeEventListener('abort', stop);
      resolve(timedOut ? 'timeout' : (code ?? 1));
    });
  });
}

/** Node's timers hold at most 2^31-1 ms (24.8 days); a longer one would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A timeout of any length: a chain of timers that each stay within Node's limit. */
function longTimeout(fn: () => void, ms: number): { cancel(): void } {
  let timer: NodeJS.Timeout;
  const arm = (left: number): void => {
    timer = setTimeout(
      () => (left > MAX_TIMER_MS ? arm(left - MAX_TIMER_MS) : fn()),
      Math.min(left, MAX_TIMER_MS),
    );
  };
  arm(ms);
  return { cancel: () => clearTimeout(timer) };
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  const signal = (sig: NodeJS.Signals): void => {
    try {
      process.kill(-pid, sig);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  setTimeout(() => signal('SIGKILL'), KILL_GRACE_MS).unref();
}

function resolveRef(run: StepRun, outputs: Record<string, string>, ref: Reference): string {
  if (ref.kind === 'output') return outputs[ref.name] ?? '';
  if (ref.kind === 'input') {
    const upstream = run.upstreamPaths[ref.name];
    if (upstream !== undefined) return upstream;
    const path = run.bound.paths[ref.name];
    if (path !== undefined) return join(run.root, path);
    const param = run.bound.params[ref.name];
    return param === undefined ? '' : String(param);
  }
  return '';
}
