import { beforeEach, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/records/manifest.js';
import { useActionsFixture } from '../support/actions-fixture.js';
import { fakeClock, type TestClock } from '../support/fake-clock.js';
import { keyOf, makeEntry } from './contract.js';

// The service answers 429 past 200 uploads a minute per repository, with Retry-After; the
// client does not retry it. pipekit waits (at most a minute) and tries once more.
describe('ActionsStore and a rate limit (429)', () => {
  const fx = useActionsFixture();
  let clock: TestClock;
  beforeEach(() => {
    clock = fakeClock();
  });
  const small = (label: string) => makeEntry(fx.dir, label, { model: { 'w.bin': label } });
  const rateLimit = (retryAfter?: string, times = 1) => ({
    status: 429,
    times,
    headers: retryAfter === undefined ? undefined : { 'retry-after': retryAfter },
    body: { code: 'resource_exhausted', msg: 'rate limited' },
  });
  const waiting = (what: string) =>
    `GitHub Actions cache: rate-limited (429); waiting ${what}, then trying once more`;

  it('waits as long as Retry-After says, says so in one line, and saves on the second try', async () => {
    const store = fx.store({ clock });
    fx.server.inject({ method: 'CreateCacheEntry', ...rateLimit('17') });
    const job = small('a');
    expect(await store.save(job.manifest, job.outputs)).toBe(true);
    expect(clock.slept).toEqual([17_000]);
    expect(fx.warnings).toEqual([waiting('17 s, as the service asks (Retry-After)')]);
    expect(
      fx.server.calls.filter((c) => c.method === 'CreateCacheEntry').map((c) => c.status),
    ).toEqual([429, 200, 200]);
    expect(store.disabled).toBeUndefined();
    expect(await store.lookup(job.manifest.key)).toEqual(job.manifest);
  });

  it('reads Retry-After given as a date', async () => {
    const store = fx.store({ clock });
    const at = new Date(clock.now() + 30_000).toUTCString();
    fx.server.inject({ method: 'CreateCacheEntry', ...rateLimit(at) });
    const job = small('a');
    expect(await store.save(job.manifest, job.outputs)).toBe(true);
    expect(clock.elapsed()).toBe(30_000);
    expect(fx.warnings).toEqual([waiting('30 s, as the service asks (Retry-After)')]);
  });

  it('waits a short while when the service gives no Retry-After', async () => {
    const store = fx.store({ clock });
    fx.server.inject({ method: 'CreateCacheEntry', ...rateLimit() });
    const job = small('a');
    expect(await store.save(job.manifest, job.outputs)).toBe(true);
    expect(clock.slept).toEqual([5_000]);
    expect(fx.warnings).toEqual([waiting('5 s (the service gave no Retry-After)')]);
  });

  it('does not wait when Retry-After asks for more than a minute: the cache is off', async () => {
    const store = fx.store({ clock });
    fx.server.inject({ method: 'CreateCacheEntry', ...rateLimit('300') });
    const job = small('a');
    expect(await store.save(job.manifest, job.outputs)).toBe(false);
    expect(clock.slept).toEqual([]);
    expect(fx.warnings).toEqual([
      'GitHub Actions cache off for the rest of this run: the cache service is rate-limiting ' +
        'this repository (429) for 300 s, longer than pipekit waits (60 s)',
    ]);
    expect(await store.lookup(job.manifest.key)).toBeUndefined();
    expect(fx.server.calls).toHaveLength(1);
  });

  it('turns the cache off when the second try meets a 429 too', async () => {
    const store = fx.store({ clock });
    fx.server.inject({ method: 'CreateCacheEntry', ...rateLimit('2', 2) });
    const job = small('a');
    expect(await store.save(job.manifest, job.outputs)).toBe(false);
    expect(clock.slept).toEqual([2_000]);
    expect(fx.warnings).toEqual([
      waiting('2 s, as the service asks (Retry-After)'),
      'GitHub Actions cache off for the rest of this run: the cache service is rate-limiting ' +
        'this repository (429), still after waiting 2 s',
    ]);
    expect(store.disabled).toMatch(/429/);
    expect(await store.lookup(keyOf('b'))).toBeUndefined();
    expect(fx.callsTo('GetCacheEntryDownloadURL')).toBe(0);
  });

  it('retries lookups too: calls in flight share one wait and one line', async () => {
    const jobs = ['a', 'b', 'c'].map(small);
    for (const job of jobs) await fx.store().save(job.manifest, job.outputs);
    const store = fx.store({ clock, concurrency: 3 });
    fx.server.inject({ method: 'GetCacheEntryDownloadURL', ...rateLimit('3', 3) });
    const found = await Promise.all(jobs.map((job) => store.lookup(job.manifest.key)));
    expect(found).toEqual(jobs.map((job) => job.manifest as Manifest));
    expect(clock.elapsed()).toBe(3_000);
    expect(fx.warnings).toEqual([waiting('3 s, as the service asks (Retry-After)')]);
    expect(fx.callsTo('GetCacheEntryDownloadURL')).toBe(6);
  });

  it('waits at most two minutes in all in a job; a 429 after that turns the cache off', async () => {
    const store = fx.store({ clock });
    for (const label of ['a', 'b']) {
      fx.server.inject({ method: 'CreateCacheEntry', ...rateLimit('60') });
      const job = small(label);
      expect(await store.save(job.manifest, job.outputs)).toBe(true);
    }
    fx.server.inject({ method: 'CreateCacheEntry', ...rateLimit('1') });
    const job = small('c');
    expect(await store.save(job.manifest, job.outputs)).toBe(false);
    expect(clock.slept).toEqual([60_000, 60_000]);
    expect(fx.warnings.at(-1)).toBe(
      'GitHub Actions cache off for the rest of this run: the cache service is rate-limiting ' +
        'this repository (429), again after waiting 120 s in all',
    );
  });
});
