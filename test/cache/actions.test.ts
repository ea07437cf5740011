import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActionsStore } from '../../src/cache/actions.js';
import type { Manifest } from '../../src/records/manifest.js';
import { useActionsFixture } from '../support/actions-fixture.js';
import { useCacheClientEnv } from '../support/actions-env.js';
import { startCacheServer, unreachableUrl } from '../support/cache-server.js';
import { describeCacheStore, keyOf, makeEntry, richOutputs, snapshot } from './contract.js';
import { asKey } from '../support/brands.js';

// The real @actions/cache client, in-process, against the local v2 service.
describeCacheStore('actions', async (warn) => {
  const server = await startCacheServer();
  const env = useCacheClientEnv(server.url, server.token());
  return {
    store: new ActionsStore({ warn, clientLog: () => {} }),
    // Damaged on the way out of storage, like a bad blob: the manifest entry stays intact.
    corrupt: async () =>
      server.inject({ method: 'download', key: /-o-/, damage: 'corrupt', times: Infinity }),
    keepsDamagedEntries: true,
    cleanup: async () => {
      env.restore();
      await server.close();
    },
  };
});

describe('ActionsStore', () => {
  const fx = useActionsFixture();
  const mainRun = { scope: 'refs/heads/main' };
  const prRun = {
    scope: 'refs/pull/7/merge',
    readScopes: ['refs/pull/7/merge', 'refs/heads/feature', 'refs/heads/main'],
  };
  const small = (label: string, content = label) =>
    makeEntry(fx.dir, label, { model: { 'w.bin': content } });

  it('saves outputs, then a manifest, under fixed-length keys with a sanitized prefix', async () => {
    const job = makeEntry(fx.dir, 'a', richOutputs());
    expect(await fx.store({ prefix: 'team, a' }).save(job.manifest, job.outputs)).toBe(true);
    const keys = fx.server.entries().map((e) => e.key);
    expect(keys).toEqual([
      expect.stringMatching(/^pipekit-v1-team__a-o-[0-9a-f]{64}$/),
      `pipekit-v1-team__a-m-${job.manifest.key}`,
    ]);
    expect(fx.server.entries().every((e) => e.finalized && e.scope === mainRun.scope)).toBe(true);
    expect(readdirSync(fx.staging())).toEqual([]);
    expect(fx.warnings).toEqual([]);
  });

  it('looks up with one call per key and downloads nothing on a miss', async () => {
    const store = fx.store();
    const found = await Promise.all(['a', 'b', 'c'].map((k) => store.lookup(keyOf(k))));
    expect(found).toEqual([undefined, undefined, undefined]);
    expect(fx.callsTo('GetCacheEntryDownloadURL')).toBe(3);
    expect(fx.callsTo('download')).toBe(0);
  });

  it('does not take an entry whose key merely starts with the one asked for', async () => {
    const store = fx.store();
    const key = keyOf('a');
    expect(await store.lookup(asKey(key))).toBeUndefined();
    // Same paths, so same version: an entry of another tool that extends pipekit's key.
    const version = fx.server.calls[0]!.version!;
    const other = small('b');
    await store.save(other.manifest, other.outputs);
    const blob = fx.server.blob(`pipekit-v1-m-${other.manifest.key}`)!;
    fx.server.seed({ key: `pipekit-v1-m-${key}-extended`, version, blob });
    expect(await store.lookup(asKey(key))).toBeUndefined();
    expect(fx.server.calls.at(-1)).toMatchObject({ method: 'download', status: 200 });
    expect(fx.warnings).toEqual([]);
  });

  it('bounds concurrent lookups', async () => {
    await fx.restartServer({ latencyMs: 50 });
    const store = fx.store({ concurrency: 3 });
    await Promise.all(Array.from({ length: 12 }, (_, i) => store.lookup(keyOf(`k${i}`))));
    expect(fx.callsTo('GetCacheEntryDownloadURL')).toBe(12);
    expect(fx.server.load.max).toBe(3);
  });

  it("reads the base branch's entries in a pull request; main never sees the PR's", async () => {
    const [onMain, onPr] = [small('main'), small('pr')];
    expect(await fx.store().save(onMain.manifest, onMain.outputs)).toBe(true);

    fx.env.useToken(fx.server.token(prRun));
    const pr = fx.store();
    const found = await pr.lookup(onMain.manifest.key);
    expect(found).toEqual(onMain.manifest);
    const to = fx.dests(onMain.outputs, 'pr-restored');
    expect(await pr.restore(found as Manifest, to)).toBe(true);
    expect(snapshot(to.model!)).toEqual(snapshot(onMain.outputs.model!));
    expect(await pr.save(onPr.manifest, onPr.outputs)).toBe(true);
    expect(fx.server.entries().filter((e) => e.scope === prRun.scope)).toHaveLength(2);
    expect(await fx.store().lookup(onPr.manifest.key)).toEqual(onPr.manifest);

    fx.env.useToken(fx.server.token(mainRun));
    expect(await fx.store().lookup(onPr.manifest.key)).toBeUndefined();
    expect(fx.warnings).toEqual([]);
  });

  it('lets two jobs race to save a key: both succeed, no warning, a consistent entry', async () => {
    // A non-deterministic step: same key, different bytes in each job. Both stores stage in
    // this one process's workspace, so their uploads of one entry take turns: the loser's 409
    // is for a finished entry (in-flight ones are below).
    const first = small('x', 'first');
    const second = makeEntry(join(fx.dir, 'other'), 'x', { model: { 'w.bin': 'second' } });
    const saved = await Promise.all([
      fx.store().save(first.manifest, first.outputs),
      fx.store().save(second.manifest, second.outputs),
    ]);
    expect(saved).toEqual([true, true]);
    const conflict = fx.server.calls.find((c) => c.status === 409);
    expect(conflict).toMatchObject({ method: 'CreateCacheEntry' });
    expect(fx.infos).toEqual([`Step ${first.manifest.step}: already saved by another job`]);
    expect(fx.warnings).toEqual([]);

    const found = (await fx.store().lookup(first.manifest.key)) as Manifest;
    const winner = found.outputs.model!.digest === first.manifest.outputs.model!.digest;
    const to = fx.dests(first.outputs, 'restored');
    expect(await fx.store().restore(found, to)).toBe(true);
    expect(snapshot(to.model!)).toEqual(snapshot((winner ? first : second).outputs.model!));
  });

  /** Resolves once `check` holds, polling: for steps of a save that is still running. */
  async function until(check: () => boolean): Promise<void> {
    while (!check()) await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const missesOf = (key: string) =>
    fx.server.calls.filter((c) => c.method === 'GetCacheEntryDownloadURL' && c.key === key).length;
  const outputsKey = () => fx.server.entries().find((e) => e.key.includes('-o-'))!.key;

  it("waits for another job's manifest still uploading, and counts it once it lands", async () => {
    const first = small('x', 'first');
    const second = makeEntry(join(fx.dir, 'other'), 'x', { model: { 'w.bin': 'second' } });
    expect(await fx.store().save(first.manifest, first.outputs)).toBe(true);
    const manifestKey = `pipekit-v1-m-${first.manifest.key}`;
    const held = fx.server.hold(manifestKey);
    const saving = fx.store().save(second.manifest, second.outputs);
    await until(() => missesOf(manifestKey) > 0);
    held.release();
    expect(await saving).toBe(true);
    expect(fx.server.calls).toContainEqual(
      expect.objectContaining({ method: 'CreateCacheEntry', key: manifestKey, status: 409 }),
    );
    expect(fx.infos).toEqual([`Step ${first.manifest.step}: already saved by another job`]);
    expect(fx.warnings).toEqual([]);
    expect(await fx.store().lookup(first.manifest.key)).toEqual(first.manifest);
  });

  it("does not count another job's manifest upload that never finishes", async () => {
    const first = small('x', 'first');
    const second = makeEntry(join(fx.dir, 'other'), 'x', { model: { 'w.bin': 'second' } });
    expect(await fx.store().save(first.manifest, first.outputs)).toBe(true);
    const manifestKey = `pipekit-v1-m-${first.manifest.key}`;
    const held = fx.server.hold(manifestKey);
    const store = fx.store({ otherJobWaitMs: 300 });
    const saving = store.save(second.manifest, second.outputs);
    await until(() => missesOf(manifestKey) > 0);
    held.abandon();
    expect(await saving).toBe(false);
    expect(fx.infos).toEqual([]);
    expect(fx.warnings).toEqual([
      `could not save the cache entry of step step-x: its key ${manifestKey} is reserved by an ` +
        'upload that did not finish in 0.3 s (a run cancelled while saving leaves its key ' +
        'reserved for up to a day); the outputs of step step-x were not saved',
    ]);
    expect(store.disabled).toBeUndefined();
    expect(await fx.store().lookup(first.manifest.key)).toBeUndefined();
  });

  it("writes a manifest over another job's outputs upload only once that has landed", async () => {
    // A deterministic step's outputs, made by two steps: one entry, named by the digests.
    const [a, b] = [small('a', 'same'), small('b', 'same')];
    expect(await fx.store().save(a.manifest, a.outputs)).toBe(true);
    const held = fx.server.hold(outputsKey());
    const saving = fx.store().save(b.manifest, b.outputs);
    await until(() => missesOf(outputsKey()) > 0);
    expect(fx.server.entries().map((e) => e.key)).not.toContain(`pipekit-v1-m-${b.manifest.key}`);
    held.release();
    expect(await saving).toBe(true);
    expect(fx.warnings).toEqual([]);
    const found = (await fx.store().lookup(b.manifest.key)) as Manifest;
    const to = fx.dests(b.outputs, 'restored');
    expect(await fx.store().restore(found, to)).toBe(true);
    expect(snapshot(to.model!)).toEqual(snapshot(b.outputs.model!));
  });

  it("saves no manifest over another job's outputs upload that never finishes", async () => {
    const [a, b] = [small('a', 'same'), small('b', 'same')];
    expect(await fx.store().save(a.manifest, a.outputs)).toBe(true);
    // The first job died mid-upload; its reservation outlives this job's wait.
    fx.server.hold(outputsKey());
    expect(await fx.store({ otherJobWaitMs: 300 }).save(b.manifest, b.outputs)).toBe(false);
    expect(fx.warnings).toEqual([
      expect.stringMatching(
        /its key .*-o-.* is reserved by an upload that did not finish in 0\.3 s/,
      ),
    ]);
    expect(fx.server.entries().map((e) => e.key)).not.toContain(`pipekit-v1-m-${b.manifest.key}`);
    expect(await fx.store().lookup(b.manifest.key)).toBeUndefined();
  });

  it.each(['truncate', 'cut', 'corrupt'] as const)(
    'treats a %s download as a miss: false, one warning, no destination',
    async (damage) => {
      const store = fx.store();
      const job = makeEntry(fx.dir, 'a', richOutputs());
      await store.save(job.manifest, job.outputs);
      fx.server.inject({ method: 'download', key: /-o-/, damage });
      const to = fx.dests(job.outputs, 'restored');
      expect(await store.restore(job.manifest, to)).toBe(false);
      expect(fx.warnings).toEqual([
        expect.stringContaining(`cache entry ${job.manifest.key} for step step-a is corrupt`),
      ]);
      expect(existsSync(join(fx.dir, 'restored'))).toBe(false);
      expect(readdirSync(fx.staging())).toEqual([]);
      // A damaged download is not the service failing: the next restore works.
      expect(store.disabled).toBeUndefined();
      expect(await store.restore(job.manifest, to)).toBe(true);
    },
  );

  it('rejects a well-formed archive whose files are not what the manifest says', async () => {
    const [a, b] = [small('a'), small('b')];
    const store = fx.store();
    await store.save(a.manifest, a.outputs);
    await store.save(b.manifest, b.outputs);
    const [aKey, bKey] = fx.server
      .entries()
      .filter((e) => e.key.includes('-o-'))
      .map((e) => e.key);
    fx.server.setBlob(aKey!, fx.server.blob(bKey!)!);
    const to = fx.dests(a.outputs, 'restored');
    expect(await store.restore(a.manifest, to)).toBe(false);
    expect(fx.warnings).toEqual([expect.stringMatching(/is corrupt: .*gh cache delete/)]);
    expect(readdirSync(join(fx.dir, 'restored'))).toEqual([]);
  });

  it('treats a damaged manifest download as a miss with a warning', async () => {
    const job = small('a');
    await fx.store().save(job.manifest, job.outputs);
    fx.server.inject({ method: 'download', key: /-m-/, damage: 'cut' });
    expect(await fx.store().lookup(job.manifest.key)).toBeUndefined();
    expect(fx.warnings).toEqual([
      expect.stringContaining(`could not look up cache entry ${job.manifest.key}`),
    ]);
  });

  it(
    'gives up on a failing service after the client retries a 503',
    { timeout: 90_000 },
    async () => {
      // The one patient test: the client retries 500/502/503/504 five times, ~25 s in all.
      const store = fx.store();
      fx.server.inject({ method: 'CreateCacheEntry', status: 503, times: Infinity });
      const job = small('a');
      expect(await store.save(job.manifest, job.outputs)).toBe(false);
      expect(fx.callsTo('CreateCacheEntry')).toBe(5);
      expect(await store.lookup(job.manifest.key)).toBeUndefined();
      expect(fx.server.calls).toHaveLength(5);
      expect(fx.warnings).toEqual([
        expect.stringMatching(/off for the rest of this run: the cache service is failing \(503\)/),
      ]);
    },
  );

  it('warns once and misses when the service is unreachable', async () => {
    fx.env.useUrl(await unreachableUrl());
    const store = fx.store();
    const job = small('a');
    expect(await store.lookup(job.manifest.key)).toBeUndefined();
    expect(await store.lookup(keyOf('b'))).toBeUndefined();
    expect(await store.save(job.manifest, job.outputs)).toBe(false);
    expect(await store.restore(job.manifest, fx.dests(job.outputs, 'r'))).toBe(false);
    expect(fx.warnings).toEqual([expect.stringMatching(/unreachable \(ECONNREFUSED\)/)]);
    expect(existsSync(join(fx.dir, 'r'))).toBe(false);
  });

  it('saves nothing with a read-only token but still reads', async () => {
    const job = small('a');
    await fx.store().save(job.manifest, job.outputs);
    fx.env.useToken(fx.server.token({ ...mainRun, readOnly: true }));
    const store = fx.store();
    const other = small('b');
    expect(await store.save(other.manifest, other.outputs)).toBe(false);
    expect(await store.save(other.manifest, other.outputs)).toBe(false);
    expect(fx.callsTo('CreateCacheEntry')).toBe(3);
    expect(fx.warnings).toEqual([expect.stringMatching(/read-only.*cache write denied/)]);
    expect(await store.lookup(job.manifest.key)).toEqual(job.manifest);
  });

  it('warns once when the environment has no cache service', async () => {
    delete process.env.ACTIONS_RESULTS_URL;
    const store = fx.store();
    expect(await store.lookup(keyOf('a'))).toBeUndefined();
    expect(await store.lookup(keyOf('b'))).toBeUndefined();
    expect(fx.warnings).toEqual([
      'GitHub Actions cache off for the rest of this run: no cache service configured ' +
        '(ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset)',
    ]);
    expect(fx.server.calls).toEqual([]);
  });
});
