import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/records/manifest.js';
import { PLAN_INDEX_SCHEMA, type PlanIndex } from '../../src/records/plan-index.js';
import { useActionsFixture } from '../support/actions-fixture.js';
import { makeEntry, snapshot } from './contract.js';

// A workflow's or job's `cache-mode` reaches the client as ACTIONS_CACHE_MODE; the client then
// skips what the mode forbids, quietly (an info line, a miss, a -1).
describe('ActionsStore under a cache-mode (ACTIONS_CACHE_MODE)', () => {
  const fx = useActionsFixture();
  const small = (label: string, content = label) =>
    makeEntry(fx.dir, label, { model: { 'w.bin': content } });
  const index: PlanIndex = { schema: PLAN_INDEX_SCHEMA, steps: {} };
  const saveFirst = async () => {
    const job = small('a');
    expect(await fx.store().save(job.manifest, job.outputs)).toBe(true);
    return job;
  };

  it('read: restores, never tries to save, and says so once', async () => {
    const job = await saveFirst();
    const before = fx.server.calls.length;
    fx.env.useMode('read');
    const store = fx.store();
    const found = (await store.lookup(job.manifest.key)) as Manifest;
    expect(found).toEqual(job.manifest);
    const to = fx.dests(job.outputs, 'restored');
    expect(await store.restore(found, to)).toBe(true);
    expect(snapshot(to.model!)).toEqual(snapshot(job.outputs.model!));
    for (const label of ['b', 'c']) {
      const other = small(label);
      expect(await store.save(other.manifest, other.outputs)).toBe(false);
    }
    expect(await store.saveIndex('s', index)).toBe(false);
    expect(fx.server.calls.slice(before).map((c) => c.method)).not.toContain('CreateCacheEntry');
    expect(fx.warnings).toEqual([]);
    expect(fx.infos).toEqual([
      'GitHub Actions cache-mode is read (ACTIONS_CACHE_MODE): outputs are restored, nothing is saved in this job',
    ]);
    expect(store.disabled).toBeUndefined();
  });

  it('write-only: looks nothing up, so every step runs, and saves', async () => {
    const job = await saveFirst();
    const before = fx.server.calls.length;
    fx.env.useMode('write-only');
    const store = fx.store();
    expect(await store.lookup(job.manifest.key)).toBeUndefined();
    expect(await store.lookupIndex('s')).toBeUndefined();
    expect(await store.restore(job.manifest, fx.dests(job.outputs, 'r'))).toBe(false);
    const other = small('b');
    expect(await store.save(other.manifest, other.outputs)).toBe(true);
    expect(fx.server.calls.slice(before).map((c) => c.method)).not.toContain(
      'GetCacheEntryDownloadURL',
    );
    expect(fx.warnings).toEqual([]);
    expect(fx.infos).toEqual([
      'GitHub Actions cache-mode is write-only (ACTIONS_CACHE_MODE): nothing is restored, every step runs, outputs are saved',
    ]);
  });

  it('write-only: a key another job saved first counts as saved, unread', async () => {
    const job = await saveFirst();
    fx.env.useMode('write-only');
    const store = fx.store({ otherJobWaitMs: 60_000 });
    const again = makeEntry(join(fx.dir, 'other'), 'a', { model: { 'w.bin': 'other bytes' } });
    const started = Date.now();
    expect(await store.save(again.manifest, again.outputs)).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(fx.warnings).toEqual([]);
    expect(fx.infos).toContain(
      `Step ${job.manifest.step}: already saved by another job (not read back: cache-mode write-only)`,
    );
  });

  it('none: no call to the service at all, and one line', async () => {
    const job = await saveFirst();
    const before = fx.server.calls.length;
    fx.env.useMode('none');
    const store = fx.store();
    expect(await store.lookup(job.manifest.key)).toBeUndefined();
    expect(await store.restore(job.manifest, fx.dests(job.outputs, 'r'))).toBe(false);
    expect(await store.save(job.manifest, job.outputs)).toBe(false);
    expect(await store.lookupIndex('s')).toBeUndefined();
    expect(fx.server.calls.length).toBe(before);
    expect(fx.warnings).toEqual([]);
    expect(fx.infos).toEqual([
      'GitHub Actions cache-mode is none (ACTIONS_CACHE_MODE): the cache is not used in this job, every step runs',
    ]);
  });

  it.each(['write', '', 'Something-else'])(
    '%j: reads and writes, and says nothing',
    async (mode) => {
      const job = await saveFirst();
      fx.env.useMode(mode);
      const store = fx.store();
      expect(await store.lookup(job.manifest.key)).toEqual(job.manifest);
      const other = small('b');
      expect(await store.save(other.manifest, other.outputs)).toBe(true);
      expect(fx.infos).toEqual([]);
      expect(fx.warnings).toEqual([]);
    },
  );
});
