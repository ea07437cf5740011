import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCacheServer, type CacheServer } from '../support/cache-server.js';
import { pipekitView, type PipekitRun } from '../support/pipekit-workflow.js';
import { makeRepo, type TestRepo } from '../support/repo.js';
import { runWorkflow } from '../support/workflow-runner.js';

/** A two-step pipeline; every step notes its pipeline and id in $PIPEKIT_TEST_LOG. */
const pipeline = (name: string) => `name: ${name}
steps:
  gen:
    run: |
      echo ${name}-gen >> "$PIPEKIT_TEST_LOG"
      echo ${name} > "$OUT"
    env: { OUT: "\${{ outputs.data }}" }
    outputs: { data: { type: file } }
  use:
    run: |
      echo ${name}-use >> "$PIPEKIT_TEST_LOG"
      tr a-z A-Z < "$DATA" > "$OUT"
    env: { DATA: "\${{ inputs.data }}", OUT: "\${{ outputs.upper }}" }
    inputs: { data: { type: path } }
    outputs: { upper: { type: file } }
    with: { data: "\${{ steps.gen.outputs.data }}" }
`;

/**
 * A repository with two pipelines in subfolders: each compiles to its own workflow under the
 * root's .github/workflows, and GitHub (the workflow runner) runs each correctly, with its
 * own cache entries, plan index and result check.
 */
describe('two pipelines in subfolders of one repository', () => {
  let server: CacheServer;
  let origin: TestRepo;
  let runs = 0;
  const run = async (file: string): Promise<PipekitRun> => {
    const r = await runWorkflow({
      workflow: origin.read(file),
      path: file,
      origin,
      event: { name: 'push', ref: 'refs/heads/main' },
      cache: {
        url: server.url,
        token: server.token({ scope: 'refs/heads/main', readScopes: ['refs/heads/main'] }),
      },
      runId: String(++runs),
      calls: () => server.calls.filter((c) => c.method === 'GetCacheEntryDownloadURL').length,
    });
    expect(r.triggered, r.why).toBe(true);
    expect(r.warnings).toEqual([]);
    return pipekitView(r);
  };

  beforeAll(async () => {
    server = await startCacheServer();
    origin = makeRepo({
      'ml/churn/pipeline.yml': pipeline('churn'),
      'ml/fraud/pipeline.yml': pipeline('fraud'),
      '.gitignore': '.pipekit/\n',
    });
    for (const dir of ['ml/churn', 'ml/fraud']) {
      expect(origin.cli(['compile', '-p', `${dir}/pipeline.yml`]).code).toBe(0);
    }
    origin.commit('pipekit compile');
  });
  afterAll(async () => {
    await server.close();
    origin.remove();
  });

  it('each workflow runs its own pipeline, with its own cache prefix and result check', async () => {
    const churn = await run('.github/workflows/pipekit-ml-churn.yml');
    expect(churn.executed).toEqual(['churn-gen', 'churn-use']);
    expect(churn.run.jobs.pipekit?.result).toBe('success');
    const fraud = await run('.github/workflows/pipekit-ml-fraud.yml');
    expect(fraud.executed).toEqual(['fraud-gen', 'fraud-use']);
    const keys = server.entries().map((e) => e.key);
    expect(keys.filter((k) => k.startsWith('pipekit-v1-pipekit-ml-churn-')).length).toBeGreaterThan(
      0,
    );
    expect(keys.filter((k) => k.startsWith('pipekit-v1-pipekit-ml-fraud-')).length).toBeGreaterThan(
      0,
    );
    expect(
      keys.every((k) => /^pipekit-v1-pipekit-ml-(churn|fraud)-/.test(k)),
      keys.join('\n'),
    ).toBe(true);
  });

  it('a second run of each reuses everything, one plan lookup each', async () => {
    for (const name of ['churn', 'fraud']) {
      const again = await run(`.github/workflows/pipekit-ml-${name}.yml`);
      expect(again.executed).toEqual([]);
      expect(Object.keys(again.started)).toEqual([]);
      expect(again.planCalls).toBe(1);
    }
  });
});
