import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as cache from '@actions/cache';
import type { Warn } from './store.js';
import { defaultSink, failed, type LineSink } from './actions-log.js';
import { environmentProblem, CircuitBreaker } from './actions-circuit-breaker.js';
import { entryKey, sanitizePrefix, type EntryKind } from './actions-entries.js';
import {
  NamedLock,
  checkStagingDir,
  clear,
  stageOf,
  stageRoot,
  type Stage,
} from './actions-staging.js';

export type Upload = 'saved' | 'exists' | 'failed';

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
  clientLog?: LineSink;
  otherJobWaitMs?: number;
}

// Every stage is a path in the workspace that the cache client archives from: two calls must
// not share one, whichever store of this process makes them.
const stages = new NamedLock();
// The file inside a manifest or plan index entry.
const JSON_FILE = 'entry.json';
// Polling another job's entry: first look at once, then back off to this.
const FIRST_POLL_MS = 200;
const MAX_POLL_MS = 5_000;

/**
 * Cache entries as the service keeps them: keys, stages in the workspace, uploads that may
 * meet another job's (409), one-file JSON entries, and the circuit breaker that stops all calls after
 * the first sign of a service in trouble. The store above it decides what the entries mean.
 */
export class EntryService {
  readonly breaker: CircuitBreaker;
  readOnly: string | undefined;
  private readonly prefix: string;
  private readonly stagingDir: string;
  private readonly warn: Warn;
  private readonly otherJobWaitMs: number;

  constructor(options: EntryServiceOptions) {
    this.prefix = sanitizePrefix(options.prefix ?? '');
    this.stagingDir = options.stagingDir ?? '.pipekit/xfer';
    checkStagingDir(this.stagingDir);
    this.warn = options.warn;
    this.otherJobWaitMs = options.otherJobWaitMs ?? 120_000;
    this.breaker = new CircuitBreaker(
      this.warn,
      options.clientLog ?? defaultSink,
      environmentProblem,
    );
  }

  async upload(stage: Stage, key: string, what: string): Promise<Upload> {
    const call = await this.breaker.call(() => cache.saveCache([stage.rel], key));
    if (call.value !== undefined && call.value !== -1 && !failed(call)) return 'saved';
    // Another job saved this key first; entries are never overwritten.
    if (call.value === -1 && call.report.statuses.has(409)) return 'exists';
    // Runs of untrusted events get read-only tokens: every save would fail the same way.
    const denied = call.report.problems.find((p) => p.includes(cache.CACHE_WRITE_DENIED_PREFIX));
    if (denied && !this.readOnly) {
      this.readOnly = denied;
      this.warn(`GitHub Actions cache is read-only for this run, nothing is saved: ${denied}`);
      return 'failed';
    }
    this.breaker.trouble(what, call);
    return 'failed';
  }

  /**
   * After a 409 on `kind`/`id`: whether the other job's entry can be read, polled until it
   * can or `otherJobWaitMs` has passed (its job failed or is slow: nothing is saved then).
   */
  async settled(kind: EntryKind, id: string, what: string): Promise<boolean> {
    // A lookup only: it needs the same paths (the version), not the stage on disk.
    const { rel } = stageOf(process.cwd(), this.stagingDir, id, kind);
    const key = this.key(kind, id);
    const deadline = Date.now() + this.otherJobWaitMs;
    for (let pause = FIRST_POLL_MS; ; pause = Math.min(pause * 2, MAX_POLL_MS)) {
      const call = await this.breaker.call(() =>
        cache.restoreCache([rel], key, [], { lookupOnly: true }),
      );
      if (call.value === key) return true;
      if (failed(call)) {
        this.breaker.trouble(what, call);
        return false;
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        const waited = `${this.otherJobWaitMs / 1000} s`;
        this.breaker.trouble(
          what,
          `another job reserved ${key} and has not finished it in ${waited}`,
        );
        return false;
      }
      await sleep(Math.min(pause, left));
    }
  }

  /** Whether the entry `kind`/`id` exists, by a lookup that downloads nothing; undefined on trouble. */
  async exists(kind: EntryKind, id: string): Promise<boolean | undefined> {
    const { rel } = stageOf(process.cwd(), this.stagingDir, id, kind);
    const key = this.key(kind, id);
    const call = await this.breaker.call(() =>
      cache.restoreCache([rel], key, [], { lookupOnly: true }),
    );
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

  /** Saves `value` as the one-file entry `key` (a manifest, a plan index). */
  putJson(id: string, kind: EntryKind, key: string, value: unknown, what: string): Promise<Upload> {
    return this.staged({ id, kind, what, fallback: 'failed' as Upload }, async (stage) => {
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
      const call = await this.breaker.call(() => cache.restoreCache([stage.rel], key, restoreKeys));
      if (call.value === undefined || (!restoreKeys && call.value !== key)) {
        if (failed(call)) this.breaker.trouble(what, call);
        return undefined;
      }
      return { matched: call.value, text: readFileSync(join(stage.abs, JSON_FILE), 'utf8') };
    });
  }
}
