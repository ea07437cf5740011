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

/**
 * A plan whose cached steps can be restored by the jobs that read them: for every cached step
 * whose outputs a step planned to run reads, `hasOutputs` checks that its outputs entry is
 * still there (a manifest or a plan index can outlive the entry it points at: the service
 * evicts entries unused for 7 days or past its size budget). A step whose entry is gone is
 * planned to run, in its own job on its own runner, and the plan is made again, since
 * its dependents now wait on it and may read other cached steps.
 */
export async function planWithOutputs(
  pipeline: Pipeline,
  graph: Graph,
  ctx: DecideContext,
  hasOutputs: (manifest: Manifest) => Promise<boolean>,
): Promise<PlannedStep[]> {
  const gone = new Set<string>();
  const checked = new Set<string>();
  for (;;) {
    const planned = await planSteps(pipeline, graph, { ...ctx, outputsGone: gone });
    const byId = new Map(planned.map((p) => [p.id, p]));
    const runs = (id: string): boolean => {
      const status = byId.get(id)?.status;
      return status === 'run' || status === 'pending' || status === 'always';
    };
    const read = planned.filter(
      (p) =>
        p.status === 'cached' &&
        !checked.has(p.id) &&
        graph.edges.some((e) => e.from === p.id && e.output !== undefined && runs(e.to)),
    );
    if (read.length === 0) return planned;
    const found = await Promise.all(
      read.map((p) => (p.status === 'cached' ? hasOutputs(p.manifest) : true)),
    );
    read.forEach((p, i) => {
      checked.add(p.id);
      if (!found[i]) gone.add(p.id);
    });
    if (found.every(Boolean)) return planned;
  }
}
