import { UserError } from '../errors.js';
import { decideStep, type Decision, type UpstreamState } from '../plan/decide.js';
import type { RunWhy, StepResult } from '../plan/step-result.js';
import type { Step } from '../pipeline/types.js';
import { decideContext, type Engine } from './engine.js';
import { ensureStored, takeViewProblem } from './output-store.js';
import { faultMessage } from '../workspace/fs-fault.js';
import { runAndSave, stepLogFile } from './run-and-save.js';
import type { RunOptions } from './run-options.js';
import { createUpstreamOutputs } from './upstream-outputs.js';

/**
 * The life of one step in a run: decide it (the same decision as the plan's), then reuse its
 * entry or run it and save. Returns the function the scheduler calls once per step.
 */
export function createReuseOrRun(
  engine: Engine,
  opts: RunOptions,
): (step: Step, upstream: Map<string, StepResult>) => Promise<StepResult> {
  const results = new Map<string, StepResult>();
  const inputs = createUpstreamOutputs(engine, opts, results);
  const ctx = decideContext(engine, {
    force: opts.force,
    useCache: opts.useCache,
    transferKeys: opts.transferKeys,
    // Where outputs are wanted on disk, an entry is usable only once it is restored.
    accept:
      opts.materialize === 'all'
        ? async (s, m) => (await ensureStored(engine, s, m)) !== undefined
        : undefined,
    indexed: opts.materialize === 'needed' ? opts.indexed : undefined,
    withheld: opts.withheld,
  });

  async function reuseOrRun(step: Step, upstream: Map<string, StepResult>): Promise<StepResult> {
    if (opts.signal?.aborted) return notRun(step, { kind: 'interrupted' });
    let decision: Decision;
    try {
      decision = await decideStep(step, upstreamStates(upstream), ctx);
    } catch (error) {
      // A path that is missing or leaves the repository fails this step, not the whole run.
      if (!(error instanceof UserError)) throw error;
      return { ...notRun(step, { kind: 'failed', message: error.message }), status: 'failed' };
    }
    // A step job's own step: the plan ran it because its outputs entry is gone, and the
    // manifest that still reads must not make this job skip it.
    if (
      decision.status === 'cached' &&
      step.id === opts.only &&
      engine.store.hasOutputs &&
      !(await engine.store.hasOutputs(decision.manifest))
    ) {
      const { key, document } = decision;
      decision = { status: 'run', why: { kind: 'outputs-gone', key }, key, document };
    }
    const result = reused(step, decision);
    if (result) return result;
    if (decision.status === 'skipped' || decision.status === 'pending' || !decision.key) {
      throw new Error(`step ${step.id} was decided before its upstream finished`);
    }
    if (opts.only !== undefined && step.id !== opts.only) {
      const why: RunWhy = { kind: 'upstream-not-in-cache', step: step.id };
      return { ...notRun(step, why), status: 'failed', key: decision.key };
    }
    opts.onEvent?.({ type: 'start', id: step.id, logFile: stepLogFile(engine, opts, step) });
    const stored = await inputs.ensure(step);
    if (!stored) {
      const missing = inputs.missing(step);
      const why: RunWhy = missing
        ? { kind: 'upstream-not-in-cache', step: missing }
        : { kind: 'inputs-unavailable' };
      return { ...notRun(step, why), status: 'failed', key: decision.key };
    }
    const computed = { key: decision.key, document: decision.document! };
    return runAndSave(engine, opts, step, computed, decision.why, stored);
  }

  return async (step, upstream) => {
    let result: StepResult;
    try {
      result = await reuseOrRun(step, upstream);
    } catch (error) {
      // A full disk or a damaged `.pipekit` while restoring or storing fails this step alone.
      const message = error instanceof UserError ? error.message : faultMessage(error, engine.root);
      if (message === undefined) throw error;
      result = { ...notRun(step, { kind: 'failed', message }), status: 'failed' };
    }
    const views = takeViewProblem(engine, step.id);
    if (views) result = { ...result, warnings: [...(result.warnings ?? []), views] };
    results.set(step.id, result);
    return result;
  };
}

/** The result of a step that does not run: skipped, or reused from an entry. */
function reused(step: Step, decision: Decision): StepResult | undefined {
  const base = notRun(step, decision.why);
  if (decision.status === 'skipped') {
    const why = decision.why;
    const blockedBy = why.kind === 'upstream-failed' ? why.step : undefined;
    return { ...base, status: 'skipped', blockedBy };
  }
  const manifest =
    decision.status === 'cached'
      ? decision.manifest
      : decision.status === 'always'
        ? decision.transfer
        : undefined;
  if (!manifest) return undefined;
  return {
    ...base,
    status: 'cached',
    savedMs: manifest.durationMs,
    key: decision.key,
    metrics: manifest.metrics,
    manifest,
    fromIndex: decision.why.kind === 'found' && decision.why.from === 'plan-index',
  };
}

/** What finished upstream steps mean for a step's decision. */
function upstreamStates(upstream: Map<string, StepResult>): Map<string, UpstreamState> {
  const states = new Map<string, UpstreamState>();
  for (const [id, r] of upstream) {
    let state: UpstreamState;
    if (r.status === 'ran' || r.status === 'cached') state = { kind: 'done', manifest: r.manifest };
    else if (r.status === 'failed') state = { kind: 'failed', cause: id };
    else if (r.blockedBy) state = { kind: 'failed', cause: r.blockedBy };
    else state = { kind: r.status };
    states.set(id, state);
  }
  return states;
}

export function notRun(step: Step, why: RunWhy): StepResult {
  return { id: step.id, runner: step.runner, status: 'not-run', why, durationMs: 0, savedMs: 0 };
}
