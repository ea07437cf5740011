import { describe, expect, it } from 'vitest';
import type { RunsOn } from '../../src/pipeline/types.js';
import { computeKey, KEY_SCHEMA, type KeyDocument } from '../../src/hash/key.js';
import type { ContentDigest, StepKey } from '../../src/records/brands.js';
import { BRANCH_RECORD_SCHEMA, type BranchRecord } from '../../src/records/branch-record.js';
import { compareWithBase, type StepNow } from '../../src/report/base-compare.js';
import {
  commentMarker,
  describeRunsOn,
  renderPrComment,
  type PrComment,
  type PrStep,
} from '../../src/report/pr-comment.js';

const digest = (c: string) => c.repeat(64) as ContentDigest;

function document(over: Partial<KeyDocument>): KeyDocument {
  return {
    schema: KEY_SCHEMA,
    component: 'steps/x',
    shell: 'bash -e',
    run: 'python x.py',
    setup: null,
    env: {},
    params: {},
    code: [['steps/x/x.py', digest('1')]],
    paths: {},
    upstream: {},
    outputs: {},
    extra: [],
    ...over,
  };
}

/** prepare -> train -> evaluate, as the base branch last ran them. */
const baseDocs = {
  prepare: document({ component: 'steps/prepare', paths: { raw: ['data/raw.csv', digest('2')] } }),
  train: document({
    component: 'steps/train',
    params: { learning_rate: 0.05, epochs: 200 },
    upstream: { data: digest('3') },
  }),
  evaluate: document({ component: 'steps/evaluate', upstream: { model: digest('4') } }),
};
const keyOf = (doc: KeyDocument) => computeKey(doc).key;

const base: BranchRecord = {
  schema: BRANCH_RECORD_SCHEMA,
  ref: 'refs/heads/main',
  commit: '0123456789abcdef0123456789abcdef01234567',
  steps: {
    prepare: { key: keyOf(baseDocs.prepare), parts: { ...baseDocs.prepare }, durationMs: 95_000 },
    train: {
      key: keyOf(baseDocs.train),
      parts: { ...baseDocs.train },
      durationMs: 42 * 60_000 + 7_000,
      metrics: { loss: 0.2311 },
    },
    evaluate: {
      key: keyOf(baseDocs.evaluate),
      parts: { ...baseDocs.evaluate },
      durationMs: 64_000,
      metrics: { accuracy: 0.9112, f1: 0.8843, rows: 69 },
    },
  },
};

const runners: Record<'cpu' | 'gpu', RunsOn> = {
  cpu: 'ubuntu-latest',
  gpu: { group: 'gpu-pool', labels: ['linux', 'gpu'] },
};

/** The pull request changed one parameter of `train`: learning_rate 0.05 -> 0.1. */
const trainDoc = { ...baseDocs.train, params: { learning_rate: 0.1, epochs: 200 } };

function planView(): PrComment {
  const now: StepNow[] = [
    { id: 'prepare', key: base.steps.prepare!.key, document: baseDocs.prepare, dataUpstream: [] },
    { id: 'train', key: keyOf(trainDoc), document: trainDoc, dataUpstream: ['prepare'] },
    // Pending: its upstream runs first, so only its own parts are known.
    { id: 'evaluate', document: baseDocs.evaluate, partial: true, dataUpstream: ['train'] },
  ];
  const changes = compareWithBase(now, base);
  const row = (id: 'prepare' | 'train' | 'evaluate', status: string, runner: 'cpu' | 'gpu') => ({
    id,
    status,
    runner,
    runsOn: runners[runner],
    change: changes.get(id)!,
    lastMs: base.steps[id]!.durationMs,
    baseMetrics: base.steps[id]!.metrics,
  });
  return {
    workflowFile: '.github/workflows/pipekit.yml',
    pipeline: 'tabular-classification',
    phase: 'plan',
    base: { branch: 'main', commit: base.commit, found: true },
    steps: [
      row('prepare', 'cached', 'cpu'),
      row('train', 'run', 'gpu'),
      row('evaluate', 'pending', 'cpu'),
    ],
  };
}

function resultView(): PrComment {
  const evaluateDoc = { ...baseDocs.evaluate, upstream: { model: digest('5') } };
  const now: StepNow[] = [
    { id: 'prepare', key: base.steps.prepare!.key, document: baseDocs.prepare, dataUpstream: [] },
    { id: 'train', key: keyOf(trainDoc), document: trainDoc, dataUpstream: ['prepare'] },
    { id: 'evaluate', key: keyOf(evaluateDoc), document: evaluateDoc, dataUpstream: ['train'] },
  ];
  const changes = compareWithBase(now, base);
  const plan = planView();
  const after: Record<string, Partial<PrStep>> = {
    prepare: { status: 'cached' },
    train: { status: 'ran', durationMs: 39 * 60_000 + 12_000, metrics: { loss: 0.1987 } },
    evaluate: {
      status: 'ran',
      durationMs: 61_000,
      metrics: { accuracy: 0.9305, f1: 0.8843, rows: 69 },
    },
  };
  return {
    ...plan,
    phase: 'result',
    steps: plan.steps.map((s) => ({ ...s, ...after[s.id], change: changes.get(s.id)! })),
    problems: [],
  };
}

describe('compareWithBase', () => {
  it('names the parameter a pull request changed, and a pending step by its changed upstream', () => {
    const plan = planView();
    expect(plan.steps.map((s) => [s.id, s.change])).toEqual([
      ['prepare', { kind: 'same' }],
      ['train', { kind: 'changed', reasons: ['parameter learning_rate: 0.05 -> 0.1'] }],
      ['evaluate', { kind: 'changed', reasons: ['upstream `train` changed: it runs first'] }],
    ]);
  });

  it('calls a pending step unchanged when neither its own parts nor any upstream changed', () => {
    const now: StepNow[] = [
      { id: 'train', key: base.steps.train!.key, document: baseDocs.train, dataUpstream: [] },
      { id: 'evaluate', document: baseDocs.evaluate, partial: true, dataUpstream: ['train'] },
    ];
    expect([...compareWithBase(now, base).values()]).toEqual([{ kind: 'same' }, { kind: 'same' }]);
  });

  it('tells a step the base never ran, and knows nothing without a record', () => {
    const now: StepNow[] = [{ id: 'report', key: 'f'.repeat(64) as StepKey, dataUpstream: [] }];
    expect(compareWithBase(now, base).get('report')).toEqual({ kind: 'new' });
    expect(compareWithBase(now, undefined).get('report')).toEqual({ kind: 'unknown' });
  });

  it('shows a record whose parts are not a key document as a changed key, never a crash', () => {
    const forged: BranchRecord = {
      ...base,
      steps: { train: { key: 'e'.repeat(64) as StepKey, parts: { code: 7 }, durationMs: 1 } },
    };
    const now: StepNow[] = [
      { id: 'train', key: keyOf(trainDoc), document: trainDoc, dataUpstream: [] },
    ];
    expect(compareWithBase(now, forged).get('train')).toEqual({
      kind: 'changed',
      reasons: ['key changed'],
    });
  });
});

describe('renderPrComment', () => {
  it('renders the plan of a pull request that changed one parameter of train', async () => {
    await expect(renderPrComment(planView())).toMatchFileSnapshot('golden/pr-comment-plan.md');
  });

  it('renders the result: the metrics of the changed steps beside the base branch', async () => {
    await expect(renderPrComment(resultView())).toMatchFileSnapshot('golden/pr-comment-result.md');
  });

  it('starts with the hidden marker of its workflow file', () => {
    const text = renderPrComment(planView());
    expect(text.split('\n')[0]).toBe('<!-- pipekit:.github/workflows/pipekit.yml -->');
    expect(commentMarker('.github/workflows/pipekit-ml-churn.yml')).toBe(
      '<!-- pipekit:.github/workflows/pipekit-ml-churn.yml -->',
    );
  });

  it('says when the base branch has no record, and estimates nothing it cannot know', () => {
    const view: PrComment = {
      ...planView(),
      base: { branch: 'main', found: false },
      steps: planView().steps.map((s) => ({
        ...s,
        change: { kind: 'unknown' },
        lastMs: undefined,
      })),
    };
    const text = renderPrComment(view);
    expect(text).toContain('No run of `main` is recorded yet: nothing to compare with');
    expect(text).toContain('**2 steps to run**, none of which ran on `main` before');
    expect(text).not.toContain('Changed from');
  });

  it('keeps text from the pull request inside its cell: pipes, line breaks and HTML', () => {
    const view = planView();
    view.steps[1]!.change = { kind: 'changed', reasons: ['file a|b\n<img src=x>.py changed'] };
    const text = renderPrComment(view);
    expect(text).toContain('- `train`: file a\\|b &lt;img src=x>.py changed');
  });

  it('describes every form of runs-on', () => {
    expect(describeRunsOn('ubuntu-latest')).toBe('ubuntu-latest');
    expect(describeRunsOn(['self-hosted', 'gpu'])).toBe('self-hosted, gpu');
    expect(describeRunsOn({ group: 'gpu-pool' })).toBe('group gpu-pool');
    expect(describeRunsOn({ labels: ['a100'] })).toBe('a100');
  });
});
