import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useActionsFixture } from '../support/actions-fixture.js';
import { makeEntry } from './contract.js';

describe('race debug', () => {
  const fx = useActionsFixture();
  for (let i = 0; i < 15; i++) {
    it(`race ${i}`, async () => {
      const first = makeEntry(fx.dir, 'x', { model: { 'w.bin': 'first' } });
      const second = makeEntry(join(fx.dir, 'other'), 'x', { model: { 'w.bin': 'second' } });
      const saved = await Promise.all([
        fx.store().save(first.manifest, first.outputs),
        fx.store().save(second.manifest, second.outputs),
      ]);
      if (saved.includes(false)) {
        console.log('FAIL', saved, JSON.stringify(fx.warnings), JSON.stringify(fx.infos));
        console.log(JSON.stringify(fx.server.calls.map((c) => [c.method, c.key?.slice(11, 20), c.status])));
      }
      expect(saved).toEqual([true, true]);
    });
  }
});
