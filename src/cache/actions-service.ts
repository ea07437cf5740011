import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cache from '@actions/cache';
import type { Warn } from './store.js';
import { defaultSink, failed, type ClientCall, type LineSink } from './actions-log.js';
import { environmentProblem, CircuitBreaker } from './actions-circuit-breaker.js';
import { client } from './actions-client.js';
import { cacheMode, describeCacheMode } from './actions-mode.js';
import { systemClock, type Clock } from './actions-rate-limit.js';
import { entryKey, sanitizePrefix, type EntryKind } from './actions-entries.js';
import {
  NamedLock,
  checkStagingDir,
  clear,
  stageOf,
  stageRoot,
  type Stage,
} from './actions-staging.js';

/**
 * How an upload ended: saved; another job's entry under the key (`unread` when the mode
 * forbids reading it back); the key reserved by an upload that never finished; or failed, which
 * has been reported.
 */
export type Upload =
  | { outcome: 'saved' }
  | { outcome: 'exists'; unread: boolean }
  | { outcome: 'reserved'; key: string; waitedMs: number | undefined }
  | { outcome: 'failed' };

interface StageTask<T> {
  id: string;
  kind: EntryKind;
  /** Says what failed, when the filesystem does. */
  what: string;
  fallback: T;
}

interface EntryServiceOptions {
  prefix?: string;
  stagingDir?: string;
  warn: Warn;
  info?: Warn;
  clientLog?: LineSink;
  otherJobWaitMs?: number;
  clock?: Clock;
  writeDenied?: Warn;
}

// Every stage is a path in the workspace that the cache client archives from: two calls must
// not share one, whichever store of this process makes them.
const stages = new NamedLock();
// The file inside a manifest or plan index entry.
const JSON_FILE = 'entry.json';
// Polling another job's entry: first look at once, then back off to this.
const FIRST_POLL_MS = 200;
const MAX_POLL_MS = 5_000;
// How long another job's upload of an entry may take, once its key is reserved (see settle).
const UPLOAD_BASE_MS = 5_000;
const UPLOAD_BYTES_PER_S = 8 * 1024 * 1024;

/**
 * Cache entries as the service keeps them: keys, stages in the workspace, uploads that may
 * meet another job's (409), one-file JSON entries, the job's cache-mode, and the circuit
 * breaker that stops all calls after the first sign of a service in trouble. The store above
 * it decides what the entries mean.
 */
export class EntryService {
  readonly breaker: CircuitBreaker;
  private readOnly: string | undefined;
  private readonly prefix: string;
  private readonly stagingDir: string;
  private readonly warn: Warn;
  private readonly info: Warn;
  private readonly writeDenied: Warn;
  private readonly otherJobWaitMs: number;
  private readonly clock: Clock;
  private readonly mode = cacheMode();
  private modeSaid = false;
  /** Keys found reserved by an upload that never finished: not waited for twice. */
  private readonly stuck = new Set<string>();

  constructor(options: EntryServiceOptions) {
    this.prefix = sanitizePrefix(options.prefix ?? '');
    this.stagingDir = options.stagingDir ?? '.pipekit/xfer';
    checkStagingDir(this.stagingDir);
    this.warn = options.warn;
    this.info = options.info ?? (() => {});
    this.writeDenied = options.writeDenied ?? this.warn;
    this.otherJobWaitMs = options.otherJobWaitMs ?? 120_000;
    this.clock = options.clock ?? systemClock;
    this.breaker = new CircuitBreaker(
      this.warn,
      options.clientLog ?? defaultSink,
      environmentProblem,
      this.clock,
    );
  }

  /**
   * Whether the service may be called to read or to write: the job's cache-mode allows it
   * (said once), the breaker has not tripped, and for writes, no save was denied.
   */
  may(access: 'read' | 'write'): boolean {
    if (!this.modeSaid) {
      this.modeSaid = true;
      const line = describeCacheMode(this.mode);
      if (line) this.info(line);
    }
    if (!this.mode[access]) return false;
    if (!this.breaker.allowsCalls()) return false;
    return access === 'read' || this.readOnly === undefined;
  }

  async upload(stage: Stage, key: string, what: string): Promise<Upload> {
    const call = await this.breaker.call(() => client.save(stage.rel, key));
    if (call.value !== undefined && call.value !== -1 && !failed(call)) return { outcome: 'saved' };
    // Another job saved this key first (entries are never overwritten), or is saving it, or
    // was cancelled while saving.
    if (call.value === -1 && call.report.statuses.has(409)) {
      return this.settle(stage.rel, key, what, call.report.archiveBytes ?? 0);
    }
    // Runs of untrusted events get read-only tokens: every save would fail the same way.
    const denied = call.report.problems.find((p) => p.includes(cache.CACHE_WRITE_DENIED_PREFIX));
    if (denied && !this.readOnly) {
      this.readOnly = denied.slice(denied.indexOf(cache.CACHE_WRITE_DENIED_PREFIX));
      this.writeDenied(
        `GitHub Actions cache is read-only for this run, nothing is saved: ${this.readOnly}`,
      );
      return { outcome: 'failed' };
    }
    this.breaker.trouble(what, call, '');
    return { outcome: 'failed' };
  }

  /**
   * After a 409 for `key`: whether another job's entry is there to read. The protocol cannot
   * tell an upload in progress from a reservation whose run was cancelled (kept for up to a
   * day): both are a 409 on saving and a miss on lookup, with no age or owner to be seen. What
   * tells them apart is time. The other job reserved the key only once its archive was made
   * (the client tars first), so what is left to it is the upload of an archive like this one
   * (same key, same content for an outputs entry): a few seconds, plus its size at a
   * conservative rate, at most `otherJobWaitMs`. Not there by then, it is called reserved, and
   * not waited for again in this job.
   */
  private async settle(rel: string, key: string, what: string, bytes: number): Promise<Upload> {
    // Under cache-mode write-only, nothing can be read back: the 409 is all there is to know.
    if (!this.mode.read) return { outcome: 'exists', unread: true };
    if (this.stuck.has(key)) return { outcome: 'reserved', key, waitedMs: undefined };
    const allowance = Math.min(
      this.otherJobWaitMs,
      UPLOAD_BASE_MS + Math.round(bytes / UPLOAD_BYTES_PER_S) * 1000,
    );
    const deadline = this.clock.now() + allowance;
    for (let pause = FIRST_POLL_MS; ; pause = Math.min(pause * 2, MAX_POLL_MS)) {
      const call = await this.breaker.call(() => client.lookup(rel, key));
      if (call.value === key) return { outcome: 'exists', unread: false };
      if (failed(call)) {
        this.breaker.trouble(what, call, '');
        return { outcome: 'failed' };
      }
      const left = deadline - this.clock.now();
      if (left <= 0) {
        this.stuck.add(key);
        return { outcome: 'reserved', key, waitedMs: allowance };
      }
      await this.clock.sleep(Math.min(pause, left));
    }
  }

  /** Whether the entry `kind`/`id` exists, by a lookup that downloads nothing; undefined on trouble. */
  async exists(kind: EntryKind, id: string): Promise<boolean | undefined> {
    const { rel } = stageOf(process.cwd(), this.stagingDir, id, kind);
    const key = this.key(kind, id);
    const call = await this.breaker.call(() => client.lookup(rel, key));
    if (failed(call)) return undefined;
    return call.value === key;
  }

  /** Runs `task` in a fresh stage, removed afterwards; filesystem trouble is a warning. */
  async staged<T>(at: StageTask<T>, task: (stage: Stage) => Promise<T>): Promise<T> {
    const stage = stageOf(process.cwd(), this.stagingDir, at.id, at.kind);
    const root = stageRoot(stage);
    return stages.run(root, async () => {
      try {
        clear(root);
        return await task(stage);
      } catch (error) {
        this.breaker.trouble(at.what, error);
        return at.fallback;
      } finally {
        clear(root);
      }
    });
  }

  key(kind: EntryKind, id: string): string {
    return entryKey(this.prefix, kind, id);
  }

  /** Restores the entry `key` into `stage`: the key the service matched, if any. */
  restore(stage: Stage, key: string): Promise<ClientCall<string | undefined>> {
    return this.breaker.call(() => client.restore(stage.rel, key));
  }

  /** Saves `value` as the one-file entry `key` (a manifest, a plan index). */
  putJson(id: string, kind: EntryKind, key: string, value: unknown, what: string): Promise<Upload> {
    const fallback: Upload = { outcome: 'failed' };
    return this.staged({ id, kind, what, fallback }, async (stage) => {
      mkdirSync(stage.abs, { recursive: true });
      writeFileSync(join(stage.abs, JSON_FILE), JSON.stringify(value));
      return this.upload(stage, key, what);
    });
  }

  /**
   * Restores a one-file entry: the key the service matched and the file's text. With
   * `restoreKeys` undefined only `key` itself counts: the service also answers with keys that
   * merely start with it, whose archives unpack elsewhere.
   */
  getJson(
    id: string,
    kind: EntryKind,
    key: string,
    what: string,
    restoreKeys?: string[],
  ): Promise<{ matched: string; text: string } | undefined> {
    const at = { id, kind, what, fallback: undefined };
    return this.staged<{ matched: string; text: string } | undefined>(at, async (stage) => {
      const call = await this.breaker.call(() => client.restore(stage.rel, key, restoreKeys));
      if (call.value === undefined || (!restoreKeys && call.value !== key)) {
        if (failed(call)) this.breaker.trouble(what, call);
        return undefined;
      }
      return { matched: call.value, text: readFileSync(join(stage.abs, JSON_FILE), 'utf8') };
    });
  }
}

/** What a reserved key means for a save, in words. */
export function describeReserved(upload: { key: string; waitedMs: number | undefined }): string {
  const waited = upload.waitedMs === undefined ? '' : ` in ${upload.waitedMs / 1000} s`;
  return (
    `its key ${upload.key} is reserved by an upload that did not finish${waited} (a run ` +
    'cancelled while saving leaves its key reserved for up to a day)'
  );
}
