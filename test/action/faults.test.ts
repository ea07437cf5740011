import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBundledAction } from '../support/action-runner.js';
import { startCacheServer, type CacheServer, type Fault } from '../support/cache-server.js';
import { makeRepo, type TestRepo } from '../support/repo.js';
import { SAMPLE } from '../support/sample-pipeline.js';

const EXPECTED = 'ALPHA x2\nBETA x2\n';

describe('the cache is an optimisation: service faults are warnings and the run succeeds', () => {
  let server: CacheServer;
  let origin: TestRepo;
  beforeEach(async () => {
    server = await startCacheServer();
    origin = makeRepo(SAMPLE);
  });
  afterEach(async () => {
    await server.close().catch(() => undefined);
    origin.remove();
  });

  const checkout = (): string => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'pipekit-checkout-')));
    execFileSync('git', ['clone', '-q', origin.dir, dir]);
    return dir;
  };
  const action = (workspace: string, inputs: Record<string, string>, url = server.url) =>
    runBundledAction({
      workspace,
      inputs,
      cache: { url, token: server.token() },
      env: { PIPEKIT_TEST_LOG: '/dev/null' },
    });
  const report = (workspace: string): string =>
    readFileSync(join(workspace, '.pipekit/out/report/summary'), 'utf8');
  const warnings = (stdout: string): string[] =>
    stdout.split('\n').filter((l) => l.startsWith('::warning'));

  it('service unreachable: every step runs, with a warning', async () => {
    await server.close();
    const ws = checkout();
    const r = await action(ws, { command: 'run' });
    expect(r.code, r.stdout).toBe(0);
    expect(JSON.parse(r.outputs.ran!)).toHaveLength(5);
    expect(report(ws)).toBe(EXPECTED);
    expect(warnings(r.stdout).length).toBeGreaterThan(0);
  });

  it('429: the run waits as Retry-After says, tries once more, then stops calling the service', async () => {
    server.inject({
      method: 'GetCacheEntryDownloadURL',
      status: 429,
      times: Infinity,
      headers: { 'retry-after': '1' },
      body: { code: 'resource_exhausted', msg: 'rate limited' },
    });
    const ws = checkout();
    const r = await action(ws, { command: 'run' });
    expect(r.code, r.stdout).toBe(0);
    expect(report(ws)).toBe(EXPECTED);
    expect(server.calls.filter((c) => c.method === 'GetCacheEntryDownloadURL')).toHaveLength(2);
    expect(server.calls.filter((c) => c.method === 'CreateCacheEntry')).toHaveLength(0);
    expect(warnings(r.stdout)).toEqual([
      expect.stringMatching(/rate-limited \(429\); waiting 1 s, as the service asks/),
      expect.stringMatching(/off for the rest of this run: .*429.*still after waiting 1 s/),
    ]);
  });

  it('409 when two jobs save one key: both succeed', async () => {
    const [a, b] = await Promise.all(
      [checkout(), checkout()].map((ws) => action(ws, { command: 'step', step: 'gen' })),
    );
    expect(a!.code, a!.stdout).toBe(0);
    expect(b!.code, b!.stdout).toBe(0);
    const next = await action(checkout(), { command: 'step', step: 'gen' });
    expect(JSON.parse(next.outputs.cached!)).toEqual(['gen']);
  });

  for (const [damage, done] of [
    ['truncate', 'truncated'],
    ['corrupt', 'corrupted'],
  ] as const) {
    it(`a ${done} download fails the step job at once, naming the upstream; no other step runs in it`, async () => {
      for (const id of ['gen', 'double']) {
        expect((await action(checkout(), { command: 'step', step: id })).code).toBe(0);
      }
      // Damage the outputs entries only: the manifests still read, so the damage shows on restore.
      expect(server.entries().some((e) => e.key.includes('-o-'))).toBe(true);
      server.inject({ method: 'download', key: /-o-/, damage, times: Infinity } satisfies Fault);
      const trace = join(realpathSync(mkdtempSync(join(tmpdir(), 'pipekit-trace-'))), 'log');
      writeFileSync(trace, '');
      const r = await runBundledAction({
        workspace: checkout(),
        inputs: { command: 'step', step: 'report' },
        cache: { url: server.url, token: server.token() },
        env: { PIPEKIT_TEST_LOG: trace },
      });
      expect(r.code).not.toBe(0);
      expect(r.stdout).toContain(
        'upstream double has no usable outputs in the cache (evicted after 7 days unused',
      );
      expect(r.stdout).toContain('its plan runs double in its own job');
      // Neither the upstream nor the step itself executed on this job's runner.
      expect(readFileSync(trace, 'utf8')).toBe('');
      expect(JSON.parse(r.outputs.failed!)).toEqual(['report']);
    });
  }

  it('an outputs entry evicted under a manifest that survives: the plan runs that step in its own job', async () => {
    const outputsEntries = () => server.entries().filter((e) => e.key.includes('-o-'));
    expect((await action(checkout(), { command: 'step', step: 'gen' })).code).toBe(0);
    const before = new Set(outputsEntries().map((e) => e.key));
    expect((await action(checkout(), { command: 'step', step: 'double' })).code).toBe(0);
    const doubles = outputsEntries().filter((e) => !before.has(e.key));
    expect(doubles).toHaveLength(1);
    // `report` changes, so its job reads double's outputs; double's entry is gone.
    origin.write({
      'pipeline.yml': SAMPLE['pipeline.yml']!.replace('echo report >>', 'echo "report" >>'),
    });
    origin.commit('report: quoting');
    server.hold(doubles[0]!.key);
    const plan = await action(checkout(), { command: 'plan' });
    expect(plan.code, plan.stdout).toBe(0);
    expect(JSON.parse(plan.outputs.jobs!)).toEqual({
      gen: false,
      double: true,
      stats: true,
      report: true,
      publish: true,
    });
    expect(plan.stdout).toMatch(
      /run\s+double\s+its outputs entry for \w+ is gone from the cache \(evicted\): it runs in its own job/,
    );
  });

  it(
    '5xx on create: the step still succeeds and says the cache was not saved',
    { timeout: 120_000 },
    async () => {
      server.inject({
        method: 'CreateCacheEntry',
        status: 500,
        times: Infinity,
        body: { code: 'internal', msg: 'boom' },
      });
      const ws = checkout();
      const r = await action(ws, { command: 'step', step: 'gen' });
      expect(r.code, r.stdout).toBe(0);
      expect(JSON.parse(r.outputs.ran!)).toEqual(['gen']);
      expect(warnings(r.stdout).length).toBeGreaterThan(0);
    },
  );
});
