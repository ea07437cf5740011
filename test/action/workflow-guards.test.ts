import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCacheServer, type CacheServer } from '../support/cache-server.js';
import { commitCompiledWorkflow, WORKFLOW_PATH } from '../support/pipekit-workflow.js';
import { makeRepo, type TestRepo } from '../support/repo.js';
import { SAMPLE } from '../support/sample-pipeline.js';
import { runWorkflow, type RunOptions, type WorkflowRun } from '../support/workflow-runner.js';

/** The job that judges the run: the one giving the action `command: report`. */
function resultJob(r: WorkflowRun) {
  const [job] = Object.values(r.jobs).filter((j) =>
    j.steps.some((s) => s.with.command === 'report'),
  );
  if (!job) throw new Error('no result job ran');
  return job;
}

/**
 * The compiled workflow against what GitHub really does where it differs from what one
 * would guess (GITHUB-FACTS.md): a job past its timeout-minutes concludes `cancelled`, so
 * `!failure()` lets its dependents start; a merge queue runs `merge_group` workflows only;
 * `on: push` without filters runs on every tag; a fork's pull request would run its code on
 * whatever runner a job names.
 */
describe('the compiled workflow guards against GitHub behaviour', () => {
  let server: CacheServer;
  let origin: TestRepo;
  let runs = 0;
  const run = (options: Partial<RunOptions>) =>
    runWorkflow({
      workflow: origin.read(WORKFLOW_PATH),
      origin,
      event: { name: 'push', ref: 'refs/heads/main' },
      cache: {
        url: server.url,
        token: server.token({ scope: 'refs/heads/main', readScopes: ['refs/heads/main'] }),
      },
      runId: String(++runs),
      ...options,
    });

  beforeAll(async () => {
    server = await startCacheServer();
    origin = makeRepo(SAMPLE);
    commitCompiledWorkflow(origin);
  });
  afterAll(async () => {
    await server.close();
    origin.remove();
  });

  it('a step job past its timeout stops the step jobs downstream, and the result job fails', async () => {
    const r = await run({ timeOut: ['gen'] });
    expect(r.jobs.gen!.result).toBe('cancelled');
    for (const id of ['double', 'stats', 'report', 'publish']) {
      expect(r.jobs[id], id).toMatchObject({ result: 'skipped', started: false });
    }
    expect(r.executed).toEqual([]);
    const result = resultJob(r);
    expect(result.result).toBe('failure');
    expect(result.actions[0]!.stdout).toMatch(/::error::.*gen was cancelled or timed out/);
  });

  it('a plan job past its timeout: no step job starts or fails on its `if`; the result job fails', async () => {
    const r = await run({ timeOut: ['plan'] });
    const steps = ['gen', 'double', 'stats', 'report', 'publish'];
    expect(steps.map((id) => r.jobs[id]!.result)).toEqual(steps.map(() => 'skipped'));
    expect(resultJob(r).result).toBe('failure');
  });

  it('a merge queue runs the workflow, so the queued merge gets its checks', async () => {
    const r = await run({ event: { name: 'merge_group', base: 'main' } });
    expect(r.triggered).toBe(true);
    expect(resultJob(r).result).toBe('success');
  });

  it('a tag push or a push to another branch starts no run; a pull request from it does', async () => {
    const tag = await run({ event: { name: 'push', ref: 'refs/tags/v1' } });
    expect(tag).toMatchObject({ triggered: false, started: [] });
    const branch = await run({ event: { name: 'push', ref: 'refs/heads/topic' } });
    expect(branch.triggered).toBe(false);
    // Cancelled at once: here only whether it starts matters.
    const pr = await run({
      event: { name: 'pull_request', number: 9, base: 'main', head: 'topic' },
      cancelDuring: 'plan',
    });
    expect(pr.triggered).toBe(true);
  });

  it("a fork's pull request starts no job on a self-hosted runner", async () => {
    const gpu = makeRepo({
      'pipeline.yml': `name: gpu
runners:
  cpu: ubuntu-latest
  gpu: [self-hosted, gpu]
steps:
  prep:
    run: echo rows > \${{ outputs.out }}
    outputs:
      out: { type: file }
  train:
    runner: gpu
    run: cp \${{ inputs.data }} \${{ outputs.model }}
    inputs:
      data: { type: path }
    outputs:
      model: { type: file }
    with:
      data: \${{ steps.prep.outputs.out }}
`,
    });
    try {
      commitCompiledWorkflow(gpu);
      const pr = { name: 'pull_request', number: 5, base: 'main', head: 'x' } as const;
      const scope = {
        scope: 'refs/pull/5/merge',
        readScopes: ['refs/pull/5/merge', 'refs/heads/main'],
      };
      const fork = await runWorkflow({
        workflow: gpu.read(WORKFLOW_PATH),
        origin: gpu,
        event: { ...pr, fork: true },
        cache: { url: server.url, token: server.token(scope) },
      });
      const selfHosted = (runsOn: unknown) => JSON.stringify(runsOn ?? '').includes('self-hosted');
      expect(fork.started.filter((id) => selfHosted(fork.jobs[id]!.runsOn))).toEqual([]);
      expect(fork.jobs.train!.result).toBe('skipped');
      expect(resultJob(fork).result).toBe('success');
    } finally {
      gpu.remove();
    }
  });
});
