import type { StepKey } from '../records/brands.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashBytes } from '../hash/digest.js';
import { placeOutputs } from '../hash/outputs.js';
import type { Manifest, OutputPaths } from '../records/manifest.js';
import type { CacheStore, Warn } from './store.js';

/**
 * A store in this process's memory, laid out like the local one (bytes by content digest,
 * manifests by key) and restoring through the same verified path. For tests; `objects`
 * is public so a test can damage an entry.
 */
export class MemoryStore implements CacheStore {
  readonly name = 'memory';
  readonly objects = new Map<string, Buffer>();
  private readonly entries = new Map<string, Manifest>();
  private readonly lastByStep = new Map<string, Manifest>();

  private readonly warn: Warn;

  constructor(opts: { warn?: Warn } = {}) {
    this.warn = opts.warn ?? (() => {});
  }

  async lookup(key: StepKey): Promise<Manifest | undefined> {
    const manifest = this.entries.get(key);
    return manifest && structuredClone(manifest);
  }

  async restore(manifest: Manifest, dest: OutputPaths): Promise<boolean> {
    let failure: { reason: string } | undefined;
    try {
      failure = placeOutputs(manifest.outputs, dest, (file, target) => {
        const bytes = this.objects.get(file.digest);
        if (!bytes) throw new Error(`object ${file.digest} is missing`);
        writeFileSync(target, bytes);
      });
    } catch (err) {
      failure = { reason: (err as Error).message };
    }
    if (!failure) return true;
    const { key, step } = manifest;
    this.warn(
      `cache entry ${key} for step ${step} is corrupt: ${failure.reason}; running the step`,
    );
    this.entries.delete(key);
    return false;
  }

  async save(manifest: Manifest, outputs: OutputPaths): Promise<boolean> {
    try {
      const read = new Map<string, Buffer>();
      for (const [name, record] of Object.entries(manifest.outputs)) {
        const src = outputs[name];
        if (src === undefined) throw new Error(`no path for output ${name}`);
        for (const file of record.files) {
          const path = file.path === '' ? src : join(src, ...file.path.split('/'));
          const bytes = readFileSync(path);
          if (hashBytes(bytes) !== file.digest)
            throw new Error(`${path} changed after it was digested`);
          read.set(file.digest, bytes);
        }
      }
      for (const [digest, bytes] of read) this.objects.set(digest, bytes);
      this.entries.set(manifest.key, structuredClone(manifest));
      this.lastByStep.set(manifest.step, structuredClone(manifest));
      return true;
    } catch (err) {
      const { key, step } = manifest;
      this.warn(`could not save cache entry ${key} for step ${step}: ${(err as Error).message}`);
      return false;
    }
  }

  lastEntryForStep(step: string): Manifest | undefined {
    const manifest = this.lastByStep.get(step);
    return manifest && structuredClone(manifest);
  }
}
