import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { chmodSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/cache/local.js';
import type { Manifest } from '../../src/records/manifest.js';
import { writeTranspiled } from '../../scripts/transpile.mjs';
import { describeCacheStore, filesOf, keyOf, makeEntry, richOutputs } from './contract.js';
import { makeTreeEntry, sha } from './entries.js';
import type { SaveJob } from './contract.js';
import { asKey } from '../support/brands.js';

const temps: string[] = [];
const tempDir = (prefix: string) => {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/**
 * Node 20 cannot import .ts: child processes get the real store transpiled (types stripped
 * by the TypeScript compiler) into a temp folder.
 */
let built: string | undefined;
async function buildStoreForChildren(): Promise<string> {
  if (built) return built;
  const out = tempDir('pipekit-build-');
  await writeTranspiled(['src/cache/local.ts'], out);
  writeFileSync(
    join(out, 'save.mjs'),
    `import { readFileSync } from 'node:fs';
import { LocalStore } from './src/cache/local.js';
const [dir, jobsFile] = process.argv.slice(2);
const warn = (m) => { console.error(m); process.exitCode = 1; };
const store = new LocalStore({ dir, warn });
for (let round = 0; round < 3; round++)
  for (const { manifest, outputs } of JSON.parse(readFileSync(jobsFile, 'utf8')))
    if (!(await store.save(manifest, outputs))) process.exitCode = 1;
`,
  );
  return (built = out);
}

async function saveFromProcesses(cacheDir: string, batches: SaveJob[][]): Promise<void> {
  const script = join(await buildStoreForChildren(), 'save.mjs');
  const runs = batches.map((batch, i) => {
    const jobs = join(dirname(cacheDir), `jobs-${i}.json`);
    writeFileSync(jobs, JSON.stringify(batch));
    return new Promise<void>((ok, fail) => {
      const child = spawn(process.execPath, [script, cacheDir, jobs], { stdio: 'pipe' });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', fail);
      child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`child ${i}: ${stderr}`))));
    });
  });
  return Promise.all(runs).then(() => undefined);
}

function objectOf(cacheDir: string, digest: string): string {
  return join(cacheDir, 'objects', digest.slice(0, 2), digest);
}

describeCacheStore('local', async (warn) => {
  const dir = join(tempDir('pipekit-local-'), 'cache');
  return {
    store: new LocalStore({ dir, warn }),
    corrupt: async (key) => {
      const manifest = JSON.parse(readFileSync(join(dir, 'entries', `${key}.json`), 'utf8'));
      const file = filesOf(Object.values(manifest.outputs)[0] as Manifest['outputs'][string])[0]!;
      writeFileSync(objectOf(dir, file.digest), Buffer.alloc(file.size, 7));
    },
    cleanup: async () => rmSync(dirname(dir), { recursive: true, force: true }),
    saveFromProcesses: (batches) => saveFromProcesses(dir, batches),
  };
});

describe('LocalStore', () => {
  let root: string;
  let dir: string;
  let warnings: string[];
  let store: LocalStore;
  beforeEach(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'pipekit-local-')));
    dir = join(root, '.pipekit', 'cache');
    warnings = [];
    store = new LocalStore({ dir, warn: (m) => warnings.push(m) });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const saved = async (label: string) => {
    const job = makeEntry(join(root, 'out'), label, richOutputs());
    expect(await store.save(job.manifest, job.outputs)).toBe(true);
    return job;
  };

  it('lays out objects by digest, entries by key and recent entries per step', async () => {
    const { manifest } = await saved('a');
    const digests = Object.values(manifest.outputs).flatMap((o) => filesOf(o).map((f) => f.digest));
    for (const d of digests) expect(existsSync(objectOf(dir, d))).toBe(true);
    expect(readdirSync(join(dir, 'entries'))).toEqual([`${manifest.key}.json`]);
    expect(readdirSync(join(dir, 'history', manifest.step))).toEqual([`${manifest.key}.json`]);
    const all = readdirSync(dir, { recursive: true }).map(String);
    expect(all.filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('keeps the recent manifests of a step, newest first, at most 16', async () => {
    expect(store.recentEntriesForStep('step-a')).toEqual([]);
    const first = await saved('a');
    const later = [];
    for (let i = 0; i < 17; i++) {
      const next = { ...first.manifest, key: keyOf(`a${i}`), durationMs: i };
      await store.save(next, first.outputs);
      // The history is ordered by file time: keep saves apart on coarse clocks.
      await new Promise((r) => setTimeout(r, 5));
      later.unshift(next);
    }
    const reopened = new LocalStore({ dir, warn: () => {} });
    expect(reopened.recentEntriesForStep('step-a')).toEqual(later.slice(0, 16));
  });

  it('drops a corrupt entry and its bad object after a failed restore', async () => {
    const { manifest } = await saved('a');
    const bad = filesOf(manifest.outputs.model!)[0]!;
    writeFileSync(objectOf(dir, bad.digest), Buffer.alloc(bad.size));
    const dest = { model: join(root, 'm'), predictions: join(root, 'p'), metrics: join(root, 'x') };
    expect(await store.restore(manifest, dest)).toBe(false);
    expect(warnings[0]).toMatch(
      new RegExp(`^cache entry ${manifest.key} for step step-a is corrupt: .*; running the step$`),
    );
    expect(existsSync(objectOf(dir, bad.digest))).toBe(false);
    expect(await store.lookup(manifest.key)).toBeUndefined();
    expect(existsSync(join(root, 'm'))).toBe(false);
  });

  it('reports a missing object as a corrupt entry', async () => {
    const { manifest } = await saved('a');
    rmSync(objectOf(dir, filesOf(manifest.outputs.predictions!)[0]!.digest));
    const dest = { model: join(root, 'm'), predictions: join(root, 'p'), metrics: join(root, 'x') };
    expect(await store.restore(manifest, dest)).toBe(false);
    expect(warnings[0]).toMatch(/output predictions: object [0-9a-f]{64} is missing/);
    expect(readdirSync(root).sort()).toEqual(['.pipekit', 'out']);
  });

  it('misses, without a crash, on an entry an older pipekit saved', async () => {
    const { manifest } = await saved('a');
    // Version 1 records listed regular files only: no empty folders, links or modes.
    const outputs = Object.fromEntries(
      Object.entries(manifest.outputs).map(([name, o]) => [
        name,
        {
          type: o.type,
          digest: o.digest,
          files: filesOf(o).map(({ path, size, digest }) => ({ path, size, digest })),
        },
      ]),
    );
    const old = { ...manifest, outputs } as unknown as Manifest;
    writeFileSync(join(dir, 'entries', `${manifest.key}.json`), JSON.stringify(old));
    expect(await store.lookup(manifest.key)).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/is in another format/)]);
    const dest = { model: join(root, 'm'), predictions: join(root, 'p'), metrics: join(root, 'x') };
    expect(await store.restore(old, dest)).toBe(false);
    expect(warnings[1]).toMatch(/another format/);
    expect(readdirSync(root)).toEqual(['.pipekit', 'out']);
  });

  it('ignores and removes an unreadable manifest with a warning', async () => {
    const { manifest } = await saved('a');
    const entry = join(dir, 'entries', `${manifest.key}.json`);
    writeFileSync(entry, '{"schema":1,"key":');
    expect(await store.lookup(manifest.key)).toBeUndefined();
    expect(warnings[0]).toMatch(/is corrupt: not JSON/);
    expect(existsSync(entry)).toBe(false);
  });

  it('shares the bytes of read-only outputs with its objects, and copies writable ones', async () => {
    const ro = makeTreeEntry(join(root, 'ro'), 'a', {
      'w.bin': { file: 'shared' },
      'x.sh': { file: 'exe', exec: true },
    });
    chmodSync(join(ro.outputs.tree!, 'w.bin'), 0o444);
    chmodSync(join(ro.outputs.tree!, 'x.sh'), 0o555);
    const rw = makeTreeEntry(join(root, 'rw'), 'b', { 'v.bin': { file: 'own bytes' } });
    expect(await store.save(ro.manifest, ro.outputs)).toBe(true);
    expect(await store.save(rw.manifest, rw.outputs)).toBe(true);
    const ino = (p: string) => statSync(p).ino;
    expect(ino(objectOf(dir, sha('shared')))).toBe(ino(join(ro.outputs.tree!, 'w.bin')));
    expect(ino(objectOf(dir, sha('exe')))).toBe(ino(join(ro.outputs.tree!, 'x.sh')));
    expect(ino(objectOf(dir, sha('own bytes')))).not.toBe(ino(join(rw.outputs.tree!, 'v.bin')));
    // A restore shares an object whose mode fits; the same bytes wanted non-executable are
    // copied, so that no mode change ever reaches the object or another output.
    const same = makeTreeEntry(join(root, 'same'), 'c', {
      'w.bin': { file: 'exe' },
      'y.bin': { file: 'shared' },
    });
    const dest = join(root, 'restored');
    expect(await store.restore(same.manifest, { tree: dest })).toBe(true);
    expect(ino(join(dest, 'y.bin'))).toBe(ino(objectOf(dir, sha('shared'))));
    expect(ino(join(dest, 'w.bin'))).not.toBe(ino(objectOf(dir, sha('exe'))));
    expect(statSync(join(dest, 'w.bin')).mode & 0o111).toBe(0);
    expect(statSync(objectOf(dir, sha('exe'))).mode & 0o777).toBe(0o555);
    expect(warnings).toEqual([]);
  });

  it('rejects a key that is not a safe file name', async () => {
    await expect(store.lookup(asKey('../../etc/passwd'))).rejects.toThrow(
      /not a safe cache file name/,
    );
  });
});
