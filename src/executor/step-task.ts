import { join } from 'node:path';
import { UserError } from '../errors.js';
import type { Manifest } from '../cache/store.js';
import { digestTree } from '../hash/files.js';
import type { StepKey } from '../hash/key.js';
import { bindInputs } from '../plan/params.js';
import { claimManifest } from '../plan/plan-index.js';
import { checkReadiness } from '../plan/plan.js';
import type { Step } from '../pipeline/types.js';
import {
  conditionHolds,
  explainMiss,
  keyOfStep,
  outputPaths,
  stateDir,
  stepOutDir,
  type Engine,
} from './engine.js';
import { runStep } from './run-step.js';
import type { RunOptions, StepResult } from './scheduler.js';

/** The life of one step in a run: decide, reuse or run, save. */
export function createStepTasks(engine: Engine, opts: RunOptions) {
  const results = new Map<string, StepResult>();
  const materialized = new Map<string, Promise<boolean>>();
  const claimed = new Set<string>();
  const byId = new Map(engine.pipeline.steps.map((s) => [s.id, s]));

  async function decideAndRun(step: Step, upstream: Map<string, StepResult>): Promise<StepResult> {
    const result = await decide(step, upstream);
    results.set(step.id, result);
    return result;
  }

  async function decide(step: Step, upstream: Map<string, StepResult>): Promise<StepResult> {
    const base = { id: step.id, runner: step.runner, durationMs: 0, savedMs: 0 };
    if (opts.signal?.aborted) return notRun(step, 'interrupted');
    // Like `!failure()` in the generated workflow: a failure anywhere upstream stops the step,
    // while an upstream skipped by its `if` only stops the steps that read its outputs.
    const blocker = [...upstream.values()].find((u) => u.status === 'failed' || u.blockedBy);
    if (blocker) {
      const blockedBy = blocker.blockedBy ?? blocker.id;
      return { ...base, status: 'skipped', reason: `upstream ${blockedBy} failed`, blockedBy };
    }
    if (!conditionHolds(engine, step))
      return { ...base, status: 'skipped', reason: `if: ${step.if} is false` };
    const readiness = checkReadiness(step, (id) => {
      const up = upstream.get(id);
      if (!up) return undefined;
      const ok = up.status === 'ran' || up.status === 'cached';
      return { manifest: up.manifest, blocked: ok ? undefined : up.status.replace('-', ' ') };
    });
    if (readiness.kind !== 'ready') return { ...base, status: 'skipped', reason: readiness.reason };
    let stepKey: StepKey;
    try {
      stepKey = keyOfStep(engine, step, readiness.upstream);
    } catch (error) {
      // A path that is missing or leaves the repository fails this step, not the whole run.
      if (!(error instanceof UserError)) throw error;
      return { ...base, status: 'failed', reason: error.message };
    }
    const reusable = step.cache && opts.useCache && !opts.force.has(step.id);
    const lookupKey = reusable
      ? stepKey.key
      : !step.cache && !opts.force.has(step.id) && opts.transferKey?.(step, stepKey.key);
    let why: string | undefined;
    const claim = reusable && opts.materialize === 'needed' ? opts.claim?.(step) : undefined;
    if (claim?.key === stepKey.key) {
      claimed.add(step.id);
      const manifest = claimManifest(step, claim);
      const reason = `reused ${stepKey.key.slice(0, 12)} (plan index)`;
      const cached: StepResult = { ...base, status: 'cached', reason, savedMs: claim.durationMs };
      return { ...cached, key: stepKey.key, metrics: claim.metrics, manifest };
    }
    if (lookupKey) {
      const manifest = await engine.store.lookup(lookupKey);
      if (manifest && (opts.materialize === 'needed' || (await restore(step, manifest)))) {
        const reason = step.cache
          ? `reused ${stepKey.key.slice(0, 12)}`
          : 'ran earlier in this workflow run';
        const cached: StepResult = {
          ...base,
          status: 'cached',
          reason,
          savedMs: manifest.durationMs,
          key: stepKey.key,
        };
        return { ...cached, metrics: manifest.metrics, manifest };
      }
      if (manifest) why = 'its cache entry failed verification';
    }
    opts.onEvent?.({ type: 'start', id: step.id });
    if (!(await materializeInputs(step))) {
      return {
        ...base,
        status: 'failed',
        reason: 'could not restore or recompute its inputs',
        key: stepKey.key,
      };
    }
    return execute(step, stepKey, why ?? whyRun(step, stepKey, opts));
  }

  function whyRun(step: Step, stepKey: StepKey, o: RunOptions): string {
    if (!step.cache) return 'cache: false';
    if (o.force.has(step.id)) return 'forced';
    if (!o.useCache) return 'cache disabled';
    return (
      explainMiss(engine, step, stepKey.document) ?? `no entry for ${stepKey.key.slice(0, 12)}`
    );
  }

  /**
   * Puts a cached step's outputs in `.pipekit/out/<step>`. When they are already there (checked
   * through the stat memo, so unchanged files are not read) nothing is copied.
   */
  async function restore(step: Step, manifest: Manifest): Promise<boolean> {
    const paths = outputPaths(engine, step);
    const inPlace = Object.entries(manifest.outputs).every(([name, record]) => {
      try {
        return digestTree(engine.root, paths[name]!, engine.memo).digest === record.digest;
      } catch {
        return false;
      }
    });
    return inPlace || engine.store.restore(manifest, paths);
  }

  /** Every data upstream's outputs on disk: restored, or recomputed when the entry is bad. */
  async function materializeInputs(step: Step): Promise<boolean> {
    const ups = new Set(
      Object.values(bindInputs(step, engine.parameters).upstream).map((u) => u.step),
    );
    const ok = await Promise.all([...ups].map((id) => ensureOnDisk(id)));
    return ok.every(Boolean);
  }

  function ensureOnDisk(id: string): Promise<boolean> {
    let pending = materialized.get(id);
    if (!pending) {
      pending = (async () => {
        const result = results.get(id);
        const step = byId.get(id)!;
        if (result?.status === 'ran') return true;
        if (result?.status !== 'cached' || !result.manifest) return false;
        // A claim has the digests, not the file list: the entry's own manifest has both.
        const manifest = claimed.has(id)
          ? await engine.store.lookup(result.manifest.key)
          : result.manifest;
        if (manifest && (await restore(step, manifest))) return true;
        // The entry is gone or corrupt (the store warned): compute it again here.
        if (!(await materializeInputs(step))) return false;
        const key = keyOfStep(engine, step, upstreamDigests(step));
        const rerun = await execute(step, key, 'its cache entry failed verification');
        results.set(id, rerun);
        return rerun.status === 'ran';
      })();
      materialized.set(id, pending);
    }
    return pending;
  }

  function upstreamDigests(step: Step): Record<string, string> {
    const digests: Record<string, string> = {};
    for (const [input, ref] of Object.entries(bindInputs(step, engine.parameters).upstream)) {
      const record = results.get(ref.step)?.manifest?.outputs[ref.output];
      if (record) digests[input] = record.digest;
    }
    return digests;
  }

  async function execute(step: Step, stepKey: StepKey, why: string): Promise<StepResult> {
    const logFile = join(stateDir(engine.root), 'runs', opts.runId, `${step.id}.log`);
    const bound = bindInputs(step, engine.parameters);
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
      key: stepKey.key,
      logFile,
    };
    if (!outcome.ok) return { ...base, status: 'failed', reason: outcome.reason };
    const manifest: Manifest = {
      schema: 1,
      key: stepKey.key,
      step: step.id,
      outputs: outcome.outputs,
      metrics: outcome.metrics,
      durationMs: outcome.durationMs,
      commit: opts.commit,
      tool: opts.tool,
      createdAt: new Date().toISOString(),
      parts: stepKey.document as unknown as Record<string, unknown>,
    };
    const saveKey = step.cache
      ? opts.useCache
        ? stepKey.key
        : undefined
      : opts.transferKey?.(step, stepKey.key);
    const saved = saveKey
      ? await engine.store.save({ ...manifest, key: saveKey }, outputPaths(engine, step))
      : false;
    return {
      ...base,
      status: 'ran',
      reason: saved ? `${why}; saved` : why,
      saved: saved && step.cache,
      metrics: outcome.metrics,
      manifest,
    };
  }

  return { decideAndRun };
}

export function notRun(step: Step, reason: string): StepResult {
  return { id: step.id, runner: step.runner, status: 'not-run', reason, durationMs: 0, savedMs: 0 };
}
