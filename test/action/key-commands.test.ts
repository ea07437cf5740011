import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundledAction } from '../support/action-runner.js';
import { startCacheServer, type CacheServer } from '../support/cache-server.js';
import { makeRepo, type TestRepo } from '../support/repo.js';
import { commitCompiledWorkflow, runPipekitWorkflow } from '../support/pipekit-workflow.js';

const MAIN = { scope: 'refs/heads/main', readScopes: ['refs/heads/main'] };

/** `train` keys on the GPU driver, which only its own runner has: elsewhere the command fails. */
const PIPELINE = `name: gpu
runners:
  cpu: ubuntu-latest
  gpu: [self-hosted, gpu]
steps:
  prep:
    run: |
      echo prep >> "$PIPEKIT_TEST_LOG"
      echo rows > \${{ outputs.out }}
    outputs:
      out: { type: file }
  train:
    runner: gpu
    run: |
      echo train >> "$PIPEKIT_TEST_LOG"
      tr a-z A-Z < \${{ inputs.data }} > \${{ outputs.model }}
    inputs:
      data: { type: path }
    outputs:
      model: { type: file }
    with:
      data: \${{ steps.prep.outputs.out }}
    cache:
      key-commands: ['test -n "$GPU_DRIVER" || { echo "no GPU here" >&2; exit 1; }; echo "$GPU_DRIVER"']
  evaluate:
    run: |
      echo evaluate >> "$PIPEKIT_TEST_LOG"
      cat \${{ inputs.model }}
    inputs:
      model: { type: path }
    with:
      model: \${{ steps.train.outputs.model }}
`;

type Plan = { steps: { id: string; status: string; reason: string; why: { kind: string } }[] };

describe('key commands on GitHub: evaluated on the step runner, never on the plan runner', () => {
  let server: CacheServer;
  let origin: TestRepo;
  let runs = 0;
  // Only a machine with the `gpu` label has the driver.
  const run = (driver: string) =>
    runPipekitWorkflow(origin, {
      cache: { url: server.url, token: server.token(MAIN) },
      runId: String(++runs),
      runnerEnv: ({ runsOn }): Record<string, string> =>
        Array.isArray(runsOn) && runsOn.includes('gpu') ? { GPU_DRIVER: driver } : {},
    });

  beforeAll(async () => {
    server = await startCacheServer();
    origin = makeRepo({ 'pipeline.yml': PIPELINE });
    commitCompiledWorkflow(origin);
  });
  afterAll(async () => {
    await server.close();
    origin.remove();
  });

  it('the step job decides the step; a later job on another runner uses its recorded key', async () => {
    const r = await run('535.104');
    expect(r.jobs).toEqual({ prep: true, train: true, evaluate: true });
    for (const [id, job] of Object.entries(r.started))
      expect(job.code, `${id}: ${job.stdout}`).toBe(0);
    expect(r.executed).toEqual(['evaluate', 'prep', 'train']);
    // The evaluate job, on a runner without the driver, found train's entry by the key its
    // own job computed: train ran once, in its job, and no upstream ran again.
    expect(JSON.parse(r.started.evaluate!.outputs.ran!)).toEqual(['evaluate']);
    expect(r.started.evaluate!.stdout).not.toMatch(/::warning/);
    expect(r.report.code).toBe(0);
  });

  it('the plan leaves the step pending; with the same driver its job finds its entry', async () => {
    const r = await run('535.104');
    // prep is cached, so train's key is known but for its key commands: the plan runner has
    // no GPU, and asking there would be an error, or a driver that is not train's.
    const plan = JSON.parse(r.plan.outputs.plan!) as Plan;
    expect(plan.steps.find((s) => s.id === 'train')).toMatchObject({
      status: 'pending',
      reason: 'key commands run on its own runner',
      why: { kind: 'key-on-runner' },
    });
    expect(r.jobs).toEqual({ prep: false, train: true, evaluate: true });
    for (const [id, job] of Object.entries(r.started))
      expect(job.code, `${id}: ${job.stdout}`).toBe(0);
    expect(r.executed).toEqual([]);
    expect(JSON.parse(r.started.train!.outputs.cached!)).toEqual(['train']);
  });

  it('a new driver reruns the step; the same output leaves its dependents cached', async () => {
    const r = await run('550.54');
    expect(r.executed).toEqual(['train']);
    // train's job found evaluate cached with its same output: evaluate's job never started.
    expect(r.started.evaluate).toBeUndefined();
    expect(JSON.parse(r.run.jobs.train!.outputs.cut!)).toEqual({ evaluate: true });
  });

  it('the one-job `run` command evaluates them where it runs', async () => {
    const checkout = realpathSync(mkdtempSync(join(tmpdir(), 'pipekit-checkout-')));
    execFileSync('git', ['clone', '-q', origin.dir, checkout]);
    const log = join(checkout, '..', `executed-${runs}.txt`);
    const call = (env: Record<string, string>) =>
      runBundledAction({
        workspace: checkout,
        inputs: { command: 'run', cache: 'false' },
        env: { PIPEKIT_TEST_LOG: log, ...env },
      });
    const here = await call({ GPU_DRIVER: '550.54' });
    expect(here.code, here.stdout).toBe(0);
    expect(JSON.parse(here.outputs.ran!)).toEqual(['prep', 'train', 'evaluate']);
    const without = await call({});
    expect(without.code).toBe(1);
    expect(JSON.parse(without.outputs.failed!)).toEqual(['train']);
    expect(without.stdout).toContain('no GPU here');
    expect(readFileSync(log, 'utf8')).toContain('prep');
  });
});
