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
