import { join } from 'node:path';
import type { ComputedKey } from '../hash/key.js';
import { resolveInputs } from '../plan/params.js';
import type { RunWhy, StepResult } from '../plan/step-result.js';
import type { Step } from '../pipeline/types.js';
import type { Manifest } from '../records/manifest.js';
import { outputPaths, stateDir, stepOutDir, type Engine } from './engine.js';
import type { RunOptions } from './run-options.js';
import { runStep } from './run-step.js';

/**
 * Runs a step whose inputs are on disk, then saves its outputs: under its key when it is
 * cacheable, under the run's transfer key when it is `cache: false` and a later job reads it.
 */
export async function runAndSave(
  engine: Engine,
  opts: RunOptions,
  step: Step,
  computed: ComputedKey,
  why: RunWhy,
): Promise<StepResult> {
  const logFile = join(stateDir(engine.root), 'runs', opts.runId, `${step.id}.log`);
  const bound = resolveInputs(step, engine.parameters);
  const upstreamPaths: Record<string, string> = {};
  for (const [input, ref] of Object.entries(bound.upstream)) {
    upstreamPaths[input] = join(stepOutDir(engine, ref.step), ref.output);
  }
  const outcome = await runStep({
    root: engine.root,
    step,
    bound,
    upstreamPaths,
    outDir: stepOutDir(engine, step.id),
    tmpDir: join(stateDir(engine.root), 'tmp', `${opts.runId}-${step.id}`),
    logFile,
    env: opts.env,
    signal: opts.signal,
  });
  const base = {
    id: step.id,
    runner: step.runner,
    durationMs: outcome.durationMs,
    savedMs: 0,
    key: computed.key,
    logFile,
  };
  if (!outcome.ok) return { ...base, status: 'failed', why: outcome.why };
  const manifest: Manifest = {
    schema: 1,
    key: computed.key,
    step: step.id,
    outputs: outcome.outputs,
    metrics: outcome.metrics,
    durationMs: outcome.durationMs,
    commit: opts.commit,
    tool: opts.tool,
    createdAt: new Date().toISOString(),
    parts: computed.document as unknown as Record<string, unknown>,
  };
  const saveKey = step.cache
    ? opts.useCache
      ? computed.key
      : undefined
    : opts.transferKey?.(step, computed.key);
  const saved = saveKey
    ? await engine.store.save({ ...manifest, key: saveKey }, outputPaths(engine, step))
    : false;
  // A transfer entry is not a cache entry: only what is saved under its key counts as saved.
  return {
    ...base,
    status: 'ran',
    why,
    saved: saved && step.cache,
    metrics: outcome.metrics,
    manifest,
  };
}
