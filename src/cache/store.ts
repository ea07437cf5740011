import type { PlanIndex } from '../plan/plan-index.js';
import type { OutputType } from '../pipeline/types.js';

/** One file of an output. `path` is relative to the output (POSIX); '' for a file output itself. */
export interface FileEntry {
  path: string;
  size: number;
  digest: string;
}

export interface OutputRecord {
  type: OutputType;
  /** Digest of the whole output: sha256 over its sorted (path, digest) list. */
  digest: string;
  files: FileEntry[];
}

/** The small record saved next to a step's outputs, enough to plan downstream steps. */
export interface Manifest {
  schema: 1;
  key: string;
  step: string;
  outputs: Record<string, OutputRecord>;
  metrics?: Record<string, number>;
  durationMs: number;
  commit?: string;
  /** pipekit version that wrote it. */
  tool: string;
  createdAt: string;
  /** The key's parts, kept so `explain` can diff two runs of a step. */
  parts?: Record<string, unknown>;
}

/** Absolute destination (restore) or source (save) path per output name. */
export type OutputPaths = Record<string, string>;

export interface CacheStore {
  readonly name: string;
  /** The manifest saved under `key`, or undefined (a miss; service trouble is a warning and a miss). */
  lookup(key: string): Promise<Manifest | undefined>;
  /**
   * Writes the outputs of `manifest` to `dest` and verifies them against it. False (after a
   * warning) when the entry is gone, truncated or corrupt: the caller treats it as a miss.
   * Never leaves a partial output at a destination.
   */
  restore(manifest: Manifest, dest: OutputPaths): Promise<boolean>;
  /** Saves outputs and manifest; the manifest becomes visible last. False (after a warning) on failure. */
  save(manifest: Manifest, outputs: OutputPaths): Promise<boolean>;
  /**
   * Optional, for stores whose lookups cost a round trip: the newest plan index of the
   * pipeline state `state`, else the newest of any state (its claims are checked one by one).
   */
  lookupIndex?(state: string): Promise<{ key: string; index: PlanIndex } | undefined>;
  /** Saves a plan index; its key is derived from the state and the claims it holds. */
  saveIndex?(state: string, index: PlanIndex): Promise<boolean>;
}

export type Warn = (message: string) => void;

/**
 * A manifest read back from a store, checked enough that using it cannot crash or mislead;
 * else why not. Every store reads manifests through it.
 */
export function parseManifest(text: string, key: string): Manifest | string {
  let value: Partial<Manifest>;
  try {
    value = JSON.parse(text) as Partial<Manifest>;
  } catch {
    return 'not JSON';
  }
  if (value?.schema !== 1) return 'unknown schema';
  if (value.key !== key) return `it holds key ${String(value.key)}`;
  if (typeof value.step !== 'string') return 'no step';
  if (typeof value.outputs !== 'object' || value.outputs === null) return 'no outputs';
  for (const [name, record] of Object.entries(value.outputs)) {
    const files: unknown = record?.files;
    if (typeof record?.digest !== 'string' || !Array.isArray(files)) return `bad output ${name}`;
  }
  return value as Manifest;
}
