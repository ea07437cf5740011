import { getStep } from '../pipeline/graph.js';
import { decideContext, type Engine } from '../executor/engine.js';
import { decideStep } from '../plan/decide.js';
import type { StepResult } from '../plan/step-result.js';
import { decidedBy } from '../plan/subgraph.js';

/**
 * Early cutoff before a runner starts. When a step job is done, each step whose outputs it
 * alone feeds is decided here, on this job's runner: its key is known now (this step's
 * outputs, the parameters, its own files), and an entry under that key means its job, on a
 * GPU runner perhaps, need not start. The answer is the job output `cut`, a JSON object of
 * the steps found cached; the compiled workflow skips their jobs. Only what this job can
 * decide as the step's own job would is answered: a step with key commands (they run on its
 * own runner) or `cache: false` is left to its job, and so is a step whose outputs entry is
 * gone. Anything unsure is left out: the step's job then starts and decides for itself.
 */
export async function decideDependents(
  engine: Engine,
  target: string,
  results: StepResult[],
): Promise<Record<string, true>> {
  const done = results.find((r) => r.id === target);
  if (!done?.manifest || (done.status !== 'ran' && done.status !== 'cached')) return {};
  const cut: Record<string, true> = {};
  const ctx = decideContext(engine, { deferKeyCommands: true });
  for (const id of decidedBy(engine.graph, target)) {
    const step = getStep(engine.pipeline, id);
    if (!step.cache || step.keyCommands.length > 0) continue;
    const upstream = new Map([[target, { kind: 'done' as const, manifest: done.manifest }]]);
    const decision = await decideStep(step, upstream, ctx).catch(() => undefined);
    if (decision?.status !== 'cached') continue;
    if (engine.store.hasOutputs && !(await engine.store.hasOutputs(decision.manifest))) continue;
    cut[id] = true;
  }
  return cut;
}
