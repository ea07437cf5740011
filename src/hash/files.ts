import { readFileSync, type Dirent } from 'node:fs';
import { readdirSync, statSync } from '../workspace/observed-fs.js';
import type { ContentDigest } from '../records/brands.js';
import { writeFileAtomic } from '../workspace/atomic-write.js';
import { DIGEST_PATTERN, hashFile } from './digest.js';
import type { FileDigest, FileDigester } from './digest.js';

// The public face of src/hash: everything that reads files for keys and outputs.
export { listFiles, digestTree, DEFAULT_CODE_IGNORE, SymlinkOutside } from './tree.js';
export { listCodeFiles, matchCodePattern } from './code-files.js';
export { NotUtf8Name } from './names.js';
export { digestOutput, verifyOutput, placeOutputs } from './verified-outputs.js';
export type { FillFile } from './verified-outputs.js';

interface MemoEntry {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  digest: ContentDigest;
}

interface MemoFile {
  version: 1;
  files: Record<string, MemoEntry>;
}

/**
 * A file changed this close to now may change again within the file system's timestamp
 * granularity without its stat changing (git's "racy clean" problem): read it every time
 * until it is older. "Changed" is the later of mtime and ctime: `cp -p`, `rsync -t` and
 * `tar x` write new content under an old mtime, and only the ctime says when. 2 s covers
 * FAT's granularity, the coarsest we may meet (ext4, xfs and tmpfs before Linux 6.13 tick
 * at the kernel's clock, a few ms).
 */
export const RACY_MS = 2000;

/**
 * A stat memo (like git's index): absolute path -> stat and digest. A file whose size, mtime,
 * ctime and inode all match is not read again. Persisted as one JSON file; losing it only
 * costs time, so a missing or unreadable memo starts empty.
 */
export class DigestMemo implements FileDigester {
  /** Files answered from the memo and files read; tests and benches look at these. */
  readonly stats = { hits: 0, reads: 0 };
  /** Folder listings, for this process only: many steps' `code` patterns list the same folders. */
  readonly folders = new FolderMemo(() => this.now());
  private changed = false;

  private constructor(
    readonly file: string,
    private readonly entries: Map<string, MemoEntry>,
    private readonly now: () => number,
  ) {}

  static load(file: string, now: () => number = Date.now): DigestMemo {
    const entries = new Map<string, MemoEntry>();
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<MemoFile> | null;
      if (parsed?.version === 1 && typeof parsed.files === 'object' && parsed.files !== null) {
        // An entry of the wrong shape is forgotten: its file is read again, never trusted.
        for (const [path, entry] of Object.entries(parsed.files)) {
          if (isMemoEntry(entry)) entries.set(path, entry);
        }
      }
    } catch {
      // Missing or damaged: start over; the memo is only an optimisation.
    }
    return new DigestMemo(file, entries, now);
  }

  digestFile(abs: string): FileDigest {
    const st = statSync(abs);
    const known = this.entries.get(abs);
    if (known && known.size === st.size && sameStat(known, st)) {
      this.stats.hits++;
      return { size: known.size, digest: known.digest };
    }
    this.stats.reads++;
    const fresh = hashFile(abs);
    const changed = Math.max(st.mtimeMs, st.ctimeMs);
    const settled = changed < this.now() - RACY_MS && fresh.size === st.size;
    if (settled) {
      const { mtimeMs, ctimeMs, ino } = st;
      this.entries.set(abs, { size: fresh.size, mtimeMs, ctimeMs, ino, digest: fresh.digest });
      this.changed = true;
    } else if (known) {
      this.entries.delete(abs);
      this.changed = true;
    }
    return fresh;
  }

  /**
   * The remembered digest of `abs` when `st` (its stat, taken by the caller) is the one
   * remembered; undefined otherwise (the caller reads the file).
   */
  knownDigest(abs: string, st: { size: number; mtimeMs: number; ctimeMs: number; ino: number }) {
    const known = this.entries.get(abs);
    if (!known || known.size !== st.size || !sameStat(known, st)) return undefined;
    this.stats.hits++;
    return known.digest;
  }

  /** Forgets every file below `dir` (a folder that was deleted), so the memo does not grow forever. */
  forget(dir: string): void {
    const prefix = dir.endsWith('/') ? dir : `${dir}/`;
    for (const path of this.entries.keys()) {
      if (path.startsWith(prefix)) {
        this.entries.delete(path);
        this.changed = true;
      }
    }
  }

  /**
   * Writes the memo if anything changed: temp file + rename, so readers never see half of it.
   * A disk that refuses it (full, read-only) costs the next run some reads, nothing else.
   */
  save(): void {
    if (!this.changed) return;
    const data: MemoFile = { version: 1, files: Object.fromEntries(this.entries) };
    try {
      writeFileAtomic(this.file, JSON.stringify(data));
      this.changed = false;
    } catch {
      // kept in memory: a later save in this process may succeed
    }
  }
}

interface FolderEntry {
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  entries: Dirent[];
}

/**
 * Folder listings kept while the folder's stat is unchanged: adding, removing or renaming an
 * entry changes its mtime, so a step that writes into a folder during a run is seen by the
 * next listing. A folder changed within RACY_MS is listed every time, as files are read.
 */
class FolderMemo {
  private readonly folders = new Map<string, FolderEntry>();

  constructor(private readonly now: () => number) {}

  list(abs: string): Dirent[] {
    const st = statSync(abs);
    const known = this.folders.get(abs);
    if (known && sameStat(known, st)) {
      return known.entries;
    }
    const entries = readdirSync(abs, { withFileTypes: true });
    if (Math.max(st.mtimeMs, st.ctimeMs) < this.now() - RACY_MS) {
      this.folders.set(abs, { mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, entries });
    } else {
      this.folders.delete(abs);
    }
    return entries;
  }
}

function isMemoEntry(value: unknown): value is MemoEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { size, mtimeMs, ctimeMs, ino, digest } = value as Record<string, unknown>;
  const numbers = [size, mtimeMs, ctimeMs, ino].every((n) => typeof n === 'number');
  return numbers && typeof digest === 'string' && DIGEST_PATTERN.test(digest);
}

/** Whether a file or folder is the one remembered: the same inode, unchanged since. */
function sameStat(
  known: { mtimeMs: number; ctimeMs: number; ino: number },
  st: { mtimeMs: number; ctimeMs: number; ino: number },
): boolean {
  return known.mtimeMs === st.mtimeMs && known.ctimeMs === st.ctimeMs && known.ino === st.ino;
}
