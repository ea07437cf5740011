import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCacheServer, type CacheServer } from '../support/cache-server.js';
import {
  commitCompiledWorkflow,
  runPipekitWorkflow,
  WORKFLOW_PATH,
  type PipekitRun,
} from '../support/pipekit-workflow.js';
import { runWorkflow } from '../support/workflow-runner.js';
import { makeRepo, type TestRepo } from '../support/repo.js';

/**
 * A matrix step through its compiled workflow, run job by job as GitHub would: one matrix
 * job whose include is the plan's list of the instances that must run.
 */
const PIPELINE = `name: sweep
steps:
  prepare:
    run: |
      echo prepare >> "$PIPEKIT_TEST_LOG"
      echo rows > \${{ outputs.data }}
    outputs:
      data: { type: file }
  train:
    matrix:
      rate: [1, 2]
    run: |
      echo "train \${{ inputs.rate }}" >> "$PIPEKIT_TEST_LOG"
      [ "\${{ inputs.rate }}" != 9 ] || exit 3
      echo "rate \${{ inputs.rate }}" > \${{ outputs.model }}/weights
    inputs:
      data: { type: path }
      rate: { type: integer }
    outputs:
      model: { type: dir }
    with:
      data: \${{ steps.prepare.outputs.data }}
      rate: \${{ matrix.rate }}
  select:
    run: |
      echo select >> "$PIPEKIT_TEST_LOG"
      cat \${{ inputs.models }}/index.json \${{ inputs.models }}/*/weights > \${{ outputs.best }}
    inputs:
      models: { type: path }
    outputs:
      best: { type: file }
    with:
      models: \${{ steps.train.outputs.model }}
`;

describe(
  'a matrix step on GitHub: one matrix job of the instances that must run',
  { timeout: 120_000 },
  () => {
    let server: CacheServer;
    let origin: TestRepo;
    let runs = 0;
    const run = async (): Promise<PipekitRun> =>
      runPipekitWorkflow(origin, {
        cache: { url: server.url, token: server.token({ scope: 'refs/heads/main' }) },
        runId: String(++runs),
      });
    const setRates = (rates: string) => {
      origin.write({ 'pipeline.yml': PIPELINE.replace('rate: [1, 2]', `rate: [${rates}]`) });
      commitCompiledWorkflow(origin);
    };
    beforeAll(async () => {
      server = await startCacheServer();
      origin = makeRepo({ 'pipeline.yml': PIPELINE });
      commitCompiledWorkflow(origin);
    });
    afterAll(async () => {
      await server.close();
      origin.remove();
    });

    it('runs each instance in a job of its own, named with its values; select reads them all', async () => {
      const r = await run();
      const train = r.run.jobs.train!;
      expect(train.result).toBe('success');
      expect(train.instances?.map((i) => [i.name, i.matrix])).toEqual([
        ['train[rate=1]', { instance: 'rate=1' }],
        ['train[rate=2]', { instance: 'rate=2' }],
      ]);
      expect(Object.keys(r.started)).toEqual([
        'prepare',
        'train[rate=1]',
        'train[rate=2]',
        'select',
      ]);
      for (const action of Object.values(r.started)) expect(action.code, action.stdout).toBe(0);
      expect(r.executed).toEqual(['prepare', 'select', 'train 1', 'train 2']);
      expect(r.report.code, r.report.stdout).toBe(0);
      expect(r.report.summary).toMatch(/Result: passed/);
    });

    it('skips the matrix job, never an empty matrix, when every instance is cached', async () => {
      const r = await run();
      expect(r.jobs).toEqual({ prepare: false, train: false, select: false });
      expect(JSON.parse(r.plan.outputs.matrix!)).toEqual({ train: [] });
      expect(r.run.jobs.train!.result).toBe('skipped');
      expect(r.run.jobs.train!.started).toBe(false);
      expect(r.executed).toEqual([]);
      expect(r.report.summary).toMatch(/Result: passed/);
    });

    it('runs one instance for one added grid point; select reruns', async () => {
      setRates('1, 2, 3');
      const r = await run();
      expect(JSON.parse(r.plan.outputs.matrix!)).toEqual({ train: [{ instance: 'rate=3' }] });
      expect(Object.keys(r.started)).toEqual(['train[rate=3]', 'select']);
      expect(r.executed).toEqual(['select', 'train 3']);
      expect(r.report.summary).toMatch(/Result: passed/);
    });

    it('runs no instance for a removed grid point; select reruns', async () => {
      setRates('1, 3');
      const r = await run();
      expect(r.run.jobs.train!.started).toBe(false);
      expect(r.executed).toEqual(['select']);
    });

    it('runs every instance though one fails; the job fails, select does not start, the run fails', async () => {
      setRates('4, 9, 5');
      // The result job fails: the run is read as it is, not through pipekit's view of a good run.
      const { jobs } = await runWorkflow({
        workflow: origin.read(WORKFLOW_PATH),
        origin,
        event: { name: 'push', ref: 'refs/heads/main' },
        cache: { url: server.url, token: server.token({ scope: 'refs/heads/main' }) },
        runId: String(++runs),
      });
      expect(jobs.train?.result).toBe('failure');
      expect(jobs.train?.instances?.map((i) => i.result)).toEqual([
        'success',
        'failure',
        'success',
      ]);
      expect(jobs.select?.result).toBe('skipped');
      expect(jobs.pipekit?.result).toBe('failure');
      expect(jobs.pipekit?.actions[0]?.summary).toMatch(/- train failed/);
    });
  },
);
