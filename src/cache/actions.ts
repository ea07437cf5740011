import type { StepKey } from '../records/brands.js';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
// Reaches @actions/cache (actions-service.ts): it is heavy, so nothing the CLI loads may reach here.
import pLimit, { type LimitFunction } from 'p-limit';
import { parseManifest, type Manifest, type OutputPaths } from '../records/manifest.js';
import {
  indexedStepsDigest,
  parsePlanIndex,
  PLAN_INDEX_SCHEMA,
  type PlanIndex,
} from '../records/plan-index.js';
import type { CacheStore, Warn } from './store.js';
import {
  BRANCH_RECORD_SCHEMA,
  parseBranchRecord,
  type BranchRecord,
} from '../records/branch-record.js';
import { createHash } from 'node:crypto';
import { placeOutputs, verifyOutput } from '../hash/files.js';
import { failed, type LineSink } from './actions-log.js';
import type { CircuitBreaker } from './actions-circuit-breaker.js';
import type { Clock } from './actions-rate-limit.js';
import { describeReserved, EntryService, type Upload } from './actions-service.js';
import { entryId, outputsId } from './actions-entries.js';
import { fillFromStage, linkTree, segment } from './actions-staging.js';
import { describeRestoreFailure } from './entry-files.js';

interface ActionsStoreOptions {
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
   * The longest a save waits for another job's upload of the same entry (a 409 while it is in
   * flight) to become readable before calling the key reserved; the wait is shorter for a
   * smaller entry (see EntryService.settle). Default 120 s.
   */
  otherJobWaitMs?: number;
  /** What waits: after a 429, for another job's upload. Default: real time. */
  clock?: Clock;
  /** Where the news that this run's token may not write goes. Default: `warn`. */
  writeDenied?: Warn;
}

// Plan indexes of every state share one stage path: its string is part of the entry version.
const INDEX_STAGE = 'plan-index';
const BRANCH_STAGE = 'branch-record';
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

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
  private readonly warn: Warn;
  private readonly info: Warn;
  private readonly limit: LimitFunction;
  private readonly service: EntryService;
  private readonly breaker: CircuitBreaker;

  constructor(options: ActionsStoreOptions) {
    this.warn = options.warn;
    this.info = options.info ?? (() => {});
    this.limit = pLimit(options.concurrency ?? 8);
    this.service = new EntryService(options);
    this.breaker = this.service.breaker;
  }

  /** Why the store stopped calling the service, once it has. */
  get disabled(): string | undefined {
    return this.breaker.reason;
  }

  lookup(key: StepKey): Promise<Manifest | undefined> {
    return this.limit(() => this.lookupNow(key));
  }

  async restore(manifest: Manifest, dest: OutputPaths): Promise<boolean> {
    const names = Object.keys(manifest.outputs);
    const missing = names.find((name) => dest[name] === undefined);
    if (missing !== undefined) throw new Error(`no destination for output ${missing}`);
    if (!this.service.may('read')) return false;
    if (names.length === 0) return true;
    const id = outputsId(manifest);
    const key = this.service.key('o', id);
    const entry = `cache entry ${manifest.key} for step ${manifest.step}`;
    const at = { id, kind: 'o' as const, what: `could not restore ${entry}`, fallback: false };
    return this.service.staged(at, async (stage) => {
      const call = await this.service.restore(stage, key);
      if (call.value !== key) {
        const gone = `its outputs entry ${key} is missing (evicted?)`;
        this.breaker.trouble(`${entry} is corrupt or incomplete`, failed(call) ? call : gone);
        return false;
      }
      const failure = placeOutputs(
        manifest.outputs,
        dest,
        fillFromStage(manifest.outputs, stage.abs),
      );
      if (!failure) return true;
      // Entries are immutable: a damaged one keeps missing until someone deletes it.
      const hint =
        failure.kind === 'corrupt' ? `. Delete the entry with: gh cache delete ${key}` : '';
      this.warn(describeRestoreFailure(manifest, failure) + hint);
      return false;
    });
  }

  async hasOutputs(manifest: Manifest): Promise<boolean> {
    if (Object.keys(manifest.outputs).length === 0 || !this.service.may('read')) return true;
    const found = await this.limit(() => this.service.exists('o', outputsId(manifest)));
    return found !== false;
  }

  async save(manifest: Manifest, outputs: OutputPaths): Promise<boolean> {
    if (!this.service.may('write')) return false;
    const { step } = manifest;
    const what = `could not save cache entry ${manifest.key} for step ${step}`;
    if (Object.keys(manifest.outputs).length > 0) {
      // Saved first, so a manifest never points at outputs that are not there. On a 409 the
      // entry holds exactly these digests, but another job may still be uploading it (and may
      // never finish): the service waits until it can be read.
      const uploaded = await this.saveOutputs(manifest, outputs, outputsId(manifest), what);
      if (!this.landed(uploaded, step)) return false;
    }
    const id = entryId(manifest.key);
    const uploaded = await this.service.putJson(id, 'm', this.service.key('m', id), manifest, what);
    if (!this.landed(uploaded, step)) return false;
    // Another job's manifest for this key, read back: its outputs were readable before it was
    // written, so it is a consistent entry, if not ours.
    if (uploaded.outcome === 'exists') {
      const unread = uploaded.unread ? ' (not read back: cache-mode write-only)' : '';
      this.info(`Step ${step}: already saved by another job${unread}`);
    }
    return true;
  }

  /**
   * The newest plan index of `state`, else the newest of any state: the service matches the
   * asked key and the restore key as prefixes, which is what is wanted here (every indexed
   * step is checked before use). Indexes of another schema are never matched.
   */
  async lookupIndex(state: string): Promise<{ key: string; index: PlanIndex } | undefined> {
    if (!this.service.may('read')) return undefined;
    const any = `${this.service.key('i', '')}-s${PLAN_INDEX_SCHEMA}-`;
    const what = 'could not read the plan index';
    const got = await this.service.getJson(INDEX_STAGE, 'i', `${any}${state}-`, what, [any]);
    const index = got && parsePlanIndex(got.text);
    return index && { key: got.matched, index };
  }

  async saveIndex(state: string, index: PlanIndex): Promise<boolean> {
    if (!this.service.may('write')) return false;
    const key = this.service.key(
      'i',
      `s${PLAN_INDEX_SCHEMA}-${state}-${indexedStepsDigest(index)}`,
    );
    const uploaded = await this.service.putJson(
      INDEX_STAGE,
      'i',
      key,
      index,
      'could not save the plan index',
    );
    if (uploaded.outcome === 'reserved') {
      this.warn(`could not save the plan index: ${describeReserved(uploaded)}`);
    }
    return uploaded.outcome === 'saved' || uploaded.outcome === 'exists';
  }

  /**
   * The newest record of a branch: its entries are keyed by the branch and matched as a prefix.
   * A pull request's run reads its base branch's (GITHUB-FACTS.md: cache scope); what it saves
   * itself is keyed by its own ref, so it never shadows its base's.
   */
  async lookupBranch(ref: string): Promise<BranchRecord | undefined> {
    if (!this.service.may('read')) return undefined;
    const prefix = this.branchPrefix(ref);
    const got = await this.service.getJson(
      BRANCH_STAGE,
      'b',
      prefix,
      `could not read the record of ${ref}`,
      [prefix],
    );
    const record = got && parseBranchRecord(got.text);
    return record?.ref === ref ? record : undefined;
  }

  async saveBranch(record: BranchRecord, unique: string): Promise<boolean> {
    if (!this.service.may('write')) return false;
    // Entries are never overwritten and a prefix matches the newest: each save is a new key.
    const key = `${this.branchPrefix(record.ref)}${sha256(unique).slice(0, 32)}`;
    const what = `could not save the record of ${record.ref}`;
    const uploaded = await this.service.putJson(BRANCH_STAGE, 'b', key, record, what);
    return uploaded.outcome === 'saved' || uploaded.outcome === 'exists';
  }

  private branchPrefix(ref: string): string {
    return `${this.service.key('b', '')}-r${BRANCH_RECORD_SCHEMA}-${sha256(ref).slice(0, 32)}-`;
  }

  /** Whether an upload left an entry to build on; a reserved key is said here. */
  private landed(uploaded: Upload, step: string): boolean {
    if (uploaded.outcome !== 'reserved') return uploaded.outcome !== 'failed';
    this.warn(
      `could not save the cache entry of step ${step}: ${describeReserved(uploaded)}; ` +
        `the outputs of step ${step} were not saved`,
    );
    return false;
  }

  private async lookupNow(key: StepKey): Promise<Manifest | undefined> {
    if (!this.service.may('read')) return undefined;
    const id = entryId(key);
    const asked = this.service.key('m', id);
    const got = await this.service.getJson(id, 'm', asked, `could not look up cache entry ${key}`);
    if (!got) return undefined;
    const manifest = parseManifest(got.text, key);
    if (typeof manifest !== 'string') return manifest;
    this.warn(
      `cache entry ${key} is corrupt: ${asked} holds no manifest for it (${manifest}); ignoring it`,
    );
    return undefined;
  }

  private async saveOutputs(
    manifest: Manifest,
    outputs: OutputPaths,
    id: string,
    what: string,
  ): Promise<Upload> {
    const at = { id, kind: 'o' as const, what, fallback: { outcome: 'failed' } as Upload };
    return this.service.staged(at, async (stage) => {
      for (const [name, record] of Object.entries(manifest.outputs)) {
        const source = outputs[name];
        const staged = join(stage.abs, segment(name));
        if (source === undefined) throw new Error(`output ${name} has no path`);
        mkdirSync(stage.abs, { recursive: true });
        linkTree(source, staged);
        // The entry is named by these digests and can never be replaced: check them.
        const changed = verifyOutput(staged, record);
        if (changed) {
          this.breaker.trouble(what, `output ${name} changed since it was digested (${changed})`);
          return { outcome: 'failed' };
        }
      }
      return this.service.upload(stage, this.service.key('o', id), what);
    });
  }
}
