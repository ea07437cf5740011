import { describe, expect, it } from 'vitest';
import { judgeRun, parseJobResults } from '../../src/report/verdict.js';
import { makePipeline } from '../github/model.js';

const { graph } = makePipeline({
  steps: [
    { id: 'prepare' },
    { id: 'train', data: { d: 'prepare.out' } },
    { id: 'evaluate', data: { m: 'train.out' } },
    { id: 'lint' },
  ],
});
const all = { prepare: true, train: true, evaluate: true, lint: true };
const cached = new Map(graph.order.map((id) => [id, { status: 'cached', uncached: false }]));
const judge = (
  steps: Record<string, string>,
  planned: Record<string, boolean> | null = all,
  after = cached,
  plan = 'success',
  cut: string[] = [],
) => judgeRun(graph, { plan, planned, steps, cut: new Set(cut) }, after, true);

describe('judgeRun: the result job fails for every cause GitHub would not show', () => {
  it('passes when every planned step succeeded and is now cached', () => {
    const ok = { prepare: 'success', train: 'success', evaluate: 'success', lint: 'success' };
    expect(judge(ok)).toEqual([]);
  });

  it('passes when the plan ran nothing: every step job skipped', () => {
    const none = { prepare: false, train: false, evaluate: false, lint: false };
    const skipped = { prepare: 'skipped', train: 'skipped', evaluate: 'skipped', lint: 'skipped' };
    expect(judge(skipped, none)).toEqual([]);
  });

  it('fails on a failed step once, not again for the steps it stopped', () => {
    expect(
      judge({ prepare: 'success', train: 'failure', evaluate: 'skipped', lint: 'success' }),
    ).toEqual(['train failed']);
  });

  it('fails on a timed-out step, which GitHub concludes cancelled, not failure', () => {
    expect(
      judge({ prepare: 'cancelled', train: 'skipped', evaluate: 'skipped', lint: 'success' }),
    ).toEqual([
      'prepare was cancelled or timed out (a job past its timeout-minutes concludes cancelled)',
    ]);
  });

  it('fails when a planned job did not start though nothing upstream stopped it', () => {
    const after = new Map(cached);
    after.set('lint', { status: 'run', uncached: false });
    expect(
      judge(
        { prepare: 'success', train: 'success', evaluate: 'success', lint: 'skipped' },
        all,
        after,
      ),
    ).toEqual(['lint was to run but its job did not start']);
  });

  it('passes a planned step whose job an upstream job cut off early', () => {
    const steps = { prepare: 'success', train: 'skipped', evaluate: 'success', lint: 'success' };
    expect(judge(steps, all, cached, 'success', ['train'])).toEqual([]);
    expect(judge(steps, all, cached, 'success', [])).toEqual([
      'train was to run but its job did not start',
    ]);
  });

  it('fails when a step ran but saved nothing; not for cache: false or an undecidable key', () => {
    const after = new Map(cached);
    after.set('train', { status: 'run', uncached: false });
    after.set('lint', { status: 'always', uncached: true });
    after.set('evaluate', { status: 'pending', uncached: false });
    const ok = { prepare: 'success', train: 'success', evaluate: 'success', lint: 'success' };
    expect(judge(ok, all, after)).toEqual([
      "train ran but saved nothing to the cache: the next run will run it again (see its job's warnings)",
    ]);
    const results = { plan: 'success', planned: all, steps: ok, cut: new Set<string>() };
    expect(judgeRun(graph, results, after, false)).toEqual([]);
  });

  it('fails when the plan job did not succeed, whatever the steps did', () => {
    expect(judge({}, null, cached, 'failure')).toEqual([
      'the plan job concluded failure: no step ran; see its log',
    ]);
  });
});

describe('parseJobResults', () => {
  it('reads what the compiled workflow writes, including a plan that gave no jobs', () => {
    const text =
      '{\n  "plan": "failure",\n  "planned": null,\n  "steps": {\n    "a": "skipped"\n  }\n}';
    expect(parseJobResults(text)).toEqual({
      plan: 'failure',
      planned: null,
      steps: { a: 'skipped' },
      cut: new Set(),
    });
    const cut = '{"plan": "success", "planned": {}, "cut": [{}, {"b": true}], "steps": {}}';
    expect(parseJobResults(cut)?.cut).toEqual(new Set(['b']));
    expect(parseJobResults('not json')).toBeUndefined();
    expect(parseJobResults('{"steps": {}}')).toBeUndefined();
  });
});

describe('judgeRun: a matrix job stands for all its instances', () => {
  const instances = ['train[lr=1]', 'train[lr=2]', 'train[lr=3]'];
  const matrixGraph = {
    order: ['prepare', ...instances, 'select'],
    edges: [],
    upstream: {
      prepare: [],
      ...Object.fromEntries(instances.map((id) => [id, ['prepare']])),
      select: instances,
    },
    downstream: {},
  };
  const planned = { prepare: false, train: true, select: true };
  const after = (status: Record<string, string>) =>
    new Map(
      matrixGraph.order.map((id) => [id, { status: status[id] ?? 'cached', uncached: false }]),
    );
  const judgeMatrix = (steps: Record<string, string>, status: Record<string, string> = {}) =>
    judgeRun(matrixGraph, { plan: 'success', planned, steps, cut: new Set() }, after(status), true);

  it('fails once for a failed matrix job (GitHub: failure when any instance failed), not for what it stopped', () => {
    const steps = { prepare: 'skipped', train: 'failure', select: 'skipped' };
    expect(judgeMatrix(steps, { 'train[lr=2]': 'run', select: 'pending' })).toEqual([
      'train failed',
    ]);
  });

  it('passes a successful matrix job whose instances are cached; names an instance that saved nothing', () => {
    const steps = { prepare: 'skipped', train: 'success', select: 'success' };
    expect(judgeMatrix(steps)).toEqual([]);
    expect(judgeMatrix(steps, { 'train[lr=3]': 'run' })).toEqual([
      "train[lr=3] ran but saved nothing to the cache: the next run will run it again (see its job's warnings)",
    ]);
  });
});
