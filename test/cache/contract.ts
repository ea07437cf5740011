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
 *   batch from its own OS process, all at once, and resolves when every process succeeded.
 *
 * A test that needs an optional capability the factory lacks is reported as skipped.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CacheStore, Warn } from '../../src/cache/store.js';
import type { Manifest, OutputPaths } from '../../src/records/manifest.js';
import { treeDigest } from '../../src/hash/digest.js';
import { digestOutput } from '../../src/hash/files.js';
import type { ContentDigest, StepKey } from '../../src/records/brands.js';

export interface SaveJob {
  manifest: Manifest;
  outputs: OutputPaths;
}

export interface StoreUnderTest {
  store: CacheStore;
  corrupt?: (key: string) => Promise<void>;
  cleanup?: () => Promise<void>;
  saveFromProcesses?: (batches: SaveJob[][]) => Promise<void>;
}

const sha = (s: string | Uint8Array) =>
  createHash('sha256').update(s).digest('hex') as ContentDigest;

/** A realistic key: step keys are sha256 hex. */
export const keyOf = (label: string) => sha(`key:${label}`) as string as StepKey;

/** Writes outputs (name -> files, or file content) under `dir` and digests them into a manifest. */
export function makeEntry(
  dir: string,
  label: string,
  outputs: Record<string, Record<string, string | Uint8Array> | string>,
): SaveJob {
  const paths: OutputPaths = {};
  const records: Manifest['outputs'] = {};
  for (const [name, content] of Object.entries(outputs)) {
    const path = join(dir, label, name);
    const isFile = typeof content === 'string';
    for (const [rel, bytes] of Object.entries(isFile ? { '': content } : content)) {
      const file = rel === '' ? path : join(path, rel);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, bytes);
    }
    if (!isFile) mkdirSync(path, { recursive: true });
    paths[name] = path;
    records[name] = digestOutput(path, isFile ? (name === 'metrics' ? 'metrics' : 'file') : 'dir');
  }
  const manifest: Manifest = {
    schema: 1,
    key: keyOf(label),
    step: `step-${label}`,
    outputs: records,
    metrics: { accuracy: 0.9 },
    durationMs: 1234,
    tool: 'pipekit-test',
    createdAt: '2025-01-01T00:00:00.000Z',
    parts: { params: { learning_rate: 0.05 } },
  };
  return { manifest, outputs: paths };
}

/** Every file under a folder (or the file itself) with its bytes as hex, for exact comparison. */
export function snapshot(path: string): Record<string, string> {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return {};
  if (st.isFile()) return { '': readFileSync(path).toString('hex') };
  const out: Record<string, string> = {};
  const walk = (abs: string, rel: string): void => {
    for (const d of readdirSync(abs, { withFileTypes: true })) {
      const r = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) walk(join(abs, d.name), r);
      else out[r] = readFileSync(join(abs, d.name)).toString('hex');
    }
  };
  walk(path, '');
  return out;
}

/** A dir output with the awkward cases: nesting, binary, empty, unicode, chunk-sized files. */
export function richOutputs(): Record<string, Record<string, string | Uint8Array> | string> {
  return {
    model: {
      'weights.bin': randomBytes(300_000),
      'chunk.bin': randomBytes(64 * 1024),
      'empty.txt': '',
      'nested/deeper/config.json': '{"layers":3}',
      'naïve ünïcode.txt': 'ü',
    },
    predictions: 'id,label\n1,a\n',
    metrics: '{"accuracy":0.9}',
  };
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
      model.files[model.files.length - 1]!.digest = sha('bytes the store never saw');
      model.digest = treeDigest(model.files);
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
    });

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
