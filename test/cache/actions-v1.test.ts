import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ActionsStore } from '../../src/cache/actions.js';
import type { Manifest } from '../../src/records/manifest.js';
import { useActionsFixture } from '../support/actions-fixture.js';
import { useCacheClientEnv } from '../support/actions-env.js';
import { startCacheServer } from '../support/cache-server.js';
import { fakeClock, type TestClock } from '../support/fake-clock.js';
import { describeCacheStore, makeEntry, snapshot } from './contract.js';

// GHES speaks protocol v1: REST, and errors whose status the client drops.
describeCacheStore('actions (v1, GHES)', async (warn) => {
  const server = await startCacheServer({ protocol: 'v1' });
  const env = useCacheClientEnv(server.url, server.token(), 'v1');
  return {
    store: new ActionsStore({ warn, clientLog: () => {} }),
    corrupt: async () =>
      server.inject({ method: 'download', key: /-o-/, damage: 'corrupt', times: Infinity }),
    keepsDamagedEntries: true,
    cleanup: async () => {
      env.restore();
      await server.close();
    },
  };
});

describe('ActionsStore on GHES (protocol v1)', () => {
  const fx = useActionsFixture({ protocol: 'v1' });
  let clock: TestClock;
  beforeEach(() => {
    clock = fakeClock();
  });
  const small = (label: string, content = label) =>
    makeEntry(fx.dir, label, { model: { 'w.bin': content } });

  it("knows a 409 by GHES's message: two jobs race to save a key, both succeed, no warning", async () => {
    const first = small('x', 'first');
    const second = makeEntry(join(fx.dir, 'other'), 'x', { model: { 'w.bin': 'second' } });
    expect(await fx.store().save(first.manifest, first.outputs)).toBe(true);
    expect(await fx.store().save(second.manifest, second.outputs)).toBe(true);
    expect(fx.server.calls).toContainEqual(
      expect.objectContaining({ method: 'CreateCacheEntry', status: 409 }),
    );
    expect(fx.warnings).toEqual([]);
    expect(fx.infos).toEqual([`Step ${first.manifest.step}: already saved by another job`]);
    const found = (await fx.store().lookup(first.manifest.key)) as Manifest;
    const to = fx.dests(first.outputs, 'restored');
    expect(await fx.store().restore(found, to)).toBe(true);
    expect(snapshot(to.model!)).toEqual(snapshot(first.outputs.model!));
  });

  it('says a key a cancelled run reserved is reserved, after seconds', async () => {
    fx.server.strand(/-m-/);
    const job = small('a');
    expect(await fx.store({ clock }).save(job.manifest, job.outputs)).toBe(false);
    expect(clock.elapsed()).toBe(5_000);
    expect(fx.warnings).toEqual([
      expect.stringMatching(
        /^could not save the cache entry of step step-a: its key .* is reserved/,
      ),
    ]);
  });

  it('waits for a 429 with no Retry-After to see (v1 does not show it), then tries again', async () => {
    fx.server.inject({ method: 'GetCacheEntryDownloadURL', status: 429 });
    const job = small('a');
    expect(await fx.store().save(job.manifest, job.outputs)).toBe(true);
    const store = fx.store({ clock });
    expect(await store.lookup(job.manifest.key)).toEqual(job.manifest);
    expect(clock.slept).toEqual([5_000]);
    expect(fx.warnings).toEqual([
      'GitHub Actions cache: rate-limited (429); waiting 5 s (the service gave no Retry-After), then trying once more',
    ]);
  });

  it('saves nothing with a read-only token, and says so once', async () => {
    fx.env.useToken(fx.server.token({ scope: 'refs/heads/main', readOnly: true }));
    const store = fx.store();
    const job = small('a');
    expect(await store.save(job.manifest, job.outputs)).toBe(false);
    expect(await store.save(job.manifest, job.outputs)).toBe(false);
    expect(fx.warnings).toEqual([expect.stringMatching(/read-only.*cache write denied/)]);
  });
});
