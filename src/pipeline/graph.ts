import type { Diagnostic } from '../diagnostics.js';
import type { Edge, Graph, Pipeline, Source, Step } from './types.js';

type GraphStep = Pick<Step, 'id' | 'with' | 'needs'>;

// Built once per pipeline value; the model itself stays plain JSON (it is cached on disk).
const stepsById = new WeakMap<Pipeline, Map<string, Step>>();

/** The step with this id; a missing one is a bug (ids come from the validated graph). */
export function getStep(pipeline: Pipeline, id: string): Step {
  let byId = stepsById.get(pipeline);
  if (!byId) stepsById.set(pipeline, (byId = new Map(pipeline.steps.map((s) => [s.id, s]))));
  const step = byId.get(id);
  if (!step) throw new Error(`the pipeline has no step ${id}`);
  return step;
}

/**
 * The steps a user means by `name` (`--force`, `explain`): the step, or every instance of the
 * matrix step of that name, in combination order; none when there is no such step.
 */
export function stepsNamed(pipeline: Pipeline, name: string): string[] {
  return pipeline.steps.filter((s) => s.id === name || s.matrix?.step === name).map((s) => s.id);
}

/** The edges of the steps in file order: each step's data edges (in `with` order), then its `needs`. */
function edgesOf(steps: readonly GraphStep[]): Edge[] {
  const ids = new Set(steps.map((step) => step.id));
  const edges: Edge[] = [];
  for (const step of steps) {
    for (const [input, binding] of Object.entries(step.with)) {
      if (binding.kind === 'step-output' && ids.has(binding.step)) {
        edges.push({ from: binding.step, to: step.id, output: binding.output, input });
      }
      // Every instance of a matrix step feeds the input, in combination order.
      if (binding.kind === 'matrix-output') {
        for (const { id } of binding.instances.filter((i) => ids.has(i.id))) {
          edges.push({ from: id, to: step.id, output: binding.output, input });
        }
      }
    }
    for (const need of step.needs) {
      if (ids.has(need)) edges.push({ from: need, to: step.id });
    }
  }
  return edges;
}

/**
 * The DAG of the steps. A cycle is reported on every edge of it, each diagnostic at the
 * expression or `needs` entry that makes the edge (`locate`), as wireit does.
 */
export function buildGraph(
  steps: readonly GraphStep[],
  locate: (edge: Edge) => Source,
): { graph?: Graph; diagnostics: Diagnostic[] } {
  const ids = steps.map((step) => step.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const edges = edgesOf(steps);
  const upstream = neighbours(ids, edges, index, 'from', 'to');
  const downstream = neighbours(ids, edges, index, 'to', 'from');
  const order = topologicalOrder(ids, upstream, downstream, index);
  if (order.length === ids.length) {
    return { graph: { order, edges, upstream, downstream }, diagnostics: [] };
  }
  return { diagnostics: cycleDiagnostics(ids, order, edges, locate) };
}

/** For each id, the distinct ids on the other end of its edges, in file order. */
function neighbours(
  ids: string[],
  edges: Edge[],
  index: Map<string, number>,
  other: 'from' | 'to',
  self: 'from' | 'to',
): Record<string, string[]> {
  const sets = new Map(ids.map((id) => [id, new Set<string>()]));
  for (const edge of edges) sets.get(edge[self])?.add(edge[other]);
  const byFileOrder = (a: string, b: string) => (index.get(a) ?? 0) - (index.get(b) ?? 0);
  return Object.fromEntries(ids.map((id) => [id, [...(sets.get(id) ?? [])].sort(byFileOrder)]));
}

/** Kahn's algorithm, taking the ready step that comes first in the file each time. */
function topologicalOrder(
  ids: string[],
  upstream: Record<string, string[]>,
  downstream: Record<string, string[]>,
  index: Map<string, number>,
): string[] {
  const waiting = new Map(ids.map((id) => [id, upstream[id]?.length ?? 0]));
  // Kept sorted descending so that the smallest file index pops off the end.
  const ready = ids.flatMap((id, i) => (waiting.get(id) === 0 ? [i] : [])).reverse();
  const order: string[] = [];
  while (ready.length > 0) {
    const id = ids[ready.pop() ?? 0] ?? '';
    order.push(id);
    for (const next of downstream[id] ?? []) {
      const left = (waiting.get(next) ?? 0) - 1;
      waiting.set(next, left);
      if (left === 0) insertDescending(ready, index.get(next) ?? 0);
    }
  }
  return order;
}

function insertDescending(sorted: number[], value: number): void {
  let at = sorted.length;
  while (at > 0 && (sorted[at - 1] ?? 0) < value) at--;
  sorted.splice(at, 0, value);
}

/** One shortest cycle per group of steps that reach each other, reported edge by edge. */
function cycleDiagnostics(
  ids: string[],
  order: string[],
  edges: Edge[],
  locate: (edge: Edge) => Source,
): Diagnostic[] {
  const done = new Set(order);
  const inCycle = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const outgoing = new Map<string, Edge[]>();
  for (const edge of edges.filter((e) => !done.has(e.from) && !done.has(e.to))) {
    outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge]);
  }
  for (const start of ids) {
    if (done.has(start) || inCycle.has(start)) continue;
    const cycle = shortestCycle(start, outgoing);
    if (!cycle) continue;
    for (const edge of cycle) inCycle.add(edge.from);
    const names = cycle.map((edge) => edge.from);
    cycle.forEach((edge, i) => {
      const path = [...names.slice(i), ...names.slice(0, i), edge.from].join(' -> ');
      diagnostics.push({ code: 'cycle', message: `cycle: ${path}`, ...locate(edge) });
    });
  }
  return diagnostics;
}

/** Breadth-first from `start` back to itself; the edges of the cycle, or undefined. */
function shortestCycle(start: string, outgoing: Map<string, Edge[]>): Edge[] | undefined {
  const via = new Map<string, Edge>();
  let frontier = [start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const edge of outgoing.get(node) ?? []) {
        if (edge.to === start) return [...pathTo(node, start, via), edge];
        if (via.has(edge.to)) continue;
        via.set(edge.to, edge);
        next.push(edge.to);
      }
    }
    frontier = next;
  }
  return undefined;
}

function pathTo(node: string, start: string, via: Map<string, Edge>): Edge[] {
  const path: Edge[] = [];
  for (let edge = via.get(node); node !== start && edge; edge = via.get(node)) {
    path.unshift(edge);
    node = edge.from;
  }
  return path;
}
