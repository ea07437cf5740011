import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { OutputRecord } from '../records/manifest.js';
import type { ResolvedInputs } from '../plan/params.js';
import type { Reference, Step } from '../pipeline/types.js';
import { collectOutputs, moveOutputs } from './collect-outputs.js';
import { substituteTemplate } from '../pipeline/expressions.js';
import { STEP_SHELL, stepCommand } from '../pipeline/shell.js';

interface StepRun {
  root: string;
  step: Step;
  bound: ResolvedInputs;
  /** Absolute path of every data input's upstream output, by input name. */
  upstreamPaths: Record<string, string>;
  /** Where the outputs land on success: `<outDir>/<output name>`. */
  outDir: string;
  /** Scratch space of this attempt; removed afterwards whatever happens. */
  tmpDir: string;
  logFile: string;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
}

type StepOutcome =
  | {
      ok: true;
      durationMs: number;
      outputs: Record<string, OutputRecord>;
      metrics?: Record<string, number>;
    }
  | {
      ok: false;
      durationMs: number;
      why: { kind: 'interrupted' } | { kind: 'failed'; message: string };
    };

const KILL_GRACE_MS = 5_000;

/** Runs a step with fresh, empty outputs; on success moves them into place. Retries per `retries`. */
export async function runStep(run: StepRun): Promise<StepOutcome> {
  const started = Date.now();
  mkdirSync(dirname(run.logFile), { recursive: true });
  const log = openSync(run.logFile, 'w');
  try {
    let reason = '';
    for (let attempt = 0; attempt <= run.step.component.retries; attempt++) {
      if (attempt > 0) writeSync(log, `\n--- pipekit: attempt ${attempt + 1} (${reason}) ---\n`);
      rmSync(run.tmpDir, { recursive: true, force: true });
      const outputPaths = prepareOutputs(run);
      const exit = await execute(run, outputPaths, log);
      if (run.signal?.aborted)
        return { ok: false, durationMs: Date.now() - started, why: { kind: 'interrupted' } };
      if (exit === 0) {
        const collected = collectOutputs(run.step, outputPaths);
        if (collected.ok) {
          moveOutputs(outputPaths, run.outDir);
          return { ...collected, durationMs: Date.now() - started };
        }
        reason = collected.reason;
      } else {
        reason =
          exit === 'timeout'
            ? `timed out after ${run.step.component.timeoutMinutes} min`
            : `exit ${exit}`;
      }
      writeSync(log, `\n--- pipekit: ${reason} ---\n`);
    }
    return {
      ok: false,
      durationMs: Date.now() - started,
      why: { kind: 'failed', message: reason },
    };
  } finally {
    closeSync(log);
    rmSync(run.tmpDir, { recursive: true, force: true });
  }
}

function prepareOutputs(run: StepRun): Record<string, string> {
  const paths: Record<string, string> = {};
  mkdirSync(run.tmpDir, { recursive: true });
  for (const [name, spec] of Object.entries(run.step.component.outputs)) {
    paths[name] = join(run.tmpDir, name);
    if (spec.type === 'dir') mkdirSync(paths[name]);
  }
  return paths;
}

function execute(
  run: StepRun,
  outputs: Record<string, string>,
  log: number,
): Promise<number | 'timeout'> {
  const { component } = run.step;
  const value = (ref: Reference): string => resolveRef(run, outputs, ref);
  const { script, env: values } = stepCommand(component, value);
  const env = { ...run.env };
  for (const [name, template] of Object.entries(component.env))
    env[name] = substituteTemplate(template, value); // not a shell context: verbatim
  Object.assign(env, values); // the values the script expands: never script text
  const child = spawn(STEP_SHELL.command, [...STEP_SHELL.args, '-c', script], {
    cwd: join(run.root, component.dir),
    env,
    stdio: ['ignore', log, log],
    detached: true, // its own process group, so a timeout or Ctrl-C stops its children too
  });
  return new Promise((resolve) => {
    let timedOut = false;
    const stop = (): void => killGroup(child.pid);
    const minutes = component.timeoutMinutes;
    const timer = minutes
      ? setTimeout(() => ((timedOut = true), stop()), minutes * 60_000)
      : undefined;
    run.signal?.addEventListener('abort', stop, { once: true });
    child.on('error', () => resolve(127));
    child.on('close', (code) => {
      clearTimeout(timer);
      run.signal?.removeEventListener('abort', stop);
      resolve(timedOut ? 'timeout' : (code ?? 1));
    });
  });
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
