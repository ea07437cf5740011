import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// The only import of @actions/cache: it is heavy, so nothing the CLI loads may reach here.
import * as cache from '@actions/cache';
import pLimit, { type LimitFunction } from 'p-limit';
import type { CacheStore, Manifest, OutputPaths, Warn } from './store.js';
import { canonicalJson } from '../hash/key.js';
import { placeOutputs, verifyOutput } from '../hash/files.js';
import {
  defaultSink,
  fatalReason,
  emptyReport,
  tapClientLog,
  type ClientCall,
  type LineSink,
} from './actions-log.js';
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
}

type Upload = 'saved' | 'exists' | 'failed';

const HEX_KEY = /^[0-9a-f]{64}$/;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

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
  private readonly clientLog: LineSink;
  private readonly lock = new NamedLock();
  private off: string | undefined;
  private readOnly: string | undefined;
  private announced = false;
  private checked = false;

  constructor(options: ActionsStoreOptions) {
    // Keys may not contain commas (the client splits on them); keep well under 512 chars.
    this.prefix = (options.prefix ?? '').replace(/[,\s]/g, '_').slice(0, 128);
    this.stagingDir = options.stagingDir ?? '.pipekit/xfer';
    checkStagingDir(this.stagingDir);
    this.warn = options.warn;
    this.info = options.info ?? (() => {});
    this.limit = pLimit(options.concurrency ?? 8);
    this.clientLog = options.clientLog ?? defaultSink;
  }

  /** Why the store stopped calling the service, once it has. */
  get disabled(): string | undefined {
    return this.off;
  }

  lookup(key: string): Promise<Manifest | undefined> {
    return this.limit(() => this.lookupNow(key));
  }

  async restore(manifest: Manifest, dest: OutputPaths): Promise<boolean> {
    const names = Object.keys(manifest.outputs);
    const missing = names.find((name) => dest[name] === undefined);
    if (missing !== undefined) throw new Error(`no destination for output ${missing}`);
    if (!this.usable()) return false;
    if (names.length === 0) return true;
    const id = outputsId(manifest);
    const key = this.key('o', id);
    return this.staged(id, 'o', false, async (stage) => {
      const call = await this.client(() => cache.restoreCache([stage.rel], key));
      const entry = `cache entry ${manifest.key} for step ${manifest.step}`;
      if (call.value !== key) {
        const gone = `its outputs entry ${key} is missing (evicted?)`;
        this.trouble(`${entry} is corrupt or incomplete`, failed(call) ? call : gone);
        return false;
      }
      const failure = placeOutputs(manifest.outputs, dest, fillFromStage(manifest.outputs, stage.abs));
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
    if (!this.usable() || this.readOnly) return false;
    if (Object.keys(manifest.outputs).length > 0) {
      // Saved first, so a manifest never points at outputs that are not there yet. 'exists'
      // is fine: that entry holds exactly these digests.
      if ((await this.saveOutputs(manifest, outputs)) === 'failed') return false;
    }
    const id = entryId(manifest.key);
    const uploaded = await this.staged<Upload>(id, 'm', 'failed', async (stage) => {
      mkdirSync(stage.abs, { recursive: true });
      writeFileSync(join(stage.abs, 'manifest.json'), JSON.stringify(manifest));
      return this.upload(stage, this.key('m', id), manifest);
    });
    if (uploaded === 'exists') this.info(`Step ${manifest.step}: already saved by another job`);
    return uploaded !== 'failed';
  }

  private async lookupNow(key: string): Promise<Manifest | undefined> {
    if (!this.usable()) return undefined;
    const id = entryId(key);
    const asked = this.key('m', id);
    return this.staged<Manifest | undefined>(id, 'm', undefined, async (stage) => {
      const call = await this.client(() => cache.restoreCache([stage.rel], asked));
      // Another key that merely starts with ours is not a hit.
      if (call.value !== asked) {
        if (failed(call)) this.trouble(`could not look up cache entry ${key}`, call);
        return undefined;
      }
      const manifest = parseManifest(readFileSync(join(stage.abs, 'manifest.json'), 'utf8'));
      if (manifest?.key === key) return manifest;
      this.warn(`cache entry ${key} is corrupt: ${asked} holds no manifest for it; ignoring it`);
      return undefined;
    });
  }

  private async saveOutputs(manifest: Manifest, outputs: OutputPaths): Promise<Upload> {
    const id = outputsId(manifest);
    return this.staged<Upload>(id, 'o', 'failed', async (stage) => {
      for (const [name, record] of Object.entries(manifest.outputs)) {
        const source = outputs[name];
        const staged = join(stage.abs, segment(name));
        if (source === undefined) throw new Error(`output ${name} has no path`);
        mkdirSync(stage.abs, { recursive: true });
        linkTree(source, staged);
        // The entry is named by these digests and can never be replaced: check them.
        const changed = verifyOutput(staged, record);
        if (changed) {
          const why = `output ${name} changed since it was digested (${changed})`;
          this.trouble(`could not save cache entry ${manifest.key} for step ${manifest.step}`, why);
          return 'failed';
        }
      }
      return this.upload(stage, this.key('o', id), manifest);
    });
  }

  private async upload(stage: Stage, key: string, manifest: Manifest): Promise<Upload> {
    const call = await this.client(() => cache.saveCache([stage.rel], key));
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
    this.trouble(`could not save cache entry ${manifest.key} for step ${manifest.step}`, call);
    return 'failed';
  }

  /** Runs `task` in a fresh stage, removed afterwards; filesystem trouble is a warning. */
  private async staged<T>(
    id: string,
    kind: 'm' | 'o',
    fallback: T,
    task: (stage: Stage) => Promise<T>,
  ): Promise<T> {
    const stage = stageOf(process.cwd(), this.stagingDir, id, kind);
    const root = stageRoot(stage);
    return this.lock.run(root, async () => {
      try {
        clear(root);
        return await task(stage);
      } catch (error) {
        this.trouble(`GitHub Actions cache (${kind === 'm' ? 'manifest' : 'outputs'} ${id})`, error);
        return fallback;
      } finally {
        clear(root);
      }
    });
  }

  private async client<T>(fn: () => Promise<T>): Promise<ClientCall<T>> {
    // Checked before every call, not once per store method: a save is two uploads.
    if (this.off) return { error: new Error(this.off), report: emptyReport() };
    const call = await tapClientLog(fn, this.clientLog, (report) => {
      // Set while the client is still retrying, so queued calls do not start.
      this.off ??= fatalReason(report);
    });
    if (this.off && !this.announced) {
      const detail = call.report.problems[0];
      this.announce(detail ? `${this.off}: ${detail}` : this.off);
    }
    return call;
  }

  /** Warns about a failure, unless the store just went off (which is announced once). */
  private trouble(what: string, cause: unknown): void {
    if (this.off) return;
    this.warn(`${what}: ${describe(cause)}; running the step`);
  }

  private announce(reason: string): void {
    this.announced = true;
    this.warn(`GitHub Actions cache off for the rest of this run: ${reason}`);
  }

  private usable(): boolean {
    if (!this.checked) {
      this.checked = true;
      const problem = environmentProblem();
      if (problem) {
        this.off = problem;
        this.announce(problem);
      }
    }
    return this.off === undefined;
  }

  private key(kind: 'm' | 'o', id: string): string {
    return ['pipekit-v1', this.prefix, kind, id].filter((part) => part !== '').join('-');
  }
}

/** Step keys are sha256 hex already; anything else is hashed to keep keys fixed-length. */
const entryId = (key: string): string => (HEX_KEY.test(key) ? key : sha256(key));

/** Names the outputs entry by content: same digests, same entry, whichever step saved it. */
function outputsId(manifest: Manifest): string {
  const outputs = Object.entries(manifest.outputs).map(([name, o]) => [name, o.type, o.digest]);
  return sha256(canonicalJson({ outputs, schema: 'pipekit-outputs-v1' }));
}

function failed(call: ClientCall<unknown>): boolean {
  return call.error !== undefined || call.report.problems.length > 0 || fatalReason(call.report) !== undefined;
}

function describe(cause: unknown): string {
  if (typeof cause === 'string') return cause;
  if (cause instanceof Error) return cause.message;
  const call = cause as ClientCall<unknown>;
  if (call.report?.problems[0]) return call.report.problems[0];
  if (call.error !== undefined) return describe(call.error);
  return fatalReason(call.report) ?? 'the cache client reported nothing';
}

function parseManifest(text: string): Manifest | undefined {
  try {
    const value = JSON.parse(text) as Partial<Manifest> | null;
    const ok = value?.schema === 1 && typeof value.key === 'string' && typeof value.outputs === 'object';
    return ok ? (value as Manifest) : undefined;
  } catch {
    return undefined;
  }
}

/** Settings without which every call would fail the same way: checked once, no request made. */
function environmentProblem(): string | undefined {
  if (!cache.isFeatureAvailable()) {
    return 'no cache service configured (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset)';
  }
  if (!process.env.ACTIONS_RUNTIME_TOKEN) {
    return 'no ACTIONS_RUNTIME_TOKEN (only JavaScript and container actions get one)';
  }
  const workspace = process.env.GITHUB_WORKSPACE;
  // The client archives relative to GITHUB_WORKSPACE but resolves paths against cwd.
  if (workspace && realOrSelf(workspace) !== realOrSelf(process.cwd())) {
    return `the working directory is not GITHUB_WORKSPACE (${workspace})`;
  }
  return undefined;
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
