import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCacheServer, type CacheServer } from '../support/cache-server.js';
import { makeRepo, type TestRepo } from '../support/repo.js';
import { SAMPLE } from '../support/sample-pipeline.js';
import { commitCompiledWorkflow, runPipekitWorkflow } from '../support/pipekit-workflow.js';
import type { WorkflowEvent } from '../support/workflow-runner.js';

const MAIN = { scope: 'refs/heads/main', readScopes: ['refs/heads/main'] };

describe('the compiled workflow run: plan job, then a job per step, outputs through the cache', () => {
  let server: CacheServer;
  let origin: TestRepo;
  let runs = 0;
  const run = (token = server.token(MAIN), event?: WorkflowEvent) =>
    runPipekitWorkflow(origin, {
      cache: { url: server.url, token },
      runId: String(++runs),
      ...(event ? { event } : {}),
      calls: () => server.calls.filter((c) => c.method === 'GetCacheEntryDownloadURL').length,
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

  it('first run: every step job works once, each in its own checkout', async () => {
    const r = await run();
    expect(Object.values(r.jobs).every(Boolean)).toBe(true);
    expect(Object.keys(r.started).sort()).toEqual(['double', 'gen', 'publish', 'report', 'stats']);
    for (const [id, job] of Object.entries(r.started)) {
      expect(job.code, `${id}: ${job.stdout}`).toBe(0);
      expect(JSON.parse(job.outputs.ran!), id).toEqual([id]);
    }
    expect(r.executed).toEqual(['double', 'gen', 'publish', 'report', 'stats']);
    expect(readFileSync(join(r.workspaces.report!, '.pipekit/out/report/summary'), 'utf8')).toBe(
      'ALPHA x2\nBETA x2\n',
    );
    expect(r.started.report!.summary).toMatch(/\| `report` \| `cpu` \| ran/);
  });

  it('second run of the same commit: the plan marks every step cached and no step job works', async () => {
    const r = await run();
    const plan = JSON.parse(r.plan.outputs.plan!) as { steps: { id: string; status: string }[] };
    expect(Object.fromEntries(plan.steps.map((s) => [s.id, s.status]))).toEqual({
      gen: 'cached',
      double: 'cached',
      stats: 'cached',
      report: 'cached',
      publish: 'always',
    });
    expect(Object.keys(r.started)).toEqual(['publish']);
    expect(r.executed).toEqual(['publish']);
    expect(r.plan.summary).toContain('```mermaid');
  });

  it('each plan reads one plan index, written by the report job, instead of a manifest per step', async () => {
    const r = await run();
    expect(r.planCalls).toBe(1);
    expect(r.plan.stdout).toMatch(/cached\s+report\s+found \w+ \(plan index\)/);
    expect(r.report.summary).toMatch(/^## pipekit result: sample/);
  });

  it('after a one-step change only that step and the steps reading its output work', async () => {
    origin.write({
      'steps/double/component.yml': SAMPLE['steps/double/component.yml']!.replace(
        '" x"',
        '" times "',
      ),
    });
    origin.commit('double: new format');
    const r = await run();
    expect(r.jobs).toEqual({ gen: false, double: true, stats: false, report: true, publish: true });
    expect(r.executed).toEqual(['double', 'publish', 'report']);
    expect(readFileSync(join(r.workspaces.report!, '.pipekit/out/report/summary'), 'utf8')).toBe(
      'ALPHA times 2\nBETA times 2\n',
    );
  });

  it('early cutoff across jobs: an upstream that reruns with identical output leaves the next job with nothing to do', async () => {
    origin.write({ 'steps/gen/gen.sh': `${SAMPLE['steps/gen/gen.sh']}# comment only\n` });
    origin.commit('gen: comment');
    const r = await run();
    expect(r.jobs).toMatchObject({ gen: true, double: true, stats: true, report: true });
    expect(r.executed).toEqual(['gen', 'publish']);
    // gen's job found double and stats cached: their runners never started.
    expect(Object.keys(r.started).sort()).toEqual(['gen', 'publish', 'report']);
    expect(r.run.jobs.double?.result).toBe('skipped');
    // report, two down, starts and finds itself cached; the result check passes.
    expect(JSON.parse(r.started.report!.outputs.cached!)).toEqual(['report']);
    expect(r.run.jobs.pipekit?.result).toBe('success');
  });

  it('a pull-request run reads the base branch entries and writes to its own scope', async () => {
    const pr = { scope: 'refs/pull/7/merge', readScopes: ['refs/pull/7/merge', 'refs/heads/main'] };
    const event: WorkflowEvent = {
      name: 'pull_request',
      number: 7,
      base: 'main',
      head: 'more-data',
    };
    const same = await run(server.token(pr), event);
    expect(same.executed).toEqual(['publish']);

    origin.write({ 'data/raw.txt': 'alpha\nbeta\ndelta\n' });
    origin.commit('more data');
    const changed = await run(server.token(pr), event);
    expect(changed.executed).toEqual(['double', 'gen', 'publish', 'report', 'stats']);
    const prEntries = server.entries().filter((e) => e.scope === 'refs/pull/7/merge');
    expect(prEntries.length).toBeGreaterThan(0);

    // main does not see what the pull request computed: after the merge it runs the steps again.
    const afterMerge = await run();
    expect(afterMerge.executed).toEqual(['double', 'gen', 'publish', 'report', 'stats']);
  });

  it('a dispatch with its defaults changes nothing; with another value only what it reaches runs', async () => {
    const same = await run(undefined, { name: 'workflow_dispatch' });
    expect(same.executed).toEqual(['publish']);
    const tripled = await run(undefined, { name: 'workflow_dispatch', inputs: { factor: 3 } });
    expect(tripled.executed).toEqual(['double', 'publish', 'report']);
    expect(
      readFileSync(join(tripled.workspaces.report!, '.pipekit/out/report/summary'), 'utf8'),
    ).toBe('ALPHA times 3\nBETA times 3\nDELTA times 3\n');
  });
});

describe('a cache: false step whose output a later job reads', () => {
  it('hands its outputs to the later jobs of the same run, and only of that run', async () => {
    const server = await startCacheServer();
    const origin = makeRepo({
      'pipeline.yml': `name: transfer
steps:
  stamp:
    run: |
      echo stamp >> "$PIPEKIT_TEST_LOG"
      echo stamped > \${{ outputs.out }}
    outputs:
      out: { type: file }
    cache: false
  use:
    run: |
      echo use >> "$PIPEKIT_TEST_LOG"
      tr a-z A-Z < \${{ inputs.x }} > \${{ outputs.out }}
    inputs:
      x: { type: path }
    outputs:
      out: { type: file }
    with:
      x: \${{ steps.stamp.outputs.out }}
`,
    });
    try {
      commitCompiledWorkflow(origin);
      const cache = { url: server.url, token: server.token(MAIN) };
      const first = await runPipekitWorkflow(origin, { cache, runId: '100' });
      expect(first.jobs).toEqual({ stamp: true, use: true });
      expect(first.executed).toEqual(['stamp', 'use']);
      expect(readFileSync(join(first.workspaces.use!, '.pipekit/out/use/out'), 'utf8')).toBe(
        'STAMPED\n',
      );
      expect(first.started.use!.stdout).not.toMatch(/::warning/);
      // The next run stamps again; the same bytes leave `use` cached (early cutoff).
      const second = await runPipekitWorkflow(origin, { cache, runId: '101' });
      // The plan cannot use run 100's stamp: `use` waits for this run's.
      expect(second.jobs).toEqual({ stamp: true, use: true });
      expect(second.executed).toEqual(['stamp']);
      // stamp's job found `use` cached with the new stamp: use's job never started.
      expect(second.started.use).toBeUndefined();
      expect(JSON.parse(second.run.jobs.stamp!.outputs.cut!)).toEqual({ use: true });
    } finally {
      await server.close();
      origin.remove();
    }
  });
});
