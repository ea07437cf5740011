import pLimit from 'p-limit';
import type { StepResult } from '../plan/step-result.js';
import { getStep } from '../pipeline/graph.js';
import type { Engine } from './engine.js';
import { createReuseOrRun, notRun } from './reuse-or-run.js';
import { claimScratch } from './scratch.js';
import type { RunOptions } from './run-options.js';

/** Runs the DAG: each step once its upstream is done, at most `jobs` at a time. */
export async function runPipeline(engine: Engine, opts: RunOptions): Promise<StepResult[]> {
  const release = claimScratch(engine, opts.runId);
  const limit = pLimit(Math.max(1, opts.jobs));
  const reuseOrRun = createReuseOrRun(engine, opts);
  const done = new Map<string, Promise<StepResult>>();
  let failed: string | undefined;
  for (const id of engine.graph.order) {
    const step = getStep(engine.pipeline, id);
    const ups = (engine.graph.upstream[id] ?? []).map((up) => done.get(up)!);
    const result = Promise.all(ups).then(async (upstream) => {
      const states = new Map(upstream.map((r) => [r.id, r]));
      const res = await limit(() =>
        failed && !opts.keepGoing
          ? notRun(step, { kind: 'not-started', failed })
          : reuseOrRun(step, states),
      );
      if (res.status === 'failed') failed ??= step.id;
      opts.onEvent?.({ type: 'finish', id, result: res });
      return res;
    });
    done.set(id, result);
  }
  try {
    return await Promise.all(engine.graph.order.map((id) => done.get(id)!));
  } finally {
    release();
    engine.memo.save();
  }
}
