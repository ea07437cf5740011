import { randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { useActionsFixture } from '../support/actions-fixture.js';
import { fakeClock, type TestClock } from '../support/fake-clock.js';
import { makeEntry } from './contract.js';

// A save that was cut short after reserving its key (a cancelled run) leaves the key
// "reserved" for up to a day: every later save of it gets a 409, and no lookup finds it.
describe('ActionsStore and a key another run reserved and never finished', () => {
  const fx = useActionsFixture();
  let clock: TestClock;
  beforeEach(() => {
    clock = fakeClock();
  });
  const small = (label: string) => makeEntry(fx.dir, label, { model: { 'w.bin': label } });
  const reserved = (step: string, key: string, waited: string) =>
    `could not save the cache entry of step ${step}: its key ${key} is reserved by an upload ` +
    `that did not finish in ${waited} (a run cancelled while saving leaves its key reserved ` +
    `for up to a day); the outputs of step ${step} were not saved`;

  it('waits seconds, not minutes, then says the key is reserved and nothing was saved', async () => {
    fx.server.strand(/-m-/);
    const job = small('a');
    const store = fx.store({ clock });
    expect(await store.save(job.manifest, job.outputs)).toBe(false);
    expect(clock.elapsed()).toBe(5_000);
    expect(fx.warnings).toEqual([reserved('step-a', `pipekit-v1-m-${job.manifest.key}`, '5 s')]);
    expect(store.disabled).toBeUndefined();
    expect(await store.lookup(job.manifest.key)).toBeUndefined();
  });

  it('does not wait for the same reserved key twice in a job', async () => {
    fx.server.strand(/-m-/);
    const job = small('a');
    const store = fx.store({ clock });
    expect(await store.save(job.manifest, job.outputs)).toBe(false);
    expect(await store.save(job.manifest, job.outputs)).toBe(false);
    expect(clock.elapsed()).toBe(5_000);
    expect(fx.warnings).toHaveLength(2);
    expect(fx.warnings[1]).toBe(fx.warnings[0]!.replace('did not finish in 5 s', 'did not finish'));
  });

  it('waits longer for a bigger entry, as its upload takes longer, up to otherJobWaitMs', async () => {
    fx.server.strand(/-o-/);
    // Incompressible: the archive is about as big, 16 MiB, some 2 s at the rate allowed for.
    const big = makeEntry(fx.dir, 'big', {
      model: { 'w.bin': randomBytes(16 * 1024 * 1024).toString('base64') },
    });
    expect(await fx.store({ clock }).save(big.manifest, big.outputs)).toBe(false);
    expect(clock.elapsed()).toBeGreaterThan(6_000);
    expect(clock.elapsed()).toBeLessThan(10_000);
    expect(fx.warnings).toEqual([
      expect.stringMatching(
        /^could not save the cache entry of step step-big: .* did not finish in [7-9] s/,
      ),
    ]);

    const capped = fakeClock();
    const job = small('b');
    expect(
      await fx.store({ clock: capped, otherJobWaitMs: 2_000 }).save(job.manifest, job.outputs),
    ).toBe(false);
    expect(capped.elapsed()).toBe(2_000);
  });
});
