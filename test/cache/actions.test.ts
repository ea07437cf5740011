import { existsSync, mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ActionsStore, type ActionsStoreOptions } from '../../src/cache/actions.js';
import type { Manifest } from '../../src/cache/store.js';
import { useCacheClientEnv, type CacheClientEnv } from '../support/actions-env.js';
import { startCacheServer, unreachableUrl, type CacheServer } from '../support/cache-server.js';
import { describeCacheStore, keyOf, makeEntry, richOutputs, snapshot } from './contract.js';

// The real @actions/cache client, in-process, against the local v2 service.
describeCacheStore('actions', async (warn) => {
  const server = await startCacheServer();
  const env = useCacheClientEnv(server.url, server.token());
  return {
    store: new ActionsStore({ warn, clientLog: () => {} }),
    // Damaged on the way out of storage, like a bad blob: the manifest entry stays intact.
    corrupt: async () =>
      server.inject({ method: 'download', key: /-o-/, damage: 'corrupt', times: Infinity }),
    cleanup: async () => {
      env.restore();
      await server.close();
    },
  };
});

describe('ActionsStore', () => {
  let server: CacheServer;
  let env: CacheClientEnv;
  let dir: string;
  let warnings: string[];
  let infos: string[];

  const mainRun = { scope: 'refs/heads/main' };
  const prRun = {
    scope: 'refs/pull/7/merge',
    readScopes: ['refs/pull/7/merge', 'refs/heads/feature', 'refs/heads/main'],
  };

  beforeEach(async () => {
    server = await startCacheServer();
    env = useCacheClientEnv(server.url, server.token(mainRun));
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'pipekit-actions-out-')));
    warnings = [];
    infos = [];
  });

  afterEach(async () => {
    env.restore();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const newStore = (options: Partial<ActionsStoreOptions> = {}) =>
    new ActionsStore({
      warn: (m) => warnings.push(m),
      info: (m) => infos.push(m),
      clientLog: () => {},
      ...options,
    });
  const dests = (outputs: Record<string, string>, where: string) =>
    Object.fromEntries(Object.keys(outputs).map((name) => [name, join(dir, where, name)]));
  const callsTo = (method: string) => server.calls.filter((c) => c.method === method).length;
  const staging = () => join(env.workspace, '.pipekit', 'xfer');

  it('saves outputs, then a manifest, under fixed-length keys with a sanitized prefix', async () => {
    const store = newStore({ prefix: 'team, a' });
    const job = makeEntry(dir, 'a', richOutputs());
    expect(await store.save(job.manifest, job.outputs)).toBe(true);
    const keys = server.entries().map((e) => e.key);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^pipekit-v1-team__a-o-[0-9a-f]{64}$/);
    expect(keys[1]).toBe(`pipekit-v1-team__a-m-${job.manifest.key}`);
    expect(server.entries().every((e) => e.finalized && e.scope === 'refs/heads/main')).toBe(true);
    expect(readdirSync(staging())).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('looks up with one call per key and downloads nothing on a miss', async () => {
    const store = newStore();
    const keys = ['a', 'b', 'c'].map(keyOf);
    expect(await Promise.all(keys.map((k) => store.lookup(k)))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(callsTo('GetCacheEntryDownloadURL')).toBe(3);
    expect(callsTo('download')).toBe(0);
  });

  it('bounds concurrent lookups', async () => {
    await server.close();
    server = await startCacheServer({ latencyMs: 50 });
    env.useUrl(server.url);
    const store = newStore({ concurrency: 3 });
    const keys = Array.from({ length: 12 }, (_, i) => keyOf(`k${i}`));
    await Promise.all(keys.map((k) => store.lookup(k)));
    expect(callsTo('GetCacheEntryDownloadURL')).toBe(12);
    expect(server.load.max).toBe(3);
  });

  it("reads the base branch's entries in a pull request; main never sees the PR's", async () => {
    const onMain = makeEntry(dir, 'main', { model: { 'w.bin': 'main' } });
    const onPr = makeEntry(dir, 'pr', { model: { 'w.bin': 'pr' } });
    expect(await newStore().save(onMain.manifest, onMain.outputs)).toBe(true);

    env.useToken(server.token(prRun));
    const pr = newStore();
    const found = await pr.lookup(onMain.manifest.key);
    expect(found).toEqual(onMain.manifest);
    const to = dests(onMain.outputs, 'pr-restored');
    expect(await pr.restore(found as Manifest, to)).toBe(true);
    expect(snapshot(to.model!)).toEqual(snapshot(onMain.outputs.model!));
    expect(await pr.save(onPr.manifest, onPr.outputs)).toBe(true);
    expect(server.entries().filter((e) => e.scope === prRun.scope)).toHaveLength(2);
    expect(await newStore().lookup(onPr.manifest.key)).toEqual(onPr.manifest);

    env.useToken(server.token(mainRun));
    expect(await newStore().lookup(onPr.manifest.key)).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('lets two jobs race to save a key: both succeed, no warning, a consistent entry', async () => {
    // A non-deterministic step: same key, different bytes in each job.
    const first = makeEntry(dir, 'x', { model: { 'w.bin': 'first' } });
    const second = makeEntry(join(dir, 'other'), 'x', { model: { 'w.bin': 'second' } });
    const saved = await Promise.all([
      newStore().save(first.manifest, first.outputs),
      newStore().save(second.manifest, second.outputs),
    ]);
    expect(saved).toEqual([true, true]);
    expect(server.calls.some((c) => c.method === 'CreateCacheEntry' && c.status === 409)).toBe(
      true,
    );
    expect(infos).toEqual([`Step ${first.manifest.step}: already saved by another job`]);
    expect(warnings).toEqual([]);

    const found = (await newStore().lookup(first.manifest.key)) as Manifest;
    const winner = found.outputs.model!.digest === first.manifest.outputs.model!.digest;
    const to = dests(first.outputs, 'restored');
    expect(await newStore().restore(found, to)).toBe(true);
    expect(snapshot(to.model!)).toEqual(snapshot((winner ? first : second).outputs.model!));
  });

  it.each(['truncate', 'cut', 'corrupt'] as const)(
    'treats a %s download as a miss: false, one warning, no destination',
    async (damage) => {
      const store = newStore();
      const job = makeEntry(dir, 'a', richOutputs());
      await store.save(job.manifest, job.outputs);
      server.inject({ method: 'download', key: /-o-/, damage });
      const to = dests(job.outputs, 'restored');
      expect(await store.restore(job.manifest, to)).toBe(false);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(`cache entry ${job.manifest.key} for step step-a is corrupt`);
      expect(existsSync(join(dir, 'restored'))).toBe(false);
      expect(readdirSync(staging())).toEqual([]);
      // A damaged download is not the service failing: the next restore works.
      expect(store.disabled).toBeUndefined();
      expect(await store.restore(job.manifest, to)).toBe(true);
    },
  );

  it('stops calling the service for the rest of the run after a 429', async () => {
    const store = newStore({ concurrency: 1 });
    server.inject({
      method: 'GetCacheEntryDownloadURL',
      status: 429,
      headers: { 'retry-after': '60' },
    });
    const found = await Promise.all(['a', 'b', 'c'].map((k) => store.lookup(keyOf(k))));
    expect(found).toEqual([undefined, undefined, undefined]);
    const job = makeEntry(dir, 'a', { model: { 'w.bin': 'w' } });
    expect(await store.save(job.manifest, job.outputs)).toBe(false);
    expect(await store.restore(job.manifest, dests(job.outputs, 'r'))).toBe(false);
    expect(server.calls.map((c) => c.method)).toEqual(['GetCacheEntryDownloadURL']);
    expect(store.disabled).toMatch(/429/);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/off for the rest of this run: .*rate-limiting.*429/);
  });

  it('gives up on a failing service after the client retries a 503', { timeout: 90_000 }, async () => {
    // The one patient test: the client retries 500/502/503/504 five times, ~25 s in all.
    const store = newStore();
    server.inject({ method: 'CreateCacheEntry', status: 503, times: Infinity });
    const job = makeEntry(dir, 'a', { model: { 'w.bin': 'w' } });
    expect(await store.save(job.manifest, job.outputs)).toBe(false);
    expect(callsTo('CreateCacheEntry')).toBe(5);
    expect(await store.lookup(job.manifest.key)).toBeUndefined();
    expect(server.calls).toHaveLength(5);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/off for the rest of this run: the cache service is failing \(503\)/);
  });

  it('warns once and misses when the service is unreachable', async () => {
    env.useUrl(await unreachableUrl());
    const store = newStore();
    const job = makeEntry(dir, 'a', { model: { 'w.bin': 'w' } });
    expect(await store.lookup(job.manifest.key)).toBeUndefined();
    expect(await store.lookup(keyOf('b'))).toBeUndefined();
    expect(await store.save(job.manifest, job.outputs)).toBe(false);
    expect(await store.restore(job.manifest, dests(job.outputs, 'r'))).toBe(false);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/unreachable \(ECONNREFUSED\)/);
    expect(existsSync(join(dir, 'r'))).toBe(false);
  });

  it('saves nothing with a read-only token but still reads', async () => {
    const job = makeEntry(dir, 'a', { model: { 'w.bin': 'w' } });
    await newStore().save(job.manifest, job.outputs);
    env.useToken(server.token({ ...mainRun, readOnly: true }));
    const store = newStore();
    const other = makeEntry(dir, 'b', { model: { 'w.bin': 'b' } });
    expect(await store.save(other.manifest, other.outputs)).toBe(false);
    expect(await store.save(other.manifest, other.outputs)).toBe(false);
    expect(callsTo('CreateCacheEntry')).toBe(3);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/read-only for this run.*cache write denied/);
    expect(await store.lookup(job.manifest.key)).toEqual(job.manifest);
  });

  it('warns once when the environment has no cache service', async () => {
    delete process.env.ACTIONS_RESULTS_URL;
    const store = newStore();
    expect(await store.lookup(keyOf('a'))).toBeUndefined();
    expect(await store.lookup(keyOf('b'))).toBeUndefined();
    expect(warnings).toEqual([
      'GitHub Actions cache off for the rest of this run: no cache service configured ' +
        '(ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset)',
    ]);
    expect(server.calls).toEqual([]);
  });
});
