import type { StepKey } from '../records/brands.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { hashBytes } from '../hash/digest.js';
import { MissingBytes } from '../hash/verified-outputs.js';
import { restoreEntry, saveEntry } from './entry-files.js';
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

  private readonly warn: Warn;

  constructor(opts: { warn?: Warn } = {}) {
    this.warn = opts.warn ?? (() => {});
  }

  async lookup(key: StepKey): Promise<Manifest | undefined> {
    const manifest = this.entries.get(key);
    return manifest && structuredClone(manifest);
  }

  async restore(manifest: Manifest, dest: OutputPaths): Promise<boolean> {
    return restoreEntry(manifest, dest, {
      fill: (file, target) => {
        const bytes = this.objects.get(file.digest);
        if (!bytes) throw new MissingBytes(`object ${file.digest} is missing`);
        writeFileSync(target, bytes);
      },
      warn: this.warn,
      drop: () => this.entries.delete(manifest.key),
    });
  }

  async save(manifest: Manifest, outputs: OutputPaths): Promise<boolean> {
    // Every file is read and checked before any is kept: a failed save leaves nothing.
    const read = new Map<string, Buffer>();
    return saveEntry(manifest, outputs, {
      put: (path, file) => {
        const bytes = readFileSync(path);
        if (hashBytes(bytes) !== file.digest)
          throw new Error(`${path} changed after it was digested`);
        read.set(file.digest, bytes);
      },
      publish: () => {
        for (const [digest, bytes] of read) this.objects.set(digest, bytes);
        this.entries.set(manifest.key, structuredClone(manifest));
      },
      warn: this.warn,
    });
  }
}
