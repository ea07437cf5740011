import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundledAction } from '../support/action-runner.js';
import { makeRepo, type TestRepo } from '../support/repo.js';

/**
 * The plan job as the compiled workflow calls it, without a cache service (`cache: false`
 * plans every step to run): parameters resolved once and handed on, a fork's pull request
 * kept off self-hosted runners, and the result job's verdict.
 */
const PIPELINE = (extra = '') => `name: jobs
inputs:
  lr: { type: number, default: 0.1 }
  tag: { type: string, default: base }
runners:
  cpu: ubuntu-latest
  gpu: [self-hosted, gpu]
${extra}
steps:
  prepare:
    run: echo "$TAG" > "$OUT"
    env: { TAG: "\${{ inputs.tag }}", OUT: "\${{ outputs.data }}" }
    inputs: { tag: { type: string } }
    outputs: { data: { type: file } }
    with: { tag: "\${{ inputs.tag }}" }
  train:
    runner: gpu
    run: cat "$DATA" > "$OUT"
    env: { DATA: "\${{ inputs.data }}", OUT: "\${{ outputs.model }}" }
    inputs: { data: { type: path }, lr: { type: number } }
    outputs: { model: { type: file } }
    with: { data: "\${{ steps.prepare.outputs.data }}", lr: "\${{ inputs.lr }}" }
  evaluate:
    run: cat "$MODEL"
    env: { MODEL: "\${{ inputs.model }}" }
    inputs: { model: { type: path } }
    with: { model: "\${{ steps.train.outputs.model }}" }
  lint:
    runner: gpu
    run: 'true'
`;

describe('the plan job', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = makeRepo({ 'pipeline.yml': PIPELINE() });
  });
  afterAll(() => repo.remove());
  const plan = (inputs: Record<string, string>, github: Record<string, string> = {}) =>
    runBundledAction({
      workspace: repo.dir,
      inputs: { command: 'plan', cache: 'false', ...inputs },
      github,
    });

  it('resolves the parameters once: defaults, then `params` JSON, then `set` lines', async () => {
    const r = await plan({ params: '{"lr": 0.25, "tag": "from-json"}', set: 'tag=from-set' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.outputs.params!)).toEqual({ lr: 0.25, tag: 'from-set' });
    const defaults = await plan({ params: '' });
    expect(JSON.parse(defaults.outputs.params!)).toEqual({ lr: 0.1, tag: 'base' });
  });

  it('refuses `params` that are not a JSON object of values, and an unknown parameter', async () => {
    const bad = await plan({ params: '[1]' });
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toContain('input params: expected a JSON object of parameter values');
    const unknown = await plan({ params: '{"epochs": 3}' });
    expect(unknown.code).not.toBe(0);
    expect(unknown.stdout).toContain('the pipeline has no parameter `epochs`');
    expect(unknown.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  const forkEvent = (head: string): Record<string, string> => {
    const path = join(repo.dir, '..', `event-${head.replace('/', '-')}.json`);
    writeFileSync(path, JSON.stringify({ pull_request: { head: { repo: { full_name: head } } } }));
    return {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: path,
      GITHUB_REPOSITORY: 'team/models',
      GITHUB_REF: 'refs/pull/7/merge',
    };
  };

  it("keeps a fork's pull request off self-hosted runners, and the steps that need them", async () => {
    const r = await plan({}, forkEvent('someone/models'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.outputs.jobs!)).toEqual({
      prepare: true,
      train: false,
      evaluate: false,
      lint: false,
    });
    expect(r.stdout).toMatch(
      /skipped\s+train\s+runner `gpu` may be self-hosted, and this pull request comes from a fork/,
    );
    expect(r.stdout).toMatch(/skipped\s+evaluate\s+upstream train is skipped/);
  });

  it('runs them for a pull request from a branch of the same repository', async () => {
    const r = await plan({}, forkEvent('team/models'));
    expect(Object.values(JSON.parse(r.outputs.jobs!) as Record<string, boolean>)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('runs them for a fork when the pipeline opts in', async () => {
    const optIn = makeRepo({
      'pipeline.yml': PIPELINE('github: { fork-pull-requests-on-self-hosted: true }'),
    });
    try {
      const r = await runBundledAction({
        workspace: optIn.dir,
        inputs: { command: 'plan', cache: 'false' },
        github: forkEvent('someone/models'),
      });
      expect(JSON.parse(r.outputs.jobs!)).toMatchObject({ train: true, lint: true });
    } finally {
      optIn.remove();
    }
  });
});

describe('the result job', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = makeRepo({ 'pipeline.yml': PIPELINE() });
  });
  afterAll(() => repo.remove());
  const report = (results: object) =>
    runBundledAction({
      workspace: repo.dir,
      inputs: { command: 'report', cache: 'false', results: JSON.stringify(results) },
    });
  const planned = { prepare: true, train: true, evaluate: true, lint: true };

  it('passes when every planned step job succeeded', async () => {
    const steps = { prepare: 'success', train: 'success', evaluate: 'success', lint: 'success' };
    const r = await report({ plan: 'success', planned, steps });
    expect(r.code).toBe(0);
    expect(r.summary).toContain('### Result: passed');
  });

  it('fails, naming the step, when a step job timed out (cancelled) or failed', async () => {
    const steps = { prepare: 'success', train: 'cancelled', evaluate: 'skipped', lint: 'failure' };
    const r = await report({ plan: 'success', planned, steps });
    expect(r.code).not.toBe(0);
    expect(r.stdout).toContain(
      '::error::pipekit: train was cancelled or timed out (a job past its timeout-minutes concludes cancelled); lint failed',
    );
    expect(r.summary).toContain('### Result: failed');
  });

  it('fails when the plan job failed', async () => {
    const r = await report({ plan: 'failure', planned: null, steps: {} });
    expect(r.code).not.toBe(0);
    expect(r.stdout).toContain('the plan job concluded failure');
  });

  it('refuses results that the compiled workflow did not write', async () => {
    const r = await runBundledAction({
      workspace: repo.dir,
      inputs: { command: 'report', cache: 'false', results: 'oops' },
    });
    expect(r.code).not.toBe(0);
    expect(r.stdout).toContain('input results: not the JSON that `pipekit compile` writes');
  });
});
