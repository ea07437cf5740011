import type { OutputType } from '../pipeline/types.js';
import type { ContentDigest, StepKey } from './brands.js';

/**
 * One entry of a tree (an output, or a folder a key covers). `path` is relative to the tree
 * (POSIX); '' for a file output itself. What a tree holds is exactly what `find` shows: files
 * with their bytes and executable bit (normalized as git does: no other mode bits, no times,
 * no owners), folders with nothing below them (any other folder is implied by the paths under
 * it), and symlinks as links.
 */
export type TreeEntry = FileEntry | DirEntry | LinkEntry;

export interface FileEntry {
  kind: 'file';
  path: string;
  size: number;
  digest: ContentDigest;
  /** The owner's executable bit. */
  exec: boolean;
}

/** A folder with nothing below it: every other folder is implied by the paths of its entries. */
interface DirEntry {
  kind: 'dir';
  path: string;
}

export interface LinkEntry {
  kind: 'symlink';
  path: string;
  /** The link's text, as readlink gives it. */
  target: string;
  /**
   * The digest of what the link reaches when that lies outside the tree (a folder a key covers
   * may link to a file elsewhere in the repository): the link's text alone would not say when
   * that changes. Never in an output, whose links stay inside it.
   */
  reaches?: ContentDigest;
}

/**
 * The version of the tree an output record describes. 2: entries of every kind with the
 * executable bit. Records of another version are never restored (parseManifest refuses them):
 * an older pipekit listed regular files only.
 */
export const TREE_FORMAT = 2;

export interface OutputRecord {
  type: OutputType;
  format: typeof TREE_FORMAT;
  /** Digest of the whole output: `treeDigest` of its entries. */
  digest: ContentDigest;
  entries: TreeEntry[];
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
  /** Where it was made: on GitHub, the workflow run, its attempt and the job. */
  producer?: Producer;
  createdAt: string;
  /** The key's parts, kept so `explain` can diff two runs of a step. */
  parts?: Record<string, unknown>;
}

/** The workflow run, attempt and job that computed a step's outputs. */
export interface Producer {
  repository?: string;
  workflow?: string;
  runId: string;
  attempt?: string;
  job?: string;
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
  return checkManifest(value, key);
}

/** `parseManifest` for a value parsed already (a manifest kept inside another record). */
export function checkManifest(value: Partial<Manifest> | null, key?: StepKey): Manifest | string {
  if (value?.schema !== 1) return 'unknown schema';
  if (typeof value.key !== 'string') return 'no key';
  if (key !== undefined && value.key !== key) return `it holds key ${value.key}`;
  if (typeof value.step !== 'string') return 'no step';
  if (typeof value.outputs !== 'object' || value.outputs === null) return 'no outputs';
  for (const [name, record] of Object.entries(value.outputs)) {
    // An older pipekit's record lists regular files only: restoring it would lose a tree's
    // empty folders, symlinks and executable bits, so it is not an entry of this version.
    if (record?.format !== TREE_FORMAT) {
      return `output ${name} is in another format (saved by another pipekit version)`;
    }
    const entries: unknown = record.entries;
    if (typeof record.digest !== 'string' || !Array.isArray(entries)) return `bad output ${name}`;
  }
  return value as Manifest;
}
