import type { StepKey } from '../records/brands.js';
import { linkSync, mkdirSync, renameSync, rmSync, utimesSync } from 'node:fs';
import { existsSync, readFileSync, readdirSync, statSync } from '../workspace/observed-fs.js';
import { dirname, join } from 'node:path';
import { tempSibling, writeFileAtomic } from '../workspace/atomic-write.js';
import { DIGEST_PATTERN, hashFile } from '../hash/digest.js';
import { shareFile } from './share-bytes.js';
import { MissingBytes } from '../hash/verified-outputs.js';
import { restoreEntry, saveEntry } from './entry-files.js';
import {
  parseManifest,
  type FileEntry,
  type Manifest,
  type OutputPaths,
} from '../records/manifest.js';
import { type CacheStore, type Warn } from './store.js';

interface LocalStoreOptions {
  /** The cache folder, e.g. `<root>/.pipekit/cache`. */
  dir: string;
  warn: Warn;
}

/** How many manifests per step `explain` may compare with: enough for a sweep's neighbours. */
const HISTORY = 16;

// Keys and step ids become file names: anything else is a bug upstream, not a cache miss. An
// instance of a matrix step is `step[name=value,...]`, its values %-encoded (pipeline/matrix.ts).
const NAME = /^[A-Za-z0-9][A-Za-z0-9._+~%=,[\]-]*$/;

/**
 * The embedded cache: content-addressed objects plus one manifest per key.
 *
 *   objects/<first 2 hex>/<sha256>   file contents, shared by every entry (a file's mode is in
 *                                    its manifest entry: one object serves files executable
 *                                    or not), read-only; where the file system allows, the
 *                                    same bytes as the stored output's file (see shareFile)
 *   entries/<key>.json               a Manifest, written after all its objects
 *   history/<step>/<key>.json        the last manifests saved for a step (for `explain`): hard
 *                                    links to the entries where the file system has them
 *
 * An entry's time is its last use (`pipekit cache ls`, `prune`): a lookup that finds it
 * touches it.
 *
 * Every file appears by rename from a unique temp name, so processes sharing the folder
 * never read half a file, and an entry is visible only once its objects are complete.
 */
export class LocalStore implements CacheStore {
  readonly name = 'local';
  private readonly dir: string;
  private readonly warn: Warn;

  constructor(opts: LocalStoreOptions) {
    this.dir = opts.dir;
    this.warn = opts.warn;
  }

  async lookup(key: StepKey): Promise<Manifest | undefined> {
    const file = this.entryPath(key);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        this.warn(`cannot read cache entry ${key}: ${(err as Error).message}`);
      }
      return undefined;
    }
    const manifest = parseManifest(text, key);
    if (typeof manifest === 'string') {
      this.warn(`cache entry ${key} is corrupt: ${manifest}; ignoring it`);
      rmSync(file, { force: true });
      return undefined;
    }
    markUsed(file);
    return manifest;
  }

  async restore(manifest: Manifest, dest: OutputPaths): Promise<boolean> {
    return restoreEntry(manifest, dest, {
      fill: (file, target) => this.fill(file, target),
      warn: this.warn,
      drop: (failure) => {
        rmSync(this.entryPath(manifest.key), { force: true });
        if (failure.digest !== undefined && DIGEST_PATTERN.test(failure.digest)) {
          rmSync(this.objectPath(failure.digest), { force: true });
        }
      },
    });
  }

  async save(manifest: Manifest, outputs: OutputPaths): Promise<boolean> {
    return saveEntry(manifest, outputs, {
      put: (path, file) => this.putObject(path, file),
      publish: () => {
        const text = JSON.stringify(manifest);
        const entry = this.entryPath(manifest.key);
        writeFileAtomic(entry, text);
        this.keepHistory(manifest, entry, text);
      },
      warn: this.warn,
    });
  }

  /**
   * Changes whenever an entry is added, replaced or removed (the entries folder's stat), so a
   * record of what the entries were (the run state) knows when it is out of date. Undefined
   * when there are no entries.
   */
  entriesStamp(): string | undefined {
    const st = statSync(join(this.dir, 'entries'), { throwIfNoEntry: false });
    return st && `${st.ino} ${st.mtimeMs} ${st.ctimeMs}`;
  }

  /**
   * The manifests recently saved for `step` under different keys, newest first: `explain`
   * compares a missed step with the one closest to it, not merely the last.
   */
  recentEntriesForStep(step: string): Manifest[] {
    const dir = join(this.dir, 'history', checkName(historyName(step)));
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return [];
    }
    const read = names.flatMap((name) => {
      try {
        const file = join(dir, name);
        const manifest = parseManifest(readFileSync(file, 'utf8'));
        return typeof manifest === 'string' ? [] : [{ manifest, at: statSync(file).mtimeMs }];
      } catch {
        return [];
      }
    });
    return read.sort((a, b) => b.at - a.at).map((r) => r.manifest);
  }

  /**
   * Best effort: the history only explains misses, so losing it never fails a save. The entry
   * just written is linked there, not written again (a file less per save, issue #14); the two
   * share their time, so the history's order is by last save or use.
   */
  private keepHistory(manifest: Manifest, entry: string, text: string): void {
    const dir = join(this.dir, 'history', checkName(historyName(manifest.step)));
    const file = join(dir, `${checkName(manifest.key)}.json`);
    try {
      const made = mkdirSync(dir, { recursive: true }) !== undefined;
      try {
        linkSync(entry, file);
      } catch {
        writeFileAtomic(file, text); // saved before (replaced whole), or no links here
      }
      if (made) return; // a step's first save: nothing to prune
      const names = readdirSync(dir).filter((n) => n.endsWith('.json'));
      if (names.length <= HISTORY) return;
      const byAge = names
        .map((name) => ({ name, at: statSync(join(dir, name)).mtimeMs }))
        .sort((a, b) => b.at - a.at);
      for (const { name } of byAge.slice(HISTORY)) rmSync(join(dir, name), { force: true });
    } catch {
      // another run pruned the same file first, or the disk is full: explain knows less
    }
  }

  private fill(file: FileEntry, target: string): void {
    const object = this.objectPath(file.digest);
    try {
      // Linked or copied, the bytes are hashed against the manifest before anything uses them.
      shareFile(object, target, file.exec);
    } catch (error) {
      if (!existsSync(object)) throw new MissingBytes(`object ${file.digest} is missing`);
      throw error;
    }
  }

  /**
   * Copies one output file into the object store unless its content is there already. The
   * copy is hashed before it is published: an output changed after it was digested must not
   * be stored under a digest it does not have.
   */
  private putObject(src: string, file: FileEntry): void {
    const object = this.objectPath(file.digest);
    if (existsSync(object)) return;
    mkdirSync(dirname(object), { recursive: true });
    const tmp = tempSibling(object);
    try {
      shareFile(src, tmp, file.exec);
      const got = hashFile(tmp);
      if (got.digest !== file.digest || got.size !== file.size) {
        throw new Error(`${src} changed after it was digested`);
      }
      renameSync(tmp, object);
    } catch (error) {
      rmSync(tmp, { force: true });
      throw error;
    }
  }

  private objectPath(digest: string): string {
    if (!DIGEST_PATTERN.test(digest)) throw new Error(`bad digest ${JSON.stringify(digest)}`);
    return join(this.dir, 'objects', digest.slice(0, 2), digest);
  }

  private entryPath(key: string): string {
    return join(this.dir, 'entries', `${checkName(key)}.json`);
  }
}

/**
 * The instances of a matrix step (`train[lr=0.1]`) share its history: an instance with new
 * values is compared with its closest sibling, not with nothing.
 */
function historyName(step: string): string {
  const bracket = step.indexOf('[');
  return bracket < 0 ? step : step.slice(0, bracket);
}

/** The last use of an entry, to the hour: a no-op run does not write every entry's inode. */
function markUsed(file: string): void {
  try {
    if (Date.now() - statSync(file).mtimeMs < HOUR_MS) return;
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // pruned meanwhile, or a read-only cache: the next use says so
  }
}

const HOUR_MS = 3600_000;

function checkName(name: string): string {
  if (!NAME.test(name)) throw new Error(`not a safe cache file name: ${JSON.stringify(name)}`);
  return name;
}
