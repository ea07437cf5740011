import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
// The only import of @actions/cache: it is heavy, so nothing the CLI loads may reach here.
import * as cache from '@actions/cache';
import pLimit, { type LimitFunction } from 'p-limit';
import { claimsDigest, type PlanIndex } from '../plan/plan-index.js';
import type { CacheStore, Manifest, OutputPaths, Warn } from './store.js';
import { placeOutputs, verifyOutput } from '../hash/files.js';
import { defaultSink, failed, type LineSink } from './actions-log.js';
import { environmentProblem, ServiceGate } from './actions-gate.js';
import {
  entryId,
  entryKey,
  outputsId,
  parseManifest,
  parsePlanIndex,
  sanitizePrefix,
  type EntryKind,
} from './actions-entries.js';
import {
  NamedLock,
  checkStagingDir,
  clear,
  fillFromStage,
  linkTree,
  segment,
  stageOf,
  stageRoot,
  type Stage,
} from './actions-staging.js';

export interface ActionsStoreOptions {
  /** The `cache-prefix` input: separates pipelines or invalidates everything at once. */
  prefix?: string;
  /** Relative to cwd (which must be GITHUB_WORKSPACE). Default `.pipekit/xfer`. */
  stagingDir?: string;
  warn: Warn;
  /** For news that is not trouble ("already saved by another job"). */
  info?: Warn;
  /** Parallel lookups. Default 8. */
  concurrency?: number;
  /** Where the client's own log lines go. Default: stdout, its warnings as debug lines. */
  clientLog?: LineSink;
  /**
   * How long a save waits for another job's upload of the same entry (a 409 while it is in
   * flight) to become readable before giving up on saving. Default 120 s.
   */
  otherJobWaitMs?: number;
}

type Upload = 'saved' | 'exists' | 'failed';

// Every stage is a path in the workspace that the cache client archives from: two calls must
// not share one, whichever ActionsStore of this process makes them.
const stages = new NamedLock();
// Plan indexes of every state share one stage path: its string is part of the entry version.
const INDEX_STAGE = 'plan-index';
// Polling another job's entry: first look at once, then back off to this.
const FIRST_POLL_MS = 200;
const MAX_POLL_MS = 5_000;

interface StageTask<T> {
  id: string;
  kind: EntryKind;
  /** Says what failed, when the filesystem does. */
  what: string;
  fallback: T;
}

/**
 * The GitHub Actions cache as a CacheStore: per step key a small manifest entry and an
 * outputs entry. The service matches keys by prefix and never overwrites, so keys are fixed
 * length (`pipekit-v1-<prefix>-m-<64 hex>`) and a hit counts only when the returned key is
 * the one asked for. The outputs entry is named by the digests of the outputs, not by the
 * step key: when another job saved the same key first (409), a manifest always points at
 * outputs with exactly its digests, whichever job won each of the two races.
 */
export class ActionsStore implements CacheStore {
  readonly name = 'actions';
  private readonly prefix: string;
  private readonly stagingDir: string;
  private readonly warn: Warn;
  private readonly info: Warn;
  private readonly limit: LimitFunction;
  private readonly gate: ServiceGate;
  private readonly otherJobWaitMs: number;
  private readOnly: string | undefined;

  constructor(options: ActionsStoreOptions) {
    this.prefix = sanitizePrefix(options.prefix ?? '');
    this.stagingDir = options.stagingDir ?? '.pipekit/xfer';
    checkStagingDir(this.stagingDir);
    this.warn = options.warn;
    this.info = options.info ?? (() => {});
    this.limit = pLimit(options.concurrency ?? 8);
    this.otherJobWaitMs = options.otherJobWaitMs ?? 120_000;
    this.gate = new ServiceGate(this.warn, options.clientLog ?? defaultSink, environmentProblem);
  }

  /** Why the store stopped calling the service, once it has. */
  get disabled(): string | undefined {
    return this.gate.reason;
  }

  lookup(key: string): Promise<Manifest | undefined> {
    return this.limit(() => this.lookupNow(key));
  }

  async restore(manifest: Manifest, dest: OutputPaths): Promise<boolean> {
    const names = Object.keys(manifest.outputs);
    const missing = names.find((name) => dest[name] === undefined);
    if (missing !== undefined) throw new Error(`no destination for output ${missing}`);
    if (!this.gate.open()) return false;
    if (names.length === 0) return true;
    const id = outputsId(manifest);
    const key = this.key('o', id);
    const entry = `cache entry ${manifest.key} for step ${manifest.step}`;
    const at = { id, kind: 'o' as const, what: `could not restore ${entry}`, fallback: false };
    return this.staged(at, async (stage) => {
      const call = await this.gate.call(() => cache.restoreCache([stage.rel], key));
      if (call.value !== key) {
        const gone = `its outputs entry ${key} is missing (evicted?)`;
        this.gate.trouble(`${entry} is corrupt or incomplete`, failed(call) ? call : gone);
        return false;
      }
      const failure = placeOutputs(
        manifest.outputs,
        dest,
        fillFromStage(manifest.outputs, stage.abs),
      );
      if (!failure) return true;
      // Entries are immutable: a damaged one keeps missing until someone deletes it.
      this.warn(
        `${entry} is corrupt: ${failure.reason}; running the step. ` +
          `Delete the entry with: gh cache delete ${key}`,
      );
      return false;
    });
  }

  async save(manifest: Manifest, outputs: OutputPaths): Promise<boolean> {
    if (!this.gate.open() || this.readOnly) return false;
    const what = `could not save cache entry ${manifest.key} for step ${manifest.step}`;
    if (Object.keys(manifest.outputs).length > 0) {
      // Saved first, so a manifest never points at outputs that are not there. On a 409 the
      // entry holds exactly these digests, but another job may still be uploading it (and may
      // never finish): the manifest waits until it can be read.
      const id = outputsId(manifest);
      const uploaded = await this.saveOutputs(manifest, outputs, id, what);
      if (uploaded === 'failed') return false;
      if (uploaded === 'exists' && !(await this.settled('o', id, what))) return false;
    }
    const id = entryId(manifest.key);
    const at = { id, kind: 'm' as const, what, fallback: 'failed' as Upload };
    const uploaded = await this.staged(at, async (stage) => {
      mkdirSync(stage.abs, { recursive: true });
      writeFileSync(join(stage.abs, 'manifest.json'), JSON.stringify(manifest));
      return this.upload(stage, this.key('m', id), what);
    });
    if (uploaded === 'failed') return false;
    // Another job's manifest for this key: saved only once it can be read. Its outputs were
    // readable before it was written, so it is a consistent entry, if not ours.
    if (uploaded === 'exists') {
      if (!(await this.settled('m', id, what))) return false;
      this.info(`Step ${manifest.step}: already saved by another job`);
    }
    return true;
  }

  /**
   * The newest plan index of `state`, else the newest of any state: the service matches the
   * asked key and the restore key as prefixes, which is what is wanted here (every claim is
   * checked before use).
   */
  async lookupIndex(state: string): Promise<{ key: string; index: PlanIndex } | undefined> {
    if (!this.gate.open()) return undefined;
    const what = 'could not read the plan index';
    const at = { id: INDEX_STAGE, kind: 'i' as const, what, fallback: undefined };
    return this.staged(at, async (stage) => {
      const any = `${this.key('i', '')}-`;
      const call = await this.gate.call(() =>
        cache.restoreCache([stage.rel], `${any}${state}-`, [any]),
      );
      if (call.value === undefined) {
        if (failed(call)) this.gate.trouble(what, call);
        return undefined;
      }
      const index = parsePlanIndex(readFileSync(join(stage.abs, 'index.json'), 'utf8'));
      return index && { key: call.value, index };
    });
  }

  async saveIndex(state: string, index: PlanIndex): Promise<boolean> {
    if (!this.gate.open() || this.readOnly) return false;
    const what = 'could not save the plan index';
    const at = { id: INDEX_STAGE, kind: 'i' as const, what, fallback: 'failed' as Upload };
    const uploaded = await this.staged(at, async (stage) => {
      mkdirSync(stage.abs, { recursive: true });
      writeFileSync(join(stage.abs, 'index.json'), JSON.stringify(index));
      return this.upload(stage, this.key('i', `${state}-${claimsDigest(index)}`), what);
    });
    return uploaded !== 'failed';
  }

  private async lookupNow(key: string): Promise<Manifest | undefined> {
    if (!this.gate.open()) return undefined;
    const id = entryId(key);
    const asked = this.key('m', id);
    const what = `could not look up cache entry ${key}`;
    const at = { id, kind: 'm' as const, what, fallback: undefined };
    return this.staged<Manifest | undefined>(at, async (stage) => {
      const call = await this.gate.call(() => cache.restoreCache([stage.rel], asked));
      // Another key that merely starts with ours is not a hit.
      if (call.value !== asked) {
        if (failed(call)) this.gate.trouble(what, call);
        return undefined;
      }
      const manifest = parseManifest(readFileSync(join(stage.abs, 'manifest.json'), 'utf8'));
      if (manifest?.key === key) return manifest;
      this.warn(`cache entry ${key} is corrupt: ${asked} holds no manifest for it; ignoring it`);
      return undefined;
    });
  }

  private async saveOutputs(
    manifest: Manifest,
    outputs: OutputPaths,
    id: string,
    what: string,
  ): Promise<Upload> {
    const at = { id, kind: 'o' as const, what, fallback: 'failed' as Upload };
    return this.staged(at, async (stage) => {
      for (const [name, record] of Object.entries(manifest.outputs)) {
        const source = outputs[name];
        const staged = join(stage.abs, segment(name));
        if (source === undefined) throw new Error(`output ${name} has no path`);
        mkdirSync(stage.abs, { recursive: true });
        linkTree(source, staged);
        // The entry is named by these digests and can never be replaced: check them.
        const changed = verifyOutput(staged, record);
        if (changed) {
          this.gate.trouble(what, `output ${name} changed since it was digested (${changed})`);
          return 'failed';
        }
      }
      return this.upload(stage, this.key('o', id), what);
    });
  }

  private async upload(stage: Stage, key: string, what: string): Promise<Upload> {
    const call = await this.gate.call(() => cache.saveCache([stage.rel], key));
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
    this.gate.trouble(what, call);
    return 'failed';
  }

  /**
   * After a 409 on `kind`/`id`: whether the other job's entry can be read, polled until it
   * can or `otherJobWaitMs` has passed (its job failed or is slow: nothing is saved then).
   */
  private async settled(kind: EntryKind, id: string, what: string): Promise<boolean> {
    // A lookup only: it needs the same paths (the version), not the stage on disk.
    const { rel } = stageOf(process.cwd(), this.stagingDir, id, kind);
    const key = this.key(kind, id);
    const deadline = Date.now() + this.otherJobWaitMs;
    for (let pause = FIRST_POLL_MS; ; pause = Math.min(pause * 2, MAX_POLL_MS)) {
      const call = await this.gate.call(() =>
        cache.restoreCache([rel], key, [], { lookupOnly: true }),
      );
      if (call.value === key) return true;
      if (failed(call)) {
        this.gate.trouble(what, call);
        return false;
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        const waited = `${this.otherJobWaitMs / 1000} s`;
        this.gate.trouble(what, `another job reserved ${key} and has not finished it in ${waited}`);
        return false;
      }
      await sleep(Math.min(pause, left));
    }
  }

  /** Runs `task` in a fresh stage, removed afterwards; filesystem trouble is a warning. */
  private async staged<T>(at: StageTask<T>, task: (stage: Stage) => Promise<T>): Promise<T> {
    const stage = stageOf(process.cwd(), this.stagingDir, at.id, at.kind);
    const root = stageRoot(stage);
    return stages.run(root, async () => {
      try {
        clear(root);
        return await task(stage);
      } catch (error) {
        this.gate.trouble(at.what, error);
        return at.fallback;
      } finally {
        clear(root);
      }
    });
  }

  private key(kind: EntryKind, id: string): string {
    return entryKey(this.prefix, kind, id);
  }
}
