import { isInstance } from '../pipeline/matrix.js';
import type { Graph, Pipeline } from '../pipeline/types.js';

/**
 * The part of the DAG a step job needs: the step and the steps whose outputs it reads,
 * directly or through others, joined by data edges only. A `needs` edge orders jobs, which
 * the workflow's own `needs` does; it carries nothing a step job must restore, so a step
 * job never decides (and never waits on the cache entry of) a step it only follows.
 */
export function upstreamClosure(
  pipeline: Pipeline,
  graph: Graph,
  target: string,
): { pipeline: Pipeline; graph: Graph } {
  const edges = graph.edges.filter((e) => e.output !== undefined);
  const keep = new Set<string>();
  const visit = (id: string): void => {
    if (keep.has(id)) return;
    keep.add(id);
    for (const e of edges) if (e.to === id) visit(e.from);
  };
  visit(target);
  const kept = edges.filter((e) => keep.has(e.from) && keep.has(e.to));
  const upstream: Record<string, string[]> = {};
  const downstream: Record<string, string[]> = {};
  for (const id of keep) {
    upstream[id] = [];
    downstream[id] = [];
  }
  for (const e of kept) {
    if (!upstream[e.to]?.includes(e.from)) upstream[e.to]?.push(e.from);
    if (!downstream[e.from]?.includes(e.to)) downstream[e.from]?.push(e.to);
  }
  return {
    pipeline: { ...pipeline, steps: pipeline.steps.filter((s) => keep.has(s.id)) },
    graph: { order: graph.order.filter((id) => keep.has(id)), edges: kept, upstream, downstream },
  };
}

/**
 * The one step whose outputs `id` reads, when there is exactly one: that step's job knows
 * everything `id`'s key is made of once it is done, so it can decide `id` before `id`'s own
 * runner starts (early cutoff, see src/action/early-cutoff.ts).
 */
export function soleDataUpstream(graph: Graph, id: string): string | undefined {
  // On GitHub every instance of a matrix step is one job's: a job of many runs has no one
  // `cut` output, and a matrix job's instances are listed by the plan alone.
  if (isInstance(id)) return undefined;
  const from = new Set(graph.edges.filter((e) => e.to === id && e.output).map((e) => e.from));
  const sole = from.size === 1 ? [...from][0] : undefined;
  return sole === undefined || isInstance(sole) ? undefined : sole;
}

/** The steps `id` decides early: those whose sole data upstream it is, in topological order. */
export function decidedBy(graph: Graph, id: string): string[] {
  return graph.order.filter((other) => soleDataUpstream(graph, other) === id);
}
