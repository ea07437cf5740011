import { randomBytes } from 'node:crypto';

/** One cache entry as the service keeps it. Only finalized entries can be matched. */
export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  scope: string;
  /** Creation order: "newest wins" among prefix matches. */
  seq: number;
  finalized: boolean;
  blob: Buffer | undefined;
  /** Uncommitted blocks of a Put Block upload, by block id. */
  blocks: Map<string, Buffer>;
  /** Stands for the SAS signature of the entry's signed URLs. */
  sig: string;
}

/** What the runtime token grants: reads in `readScopes` order, writes to `writeScope`. */
export interface Caller {
  writeScope: string | undefined;
  readScopes: string[];
}

export interface MatchRequest {
  key: string;
  restoreKeys: string[];
  version: string;
  scopes: string[];
}

/**
 * The service's lookup order: per readable scope (the run's own first, then the base and
 * default branches), the primary key exactly, then as a prefix, then each restore key the
 * same way. A prefix matching several entries yields the newest.
 */
export function matchEntry(entries: CacheEntry[], request: MatchRequest): CacheEntry | undefined {
  for (const scope of request.scopes) {
    const candidates = entries.filter(
      (e) => e.finalized && e.scope === scope && e.version === request.version,
    );
    for (const key of [request.key, ...request.restoreKeys]) {
      const exact = candidates.find((e) => e.key === key);
      if (exact) return exact;
      const newest = candidates
        .filter((e) => e.key.startsWith(key))
        .sort((a, b) => b.seq - a.seq)[0];
      if (newest) return newest;
    }
  }
  return undefined;
}

export type CreateResult = CacheEntry | 'exists' | 'denied';
export type FinalizeResult = CacheEntry | 'not_found' | 'size_mismatch';

export class CacheState {
  readonly entries: CacheEntry[] = [];
  private seq = 0;
  // Not the entry count: entries are dropped and evicted, and an id must never come back.
  private lastId = 0;
  /** Keys a cancelled run reserved just before anyone else, and never finished. */
  private readonly stranded: Array<string | RegExp> = [];

  create(caller: Caller, key: string, version: string): CreateResult {
    const scope = caller.writeScope;
    if (scope === undefined) return 'denied';
    // Entries cannot be overwritten, and a reservation in progress blocks a second one.
    if (this.entries.some((e) => e.key === key && e.version === version && e.scope === scope)) {
      return 'exists';
    }
    const entry = this.reserve(key, version, scope);
    const stranded = this.stranded.some((p) => (typeof p === 'string' ? p === key : p.test(key)));
    return stranded ? 'exists' : entry;
  }

  /**
   * From now on, the first reservation of a key matching `pattern` (of any version, in any
   * scope) finds one already there: a run that reserved it and was cancelled before uploading.
   * It stays reserved, as the service keeps such a reservation for up to a day.
   */
  strand(pattern: string | RegExp): void {
    this.stranded.push(pattern);
  }

  /** Removes the finished entries with this key, as the service's LRU eviction does. */
  evict(key: string): number {
    const evicted = this.entries.filter((e) => e.key === key && e.finalized);
    for (const entry of evicted) this.drop(entry);
    return evicted.length;
  }

  private reserve(key: string, version: string, scope: string): CacheEntry {
    const entry: CacheEntry = {
      id: ++this.lastId,
      key,
      version,
      scope,
      seq: ++this.seq,
      finalized: false,
      blob: undefined,
      blocks: new Map(),
      sig: randomBytes(12).toString('hex'),
    };
    this.entries.push(entry);
    return entry;
  }

  finalize(caller: Caller, key: string, version: string, size: number): FinalizeResult {
    const entry = this.entries.find(
      (e) =>
        !e.finalized && e.key === key && e.version === version && e.scope === caller.writeScope,
    );
    if (!entry || entry.blob === undefined) return 'not_found';
    if (entry.blob.length !== size) return 'size_mismatch';
    entry.finalized = true;
    // Creation order for "newest wins" is the time the entry became visible.
    entry.seq = ++this.seq;
    return entry;
  }

  /** Takes a finalized entry back to reserved and uploading, as if its job were still at it. */
  hold(entry: CacheEntry): void {
    entry.finalized = false;
  }

  /** Ends a hold: the upload finished. */
  release(entry: CacheEntry): void {
    entry.finalized = true;
    entry.seq = ++this.seq;
  }

  /** Ends a hold: the job died and its reservation expired, so the key is free again. */
  drop(entry: CacheEntry): void {
    const index = this.entries.indexOf(entry);
    if (index >= 0) this.entries.splice(index, 1);
  }

  match(caller: Caller, key: string, restoreKeys: string[], version: string) {
    return matchEntry(this.entries, { key, restoreKeys, version, scopes: caller.readScopes });
  }

  byId(id: number): CacheEntry | undefined {
    return this.entries.find((e) => e.id === id);
  }
}
