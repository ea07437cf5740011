import type { OutputType } from '../pipeline/types.js';
import type { ContentDigest, StepKey } from './brands.js';

/** One file of an output. `path` is relative to the output (POSIX); '' for a file output itself. */
export interface FileEntry {
  path: string;
  size: number;
  digest: ContentDigest;
}

export interface OutputRecord {
  type: OutputType;
  /** Digest of the whole output: sha256 over its sorted (path, digest) list. */
  digest: ContentDigest;
  files: FileEntry[];
}

/** The small record saved next to a step's outputs, enough to plan downstream steps. */
export interface Manifest {
  schema: 1;
  key: StepKey;
  step: string;
  outputs: Record<string, OutputRecord>;
  metrics?: Record<string, number>;
  durationMs: number;
  commit?: string;
  /** The checkout had uncommitted changes to tracked files: `commit` alone does not hold the code. */
  dirty?: boolean;
  /** pipekit version that wrote it. */
  tool: string;
  createdAt: string;
  /** The key's parts, kept so `explain` can diff two runs of a step. */
  parts?: Record<string, unknown>;
}

/** Absolute destination (restore) or source (save) path per output name. */
export type OutputPaths = Record<string, string>;

/**
 * A manifest read back from a store, checked enough that using it cannot crash or mislead;
 * else why not. Every store reads manifests through it; `key`, when given, is the key it was
 * looked up under and must be the one it holds.
 */
export function parseManifest(text: string, key?: StepKey): Manifest | string {
  let value: Partial<Manifest>;
  try {
    value = JSON.parse(text) as Partial<Manifest>;
  } catch {
    return 'not JSON';
  }
  if (value?.schema !== 1) return 'unknown schema';
  if (typeof value.key !== 'string') return 'no key';
  if (key !== undefined && value.key !== key) return `it holds key ${value.key}`;
  if (typeof value.step !== 'string') return 'no step';
  if (typeof value.outputs !== 'object' || value.outputs === null) return 'no outputs';
  for (const [name, record] of Object.entries(value.outputs)) {
    const files: unknown = record?.files;
    if (typeof record?.digest !== 'string' || !Array.isArray(files)) return `bad output ${name}`;
  }
  return value as Manifest;
}
