/**
 * The one contract every CacheStore must meet (local, memory, Actions cache). Call
 * `describeCacheStore` from a `<store>.test.ts` with a factory; the suite builds its own
 * outputs in real temp folders and only talks to the store through the CacheStore interface.
 *
 * The factory gets the `warn` the store must report through and returns:
 * - `store`: a fresh, empty store;
 * - `corrupt(key)` (optional): damages the stored bytes of at least one file of entry `key`,
 *   leaving its manifest alone, the way a disk or a service could;
 * - `cleanup()` (optional): run after each test;
 * - `saveFromProcesses(batches)` (optional, for stores that processes share): saves each
 *   batch from its own OS process, all at once, and resolves when every process succeeded;
 * - `keepsDamagedEntries` (optional): the store cannot delete an entry, so a corrupt one is
 *   not dropped but must keep missing.
 *
 * A test that needs an optional capability the factory lacks is reported as skipped.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CacheStore, Warn } from '../../src/cache/store.js';
import type { Manifest, OutputPaths } from '../../src/records/manifest.js';
import { treeDigest } from '../../src/hash/digest.js';
import { digestOutput } from '../../src/hash/files.js';
import { describeTreeContract } from './contract-trees.js';
import { filesOf, keyOf, makeEntry, richOutputs, sha, snapshot, type SaveJob } from './entries.js';

export { filesOf, keyOf, makeEntry, richOutputs, snapshot, type SaveJob } from './entries.js';

export interface StoreUnderTest {
  store: CacheStore;
  corrupt?: (key: string) => Promise<void>;
  cleanup?: () => Promise<void>;
  saveFromProcesses?: (batches: SaveJob[][]) => Promise<void>;
  /** Entries cannot be deleted (the Actions cache): a corrupt one keeps missing instead. */
  keepsDamagedEntries?: boolean;
}

export function describeCacheStore(
  name: string,
  make: (warn: Warn) => Promise<StoreUnderTest>,
): void {
  describe(`CacheStore contract: ${name}`, () => {
    let sut: StoreUnderTest;
    let store: CacheStore;
    let warnings: string[];
    let dir: string;

    beforeEach(async () => {
      warnings = [];
      dir = realpathSync(mkdtempSync(join(tmpdir(), 'pipekit-contract-')));
      sut = await make((message) => warnings.push(message));
      store = sut.store;
    });

    afterEach(async () => {
      await sut.cleanup?.();
      rmSync(dir, { recursive: true, force: true });
    });

    const dests = (job: SaveJob, where: string): OutputPaths =>
      Object.fromEntries(Object.keys(job.outputs).map((n) => [n, join(dir, where, n)]));

    it('misses an unknown key', async () => {
      expect(await store.lookup(keyOf('never saved'))).toBeUndefined();
      expect(warnings).toEqual([]);
    });

    it('returns the saved manifest on lookup', async () => {
      const job = makeEntry(dir, 'a', richOutputs());
      expect(await store.save(job.manifest, job.outputs)).toBe(true);
      expect(await store.lookup(job.manifest.key)).toEqual(job.manifest);
      expect(await store.lookup(keyOf('b'))).toBeUndefined();
      expect(warnings).toEqual([]);
    });

    it('restores dir, file and metrics outputs byte for byte', async () => {
      const job = makeEntry(dir, 'a', richOutputs());
      await store.save(job.manifest, job.outputs);
      const manifest = (await store.lookup(job.manifest.key)) as Manifest;
      const to = dests(job, 'restored');
      expect(await store.restore(manifest, to)).toBe(true);
      for (const [output, path] of Object.entries(job.outputs)) {
        expect(snapshot(to[output] as string)).toEqual(snapshot(path));
        expect(digestOutput(to[output] as string, manifest.outputs[output]!.type)).toEqual(
          manifest.outputs[output],
        );
      }
      expect(readdirSync(join(dir, 'restored')).sort()).toEqual([
        'metrics',
        'model',
        'predictions',
      ]);
      expect(warnings).toEqual([]);
    });

    it('replaces what was at a destination before', async () => {
      const job = makeEntry(dir, 'a', { model: { 'w.bin': 'w' }, metrics: '{"a":1}' });
      await store.save(job.manifest, job.outputs);
      const to = dests(job, 'restored');
      const stale = makeEntry(dir, 'restored', { model: { 'old.bin': 'x', 'w.bin': 'old' } });
      expect(stale.outputs.model).toBe(to.model);
      writeFileSync(to.metrics as string, 'stale');
      expect(await store.restore(job.manifest, to)).toBe(true);
      expect(snapshot(to.model as string)).toEqual(snapshot(job.outputs.model as string));
      expect(readFileSync(to.metrics as string, 'utf8')).toBe('{"a":1}');
    });

    it('accepts saving the same key twice', async () => {
      const job = makeEntry(dir, 'a', richOutputs());
      expect(await store.save(job.manifest, job.outputs)).toBe(true);
      const again = { ...job.manifest, durationMs: 99 };
      expect(await store.save(again, job.outputs)).toBe(true);
      const found = await store.lookup(job.manifest.key);
      expect([job.manifest, again]).toContainEqual(found);
      expect(await store.restore(found as Manifest, dests(job, 'r'))).toBe(true);
      expect(warnings).toEqual([]);
    });

    it('refuses to save outputs that changed after they were digested', async () => {
      const job = makeEntry(dir, 'a', { model: { 'w.bin': 'w' } });
      writeFileSync(join(job.outputs.model as string, 'w.bin'), 'changed');
      expect(await store.save(job.manifest, job.outputs)).toBe(false);
      expect(warnings.join('\n')).toMatch(new RegExp(job.manifest.key));
      expect(await store.lookup(job.manifest.key)).toBeUndefined();
    });

    it('never leaves a partial destination when stored bytes do not match the manifest', async () => {
      const job = makeEntry(dir, 'a', richOutputs());
      await store.save(job.manifest, job.outputs);
      // A manifest that lies about one file of one output: the others are fine.
      const lie = structuredClone(job.manifest);
      const model = lie.outputs.model!;
      const files = filesOf(model);
      files[files.length - 1]!.digest = sha('bytes the store never saw');
      model.digest = treeDigest(model.entries);
      const to = dests(job, 'restored');
      expect(await store.restore(lie, to)).toBe(false);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/corrupt/);
      expect(
        readdirSync(dir).includes('restored') ? readdirSync(join(dir, 'restored')) : [],
      ).toEqual([]);
    });

    it('treats a corrupted entry as a miss: false, a warning, no destination', async (ctx) => {
      if (!sut.corrupt) return ctx.skip();
      const job = makeEntry(dir, 'a', richOutputs());
      await store.save(job.manifest, job.outputs);
      await sut.corrupt(job.manifest.key);
      const to = dests(job, 'restored');
      const manifest = (await store.lookup(job.manifest.key)) ?? job.manifest;
      expect(await store.restore(manifest, to)).toBe(false);
      const { key, step } = job.manifest;
      expect(warnings.join('\n')).toContain(`cache entry ${key} for step ${step} is corrupt`);
      for (const path of Object.values(to)) expect(existsSync(path)).toBe(false);
      expect(existsSync(join(dir, 'restored')) ? readdirSync(join(dir, 'restored')) : []).toEqual(
        [],
      );
      // Its own bytes are bad: the entry is dropped (or, where entries are immutable, keeps missing).
      if (sut.keepsDamagedEntries) expect(await store.restore(manifest, to)).toBe(false);
      else expect(await store.lookup(key)).toBeUndefined();
    });

    describeTreeContract(() => ({ sut, store, warnings, dir }));

    it('stays consistent when processes save the same and different keys at once', async (ctx) => {
      if (!sut.saveFromProcesses) return ctx.skip();
      // Big enough that a copy takes a while: a reader must never catch one half done.
      const big = () => ({ 'big.bin': randomBytes(4 << 20) });
      const shared = makeEntry(dir, 'shared', { ...richOutputs(), data: big() });
      const own = (p: string) =>
        [1, 2, 3].map((i) =>
          makeEntry(dir, `${p}${i}`, { ...richOutputs(), ...sharedModel(shared), data: big() }),
        );
      const [a, b] = [own('a'), own('b')];
      const batches = [
        [shared, ...a],
        [...b, shared],
      ];
      let done = false;
      const saving = sut.saveFromProcesses(batches).finally(() => (done = true));
      for (let i = 0; !done; i++) {
        // Whenever an entry is visible it must restore completely.
        const found = await store.lookup(shared.manifest.key);
        if (found) {
          expect(await store.restore(found, dests(shared, `poll-${i}`))).toBe(true);
        }
        await new Promise((r) => setImmediate(r));
      }
      await saving;
      for (const job of [shared, ...a, ...b]) {
        const found = await store.lookup(job.manifest.key);
        expect(found).toEqual(job.manifest);
        const to = dests(job, `final-${job.manifest.step}`);
        expect(await store.restore(found as Manifest, to)).toBe(true);
        expect(snapshot(to.model as string)).toEqual(snapshot(job.outputs.model as string));
      }
      expect(warnings).toEqual([]);
    });
  });
}

/** Part of every entry's model is the same bytes, so processes race on the same objects. */
function sharedModel(shared: SaveJob): Record<string, Record<string, string | Uint8Array>> {
  const weights = readFileSync(join(shared.outputs.model as string, 'weights.bin'));
  return { model: { 'weights.bin': weights, 'own.txt': randomBytes(8).toString('hex') } };
}
