import type { Graph, Pipeline } from '../pipeline/types.js';

/** The part of the DAG a step job needs: the step and everything upstream of it. */
export function upstreamClosure(
  pipeline: Pipeline,
  graph: Graph,
  target: string,
): { pipeline: Pipeline; graph: Graph } {
  const keep = new Set<string>();
  const visit = (id: string): void => {
    if (keep.has(id)) return;
    keep.add(id);
    for (const up of graph.upstream[id] ?? []) visit(up);
  };
  visit(target);
  const pick = (record: Record<string, string[]>): Record<string, string[]> =>
    Object.fromEntries(
      Object.entries(record)
        .filter(([id]) => keep.has(id))
        .map(([id, ids]) => [id, ids.filter((other) => keep.has(other))]),
    );
  return {
    pipeline: { ...pipeline, steps: pipeline.steps.filter((s) => keep.has(s.id)) },
    graph: {
      order: graph.order.filter((id) => keep.has(id)),
      edges: graph.edges.filter((e) => keep.has(e.from) && keep.has(e.to)),
      upstream: pick(graph.upstream),
      downstream: pick(graph.downstream),
    },
  };
}
