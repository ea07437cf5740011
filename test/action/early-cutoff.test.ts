import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundledAction } from '../support/action-runner.js';
import { startCacheServer, type CacheServer } from '../support/cache-server.js';
import { makeRepo, type TestRepo } from '../support/repo.js';
import { SAMPLE } from '../support/sample-pipeline.js';

/**
 * Early cutoff: a step job decides the steps whose sole data upstream it is, and lists those
 * found cached in its `cut` output, so that their jobs (a GPU runner) never start.
 */
describe('a step job decides the steps it alone feeds', () => {
  let server: CacheServer;
  let origin: TestRepo;
  beforeAll(async () => {
    server = await startCacheServer();
    origin = makeRepo(SAMPLE);
  });
  afterAll(async () => {
    await server.close();
    origin.remove();
  });
  const step = (id: string) => {
    const workspace = realpathSync(mkdtempSync(join(tmpdir(), 'pipekit-checkout-')));
    execFileSync('git', ['clone', '-q', origin.dir, workspace]);
    return runBundledAction({
      workspace,
      inputs: { command: 'step', step: id },
      cache: { url: server.url, token: server.token() },
      env: { PIPEKIT_TEST_LOG: '/dev/null' },
    });
  };

  it('lists nothing before its dependents were ever cached', async () => {
    const gen = await step('gen');
    expect(gen.code, gen.stdout).toBe(0);
    expect(JSON.parse(gen.outputs.cut!)).toEqual({});
    for (const id of ['double', 'stats', 'report']) expect((await step(id)).code).toBe(0);
  });

  it('cuts off double and stats when gen reruns to identical bytes; report is double’s to decide', async () => {
    origin.write({
      'steps/gen/gen.sh': `${SAMPLE['steps/gen/gen.sh']!}# a comment changes the key, not the output\n`,
    });
    origin.commit('gen: comment');
    const gen = await step('gen');
    expect(JSON.parse(gen.outputs.ran!)).toEqual(['gen']);
    expect(JSON.parse(gen.outputs.cut!)).toEqual({ double: true, stats: true });
    expect(gen.stdout).toContain(
      "early cutoff: double is cached with gen's new outputs; its job will not start",
    );
  });

  it('cuts off nothing when gen’s output changed', async () => {
    origin.write({ 'data/raw.txt': 'alpha\nbeta\ngamma\n' });
    origin.commit('data: one more row');
    const gen = await step('gen');
    expect(JSON.parse(gen.outputs.ran!)).toEqual(['gen']);
    expect(JSON.parse(gen.outputs.cut!)).toEqual({});
  });
});
