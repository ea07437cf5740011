import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/pipeline/graph.js';

type GraphStep = Parameters<typeof buildGraph>[0][number];
import type { Edge } from '../../src/pipeline/types.js';

/** `'b<-a.out'` binds b's input `in_out` to a's output `out`; `'b<-a'` is b needs a. */
function steps(ids: string[], links: string[]): GraphStep[] {
  return ids.map((id) => {
    const step: GraphStep = { id, with: {}, needs: [] };
    for (const link of links) {
      const [to, from] = link.split('<-') as [string, string];
      if (to !== id) continue;
      const [upstream, output] = from.split('.') as [string, string | undefined];
      if (output) step.with[`in_${output}`] = { kind: 'step-output', step: upstream, output };
      else step.needs.push(upstream);
    }
    return step;
  });
}

// Locates an edge by naming it, so a test can see which edge each diagnostic is on.
const locate = (edge: Edge) => ({ file: `${edge.from}->${edge.to}`, line: 1, column: 1 });

describe('buildGraph', () => {
  it('orders a diamond stably: file order among ready steps', () => {
    const { graph } = buildGraph(
      steps(['z', 'b', 'a', 'end'], ['b<-z.x', 'a<-z.y', 'end<-a.o', 'end<-b']),
      locate,
    );
    expect(graph?.order).toEqual(['z', 'b', 'a', 'end']);
    expect(graph?.upstream.end).toEqual(['b', 'a']);
    expect(graph?.downstream.z).toEqual(['b', 'a']);
  });

  it('puts a later step first when an earlier one waits for it', () => {
    const { graph } = buildGraph(
      steps(['report', 'train', 'fetch'], ['report<-train.m', 'train<-fetch.d']),
      locate,
    );
    expect(graph?.order).toEqual(['fetch', 'train', 'report']);
  });

  it('keeps a data edge and a needs edge between the same steps, and lists the upstream once', () => {
    const { graph } = buildGraph(steps(['a', 'b'], ['b<-a.o', 'b<-a']), locate);
    expect(graph?.edges).toEqual([
      { from: 'a', to: 'b', output: 'o', input: 'in_o' },
      { from: 'a', to: 'b' },
    ]);
    expect(graph?.upstream.b).toEqual(['a']);
  });

  it('ignores references to unknown steps (reported elsewhere)', () => {
    const { graph } = buildGraph(steps(['a'], ['a<-ghost.o', 'a<-ghost']), locate);
    expect(graph).toEqual({ order: ['a'], edges: [], upstream: { a: [] }, downstream: { a: [] } });
  });

  it('reports every edge of a cycle at that edge, and not the steps after it', () => {
    const result = buildGraph(
      steps(['a', 'b', 'c', 'd'], ['b<-a.o', 'c<-b', 'a<-c.p', 'd<-c']),
      locate,
    );
    expect(result.graph).toBeUndefined();
    expect(result.diagnostics).toEqual([
      { code: 'cycle', message: 'cycle: a -> b -> c -> a', file: 'a->b', line: 1, column: 1 },
      { code: 'cycle', message: 'cycle: b -> c -> a -> b', file: 'b->c', line: 1, column: 1 },
      { code: 'cycle', message: 'cycle: c -> a -> b -> c', file: 'c->a', line: 1, column: 1 },
    ]);
  });

  it('reports each separate cycle and a self-loop', () => {
    const result = buildGraph(steps(['a', 'b', 'c'], ['a<-b', 'b<-a', 'c<-c']), locate);
    expect(result.diagnostics.map((d) => [d.file, d.message])).toEqual([
      ['a->b', 'cycle: a -> b -> a'],
      ['b->a', 'cycle: b -> a -> b'],
      ['c->c', 'cycle: c -> c'],
    ]);
  });

  it('reports the shortest cycle through a step, then one through each step not yet covered', () => {
    const result = buildGraph(steps(['a', 'b', 'c'], ['b<-a', 'c<-b', 'a<-c', 'a<-b']), locate);
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'cycle: a -> b -> a',
      'cycle: b -> a -> b',
      'cycle: c -> a -> b -> c',
      'cycle: a -> b -> c -> a',
      'cycle: b -> c -> a -> b',
    ]);
  });

  it('orders 1000 chained steps', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `s${i}`);
    const links = ids.slice(1).map((id, i) => `${id}<-s${i}.out`);
    const { graph } = buildGraph(steps([...ids].reverse(), links), locate);
    expect(graph?.order).toEqual(ids);
  });
});
