import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCacheServer, type CacheServer } from '../support/cache-server.js';
import { commitCompiledWorkflow, runPipekitWorkflow } from '../support/pipekit-workflow.js';
import { makeRepo, type TestRepo } from '../support/repo.js';
import { SAMPLE } from '../support/sample-pipeline.js';

const MAIN = { scope: 'refs/heads/main', readScopes: ['refs/heads/main'] };

/**
 * The service evicts an outputs entry (unused for 7 days, or past the size budget) while the
 * small manifest and the plan index that point at it survive: a whole workflow run then
 * runs that step in its own job, the dependent restores it, and nothing runs twice.
 */
describe('an outputs entry evicted under its manifest and plan index', () => {
  let server: CacheServer;
  let origin: TestRepo;
  let runs = 0;
  const run = (): ReturnType<typeof runPipekitWorkflow> =>
    runPipekitWorkflow(origin, {
      cache: { url: server.url, token: server.token(MAIN) },
      runId: String(++runs),
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

  it('runs the evicted step in its own job, once, and the dependent restores it', async () => {
    const first = await run();
    expect(first.executed).toEqual(['double', 'gen', 'publish', 'report', 'stats']);
    // The runner runs the jobs one at a time in the workflow's order: gen, double, stats,
    // report; so the second outputs entry created is double's.
    const created = server.calls
      .filter((c) => c.method === 'CreateCacheEntry' && c.key?.includes('-o-'))
      .map((c) => c.key!);
    expect(created).toHaveLength(4);
    const doubleEntry = created[1];
    server.evict(doubleEntry!);
    // report changes, so its job must read double's outputs.
    origin.write({
      'pipeline.yml': SAMPLE['pipeline.yml']!.replace('echo report >>', 'echo "report" >>'),
    });
    origin.commit('report: quoting');
    const second = await run();
    expect(second.jobs).toEqual({
      gen: false,
      double: true,
      stats: false,
      report: true,
      publish: true,
    });
    expect(second.plan.stdout).toMatch(/run\s+double\s+its outputs entry for \w+ is gone/);
    // double ran in its own job; report restored it and ran; nothing ran twice.
    expect(second.executed).toEqual(['double', 'publish', 'report']);
    expect(JSON.parse(second.started.double!.outputs.ran!)).toEqual(['double']);
    expect(JSON.parse(second.started.report!.outputs.ran!)).toEqual(['report']);
    expect(second.run.jobs.pipekit?.result).toBe('success');
  });
});
