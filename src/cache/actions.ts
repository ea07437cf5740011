import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// The only import of @actions/cache: it is heavy, so nothing the CLI loads may reach here.
import * as cache from '@actions/cache';
import pLimit, { type LimitFunction } from 'p-limit';
import type { CacheStore, Manifest, OutputPaths, Warn } from './store.js';
import { placeOutputs, verifyOutput } from '../hash/files.js';
import { defaultSink, failed, type LineSink } from './actions-log.js';
import { ServiceGate } from './actions-gate.js';
import {
  entryId,
  entryKey,
  outputsId,
  parseManifest,
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
}

type Upload = 'saved' | 'exists' | 'failed';

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
  private readonly lock = new NamedLock();
  private readOnly: string | undefined;

  constructor(options: ActionsStoreOptions) {
    this.prefix = sanitizePrefix(options.prefix ?? '');
    this.stagingDir = options.stagingDir ?? '.pipekit/xfer';
    checkStagingDir(this.stagingDir);
    this.warn = options.warn;
    this.info = options.info ?? (() => {});
    this.limit = pLimit(options.concurrency ?? 8);
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
    if (Object.keys(manifest.outputs).length > 0) {
      // Saved first, so a manifest never points at outputs that are not there yet. 'exists'
      // is fine: that entry holds exactly these digests.
      if ((await this.saveOutputs(manifest, outputs)) === 'failed') return false;
    }
    const id = entryId(manifest.key);
    const what = `could not save cache entry ${manifest.key} for step ${manifest.step}`;
    const at = { id, kind: 'm' as const, what, fallback: 'failed' as Upload };
    const uploaded = await this.staged(at, async (stage) => {
      mkdirSync(stage.abs, { recursive: true });
      writeFileSync(join(stage.abs, 'manifest.json'), JSON.stringify(manifest));
      return this.upload(stage, this.key('m', id), what);
    });
    if (uploaded === 'exists') this.info(`Step ${manifest.step}: already saved by another job`);
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

  private async saveOutputs(manifest: Manifest, outputs: OutputPaths): Promise<Upload> {
    const id = outputsId(manifest);
    const what = `could not save cache entry ${manifest.key} for step ${manifest.step}`;
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

  /** Runs `task` in a fresh stage, removed afterwards; filesystem trouble is a warning. */
  private async staged<T>(at: StageTask<T>, task: (stage: Stage) => Promise<T>): Promise<T> {
    const stage = stageOf(process.cwd(), this.stagingDir, at.id, at.kind);
    const root = stageRoot(stage);
    return this.lock.run(root, async () => {
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
