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
 * looked up under and must be the one it holds. Data from disk or the network: every field is
 * narrowed to its type, and one that is not (a metric that is not a number, a duration that is
 * text, an output record without its digest) makes the whole entry absent, never half used.
 */
export function parseManifest(text: string, key?: StepKey): Manifest | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  return checkManifest(value, key);
}

/** `parseManifest` for a value parsed already (a manifest kept inside another record). */
export function checkManifest(value: unknown, key?: StepKey): Manifest | string {
  if (!isRecord(value) || value.schema !== 1) return 'unknown schema';
  if (!isHexDigest(value.key)) return 'no key';
  if (key !== undefined && value.key !== key) return `it holds key ${value.key}`;
  if (typeof value.step !== 'string') return 'no step';
  if (!isRecord(value.outputs)) return 'no outputs';
  for (const [name, record] of Object.entries(value.outputs)) {
    const bad = checkOutputRecord(record);
    if (bad) return `output ${name} ${bad}`;
  }
  return checkFields(value) ?? (value as unknown as Manifest);
}

const HEX64 = /^[0-9a-f]{64}$/;

/** A sha256 in lowercase hex, as keys and digests are written. */
export const isHexDigest = (value: unknown): value is string =>
  typeof value === 'string' && HEX64.test(value);
const OUTPUT_TYPES: readonly unknown[] = ['dir', 'file', 'metrics'];
const ENTRY_KINDS: readonly unknown[] = ['file', 'dir', 'symlink'];

function checkOutputRecord(record: unknown): string | undefined {
  // An older pipekit's record lists regular files only: restoring it would lose a tree's
  // empty folders, symlinks and executable bits, so it is not an entry of this version.
  if (!isRecord(record) || record.format !== TREE_FORMAT) {
    return 'is in another format (saved by another pipekit version)';
  }
  if (!OUTPUT_TYPES.includes(record.type)) return 'has no output type';
  if (!isHexDigest(record.digest)) return 'has no digest';
  // Each entry in full is checked where it is restored (`checkRecord`); here, its shape.
  const entries = record.entries;
  const shaped = (e: unknown): boolean =>
    isRecord(e) && ENTRY_KINDS.includes(e.kind) && typeof e.path === 'string';
  return Array.isArray(entries) && entries.every(shaped) ? undefined : 'has a bad entry list';
}

/** The fields beside the outputs: each absent where optional, else of its type. */
function checkFields(value: Record<string, unknown>): string | undefined {
  if (value.metrics !== undefined && !isMetrics(value.metrics)) return 'a metric is not a number';
  if (!isDuration(value.durationMs)) return 'no duration';
  if (typeof value.tool !== 'string' || typeof value.createdAt !== 'string') return 'no tool';
  if (!optional(value.commit, 'string') || !optional(value.dirty, 'boolean')) return 'bad commit';
  if (value.parts !== undefined && !isRecord(value.parts)) return 'bad key parts';
  const producer = value.producer;
  if (producer !== undefined) {
    if (!isRecord(producer) || typeof producer.runId !== 'string') return 'bad producer';
    for (const field of ['repository', 'workflow', 'attempt', 'job']) {
      if (!optional(producer[field], 'string')) return 'bad producer';
    }
  }
  return undefined;
}

/**
 * Whether a manifest is one of this step: a key covers the declared outputs' names and types,
 * so an entry under it with other outputs is damaged, and using it would leave a downstream
 * step without the output it reads.
 */
export function fitsStep(
  manifest: Pick<Manifest, 'outputs'>,
  outputs: Record<string, { type: OutputType }>,
): boolean {
  const names = Object.keys(manifest.outputs);
  if (names.length !== Object.keys(outputs).length) return false;
  return names.every(
    (name) => Object.hasOwn(outputs, name) && outputs[name]!.type === manifest.outputs[name]!.type,
  );
}

/** Metrics as a record keeps them: finite numbers by name. */
export function isMetrics(value: unknown): value is Record<string, number> {
  return isRecord(value) && Object.values(value).every(isFiniteNumber);
}

/** A duration in milliseconds as records keep it. */
export function isDuration(value: unknown): value is number {
  return isFiniteNumber(value) && value >= 0;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function optional(value: unknown, type: 'string' | 'boolean'): boolean {
  return value === undefined || typeof value === type;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
