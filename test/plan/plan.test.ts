import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/records/manifest.js';
import { computeKey, KEY_SCHEMA } from '../../src/hash/key.js';
import type { DecideContext } from '../../src/plan/decide.js';
import { plannedManifest, planSteps } from '../../src/plan/plan.js';
import type { IndexedStep } from '../../src/records/plan-index.js';
import type { Step } from '../../src/pipeline/types.js';
import { getStep } from '../../src/pipeline/graph.js';
import { loadValid } from '../support/memory-repo.js';
import { asDigest, asKey } from '../support/brands.js';
import type { ContentDigest } from '../../src/records/brands.js';

const files = {
  'pipeline.yml': `name: p
steps:
  a:
    run: echo a > \${{ outputs.out }}
    outputs: { out: { type: file } }
  b:
    run: cat \${{ inputs.x }} > \${{ outputs.out }}
    inputs: { x: { type: path } }
    outputs: { out: { type: file } }
    with:
      x: \${{ steps.a.outputs.out }}
  c:
    run: cat \${{ inputs.x }}
    inputs: { x: { type: path } }
    with:
      x: \${{ steps.b.outputs.out }}
  side:
    run: echo side
    cache: false
    needs: [a]
  gated:
    run: cat \${{ inputs.x }}
    inputs: { x: { type: path } }
    with:
      x: \${{ steps.a.outputs.out }}
    if: \${{ github.ref == 'refs/heads/main' }}
`,
};

/** Keys derived from the step id and its upstream digests, so early cutoff is visible. */
function keyOf(step: Step, upstream: Record<string, ContentDigest>) {
  const document = {
    schema: KEY_SCHEMA,
    component: step.id,
    shell: '',
    run: '',
    setup: null,
    env: {},
    params: {},
    code: [],
    paths: {},
    upstream,
    outputs: {},
    extra: [],
  };
  return Promise.resolve(computeKey(document));
}

/** Plans with a store holding an entry for each id in `cached`, filled in topological order. */
async function planWith(cached: string[], ref = 'refs/heads/main') {
  const { pipeline, graph } = loadValid(files);
  const entries = new Map<string, Manifest>();
  const ctx: DecideContext = {
    keyOf,
    lookup: async (key) => entries.get(key),
    condition: (step) => step.if === undefined || ref === 'refs/heads/main',
  };
  for (const id of graph.order.filter((i) => cached.includes(i))) {
    const key = (await planSteps(pipeline, graph, ctx)).find((s) => s.id === id)!.key;
    if (!key) continue;
    entries.set(key, {
      schema: 1,
      key,
      step: id,
      // An entry holds the outputs its step declares: its key covers them.
      outputs: Object.fromEntries(
        Object.keys(getStep(pipeline, id).component.outputs).map((name) => [
          name,
          { type: 'file', format: 2, digest: asDigest(`digest-of-${id}`), entries: [] },
        ]),
      ),
      durationMs: 1000,
      tool: 'test',
      createdAt: '2026-01-01T00:00:00Z',
    });
  }
  return planSteps(pipeline, graph, ctx);
}

describe('planSteps', () => {
  it('marks everything run on an empty cache, with pending where an upstream will run', async () => {
    const plan = await planWith([]);
    expect(plan.map((p) => [p.id, p.status])).toEqual([
      ['a', 'run'],
      ['b', 'pending'],
      ['c', 'pending'],
      ['side', 'always'],
      ['gated', 'pending'],
    ]);
    expect(plan.find((p) => p.id === 'b')!.why).toEqual({ kind: 'upstream-will-run', step: 'a' });
    expect(plan.find((p) => p.id === 'b')!.key).toBeUndefined();
  });

  it('computes downstream keys from cached manifests', async () => {
    const plan = await planWith(['a', 'b', 'c', 'gated']);
    expect(plan.map((p) => [p.id, p.status])).toEqual([
      ['a', 'cached'],
      ['b', 'cached'],
      ['c', 'cached'],
      ['side', 'always'],
      ['gated', 'cached'],
    ]);
  });

  it('leaves a step pending below a miss and runs a miss below cached steps', async () => {
    const plan = await planWith(['a', 'c']);
    expect(Object.fromEntries(plan.map((p) => [p.id, p.status]))).toMatchObject({
      a: 'cached',
      b: 'run',
      c: 'pending',
    });
  });

  it('skips a step whose if is false and the steps that read its outputs', async () => {
    const plan = await planWith(['a'], 'refs/heads/feature');
    const gated = plan.find((p) => p.id === 'gated')!;
    expect(gated.status).toBe('skipped');
    expect(gated.why).toEqual({
      kind: 'condition-false',
      condition: "github.ref == 'refs/heads/main'",
    });
  });
});

describe('planSteps with a plan index', () => {
  it('takes an indexed step whose key matches without a lookup, and looks up where it does not', async () => {
    const { pipeline, graph } = loadValid(files);
    const lookups: string[] = [];
    const base: DecideContext = {
      keyOf,
      lookup: async (key) => (lookups.push(key), undefined),
      condition: () => true,
    };
    const first = await planSteps(pipeline, graph, base);
    const keyOfA = first.find((p) => p.id === 'a')!.key!;
    const indexed: Record<string, IndexedStep> = {
      a: { key: keyOfA, outputs: { out: asDigest('digest-of-a') }, durationMs: 5 },
      // b's key depends on a's digest: computed, then checked against the index
      b: { key: asKey('not-its-key'), outputs: { out: asDigest('digest-of-b') }, durationMs: 5 },
    };
    lookups.length = 0;
    const plan = await planSteps(pipeline, graph, { ...base, indexed: (step) => indexed[step.id] });
    const a = plan.find((p) => p.id === 'a')!;
    expect(a).toMatchObject({
      status: 'cached',
      why: { kind: 'found', key: keyOfA, from: 'plan-index' },
    });
    expect(plannedManifest(a)!.outputs.out!.digest).toBe('digest-of-a');
    expect(plan.find((p) => p.id === 'b')!.status).toBe('run');
    expect(lookups).not.toContain(keyOfA);
    expect(lookups).toContain(plan.find((p) => p.id === 'b')!.key);
  });
});

describe('a step with key commands, planned away from its runner', () => {
  const withCommands = {
    'pipeline.yml': `name: p
steps:
  a:
    run: echo a > \${{ outputs.out }}
    outputs: { out: { type: file } }
  train:
    run: cat \${{ inputs.x }} > \${{ outputs.out }}
    inputs: { x: { type: path } }
    outputs: { out: { type: file } }
    with:
      x: \${{ steps.a.outputs.out }}
    runner: gpu
    cache:
      key-commands: [nvidia-smi --query-gpu=driver_version --format=csv,noheader]
  evaluate:
    run: cat \${{ inputs.x }}
    inputs: { x: { type: path } }
    with:
      x: \${{ steps.train.outputs.out }}
  probe:
    uses: ./steps/probe
    cache: false
    needs: [a]
runners:
  cpu: ubuntu-latest
  gpu: [self-hosted, gpu]
`,
    'steps/probe/component.yml': `run: echo probe
cache:
  key-commands: [uname -r]
`,
  };

  it('is pending, decided on its own runner: its key commands never run on the plan runner', async () => {
    const { pipeline, graph } = loadValid(withCommands);
    const asked: string[] = [];
    const manifest = (key: string, step: string): Manifest => ({
      schema: 1,
      key: asKey(key),
      step,
      outputs: {
        out: { type: 'file', format: 2, digest: asDigest(`digest-of-${step}`), entries: [] },
      },
      durationMs: 1,
      tool: 'test',
      createdAt: '2026-01-01T00:00:00Z',
    });
    const ctx: DecideContext = {
      keyOf: (step, upstream) => (asked.push(step.id), keyOf(step, upstream)),
      lookup: async (key) => manifest(key, 'any'),
      condition: () => true,
      deferKeyCommands: true,
    };
    const plan = await planSteps(pipeline, graph, ctx);
    expect(plan.map((p) => [p.id, p.status])).toEqual([
      ['a', 'cached'],
      ['train', 'pending'],
      ['evaluate', 'pending'],
      ['probe', 'always'],
    ]);
    expect(plan.find((p) => p.id === 'train')!.why).toEqual({ kind: 'key-on-runner' });
    expect(plan.find((p) => p.id === 'train')!.key).toBeUndefined();
    expect(plan.find((p) => p.id === 'evaluate')!.why).toEqual({
      kind: 'upstream-will-run',
      step: 'train',
    });
    expect(plan.find((p) => p.id === 'probe')!.why).toEqual({ kind: 'cache-false' });
    expect(asked).toEqual(['a']);

    // Where the step runs (the CLI, the action's run and step jobs), its key is computed.
    asked.length = 0;
    const here = await planSteps(pipeline, graph, { ...ctx, deferKeyCommands: false });
    expect(here.find((p) => p.id === 'train')!.status).toBe('cached');
    expect(asked.sort()).toEqual(['a', 'evaluate', 'probe', 'train']);
  });
});
