import { UserError } from '../errors.js';
import { getStep } from '../pipeline/graph.js';
import type { Graph, Pipeline } from '../pipeline/types.js';
import type { Manifest } from '../records/manifest.js';
import { decideStep, type DecideContext, type Decision, type UpstreamState } from './decide.js';

/** One step of a plan: its decision, where it runs, and the names of the secrets it gets. */
export type PlannedStep = Decision & { id: string; runner: string; secrets?: string[] };

/** Decides every step in topological order; independent lookups run concurrently. */
export async function planSteps(
  pipeline: Pipeline,
  graph: Graph,
  ctx: DecideContext,
): Promise<PlannedStep[]> {
  const decided = new Map<string, Promise<PlannedStep>>();
  for (const id of graph.order) {
    const step = getStep(pipeline, id);
    const ups = (graph.upstream[id] ?? []).map((up) => decided.get(up)!);
    decided.set(
      id,
      Promise.all(ups).then(async (done) => {
        const upstream = new Map(done.map((p) => [p.id, upstreamState(p)]));
        const decision = await decideStep(step, upstream, ctx).catch((error: unknown) => {
          // A run fails only this step; a plan has no such status, so it says which step.
          if (error instanceof UserError) throw new UserError(`step ${id}: ${error.message}`);
          throw error;
        });
        const planned: PlannedStep = { ...decision, id, runner: step.runner };
        if (step.secrets.length > 0) planned.secrets = step.secrets;
        return planned;
      }),
    );
  }
  return Promise.all(graph.order.map((id) => decided.get(id)!));
}

/** What a planned upstream means for its dependents: known outputs, or a run still to come. */
function upstreamState(planned: PlannedStep): UpstreamState {
  if (planned.status === 'skipped') return { kind: 'skipped' };
  const manifest = plannedManifest(planned);
  return manifest ? { kind: 'done', manifest } : { kind: 'coming' };
}

/** The outputs a planned step is known to have: its entry, or an earlier job's transfer. */
export function plannedManifest(planned: PlannedStep): Manifest | undefined {
  if (planned.status === 'cached') return planned.manifest;
  if (planned.status === 'always') return planned.transfer;
  return undefined;
}
