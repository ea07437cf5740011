import { createHash } from 'node:crypto';
import type { OutputType, Scalar } from '../pipeline/types.js';
import type { ContentDigest, StepKey } from '../records/brands.js';

/**
 * Bump when the key document changes meaning: every step misses once, never a false hit.
 * 2: a folder's digest covers its whole tree (empty folders, symlinks, executable bits).
 */
export const KEY_SCHEMA = 2;

/**
 * Everything that can change a step's result, as a canonical JSON document: the key document
 * (docs/architecture.md, "The key document").
 * Not in it: runner label, timeout, retries, descriptions, comments, YAML key order, the step id,
 * the values of secrets, a job's deployment environment and token permissions.
 */
export interface KeyDocument {
  schema: number;
  /** The component folder: its code runs from there. '' for an inline step. */
  component: string;
  shell: string;
  run: string;
  setup: string | null;
  env: Record<string, string>;
  /** Parameter inputs with defaults and pipeline parameters applied. */
  params: Record<string, Scalar>;
  /** Sorted [path relative to the root, content digest] of every file matched by `code`. */
  code: [string, ContentDigest][];
  /** The code files with the executable bit (`./train.sh` without it fails); absent: none. */
  executable?: string[];
  /** Repo `path` inputs: the path as written and the content digest of the file or folder. */
  paths: Record<string, [string, ContentDigest]>;
  /** Data edges: the content digest of the upstream output, not its key (early cutoff). */
  upstream: Record<string, ContentDigest>;
  outputs: Record<string, OutputType>;
  extra: string[];
  /**
   * The standard output of each key command, by command (`cache: { key-commands }`). Absent
   * for a step without any, so its key is what it was before key commands existed.
   */
  keyCommands?: Record<string, string>;
  /**
   * The names of the secrets the step gets, sorted: a step given a new credential may fetch
   * other data. Never their values. Absent for a step without any, so its key is what it was
   * before secrets existed.
   */
  secrets?: string[];
  /**
   * An instance of a matrix step: all of its values, those its inputs bind (also in `params`)
   * and any others, so that two instances never share a key. Its own values only: adding or
   * removing another instance leaves its key as it is. Absent for any other step.
   */
  matrix?: Record<string, Scalar>;
}

export interface ComputedKey {
  key: StepKey;
  document: KeyDocument;
}

export function computeKey(document: KeyDocument): ComputedKey {
  const key = createHash('sha256').update(canonicalJson(document)).digest('hex') as StepKey;
  return { key, document };
}

/**
 * JSON with object keys sorted at every depth, so equal documents hash equally whatever the
 * order they were built in. Written here because it is ten lines and sits on the hot path.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Human reasons why `current` differs from `previous` (the last cached run of the step). */
export function explainKeyChange(previous: KeyDocument, current: KeyDocument): string[] {
  const reasons: string[] = [];
  if (previous.schema !== current.schema) {
    reasons.push(`key schema version ${previous.schema} -> ${current.schema} (pipekit upgrade)`);
  }
  if (previous.component !== current.component) {
    reasons.push(`component folder ${previous.component || '.'} -> ${current.component || '.'}`);
  }
  if (previous.shell !== current.shell) reasons.push(`shell ${previous.shell} -> ${current.shell}`);
  if (previous.run !== current.run) reasons.push('run command changed');
  if (previous.setup !== current.setup) reasons.push('setup command changed');
  diffRecords(
    previous.env,
    current.env,
    (name, a, b) => `env ${name}: ${show(a)} -> ${show(b)}`,
    reasons,
  );
  diffRecords(
    previous.params,
    current.params,
    (name, a, b) => `parameter ${name}: ${show(a)} -> ${show(b)}`,
    reasons,
  );
  diffFiles(previous.code, current.code, reasons);
  const wasExecutable = new Set(previous.executable ?? []);
  const isExecutable = new Set(current.executable ?? []);
  for (const [path] of current.code) {
    if (
      wasExecutable.has(path) !== isExecutable.has(path) &&
      previous.code.some(([p]) => p === path)
    ) {
      reasons.push(`file ${path}: executable bit ${isExecutable.has(path) ? 'set' : 'cleared'}`);
    }
  }
  diffRecords(
    previous.paths,
    current.paths,
    (name, a, b) => describePathChange(name, a, b),
    reasons,
  );
  diffRecords(
    previous.upstream,
    current.upstream,
    (name) => `input ${name}: upstream output changed`,
    reasons,
  );
  diffRecords(
    previous.outputs,
    current.outputs,
    (name, a, b) => `output ${name}: ${show(a)} -> ${show(b)}`,
    reasons,
  );
  if (canonicalJson(previous.extra) !== canonicalJson(current.extra)) {
    reasons.push(`extra key parts ${show(previous.extra)} -> ${show(current.extra)}`);
  }
  diffRecords(previous.keyCommands ?? {}, current.keyCommands ?? {}, describeOutputChange, reasons);
  diffRecords(
    previous.matrix ?? {},
    current.matrix ?? {},
    (name, a, b) => `matrix ${name}: ${show(a)} -> ${show(b)}`,
    reasons,
  );
  const [wasSecret, isSecret] = [previous.secrets ?? [], current.secrets ?? []];
  if (canonicalJson(wasSecret) !== canonicalJson(isSecret)) {
    reasons.push(`secrets ${show(wasSecret)} -> ${show(isSecret)}`);
  }
  return reasons;
}

/** Outputs are shown when both are short: typically a version, `1.4.2 -> 1.5.0`. */
function describeOutputChange(command: string, a?: string, b?: string): string {
  if (a === undefined) return `key command \`${command}\` added`;
  if (b === undefined) return `key command \`${command}\` removed`;
  const short = (text: string): boolean => text.length <= 40 && !text.includes('\n');
  const shown = short(a) && short(b) ? ` (${show(a)} -> ${show(b)})` : '';
  return `key command \`${command}\`: output changed${shown}`;
}

function describePathChange(
  name: string,
  a: [string, string] | undefined,
  b: [string, string] | undefined,
): string {
  if (a && b && a[0] !== b[0]) return `input ${name}: path ${a[0]} -> ${b[0]}`;
  if (a && b) return `input ${name}: content of ${b[0]} changed`;
  return `input ${name}: ${a?.[0] ?? '(none)'} -> ${b?.[0] ?? '(none)'}`;
}

function diffRecords<T>(
  a: Record<string, T>,
  b: Record<string, T>,
  say: (name: string, before: T | undefined, after: T | undefined) => string,
  into: string[],
): void {
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  for (const name of names) {
    if (canonicalJson(a[name]) !== canonicalJson(b[name])) into.push(say(name, a[name], b[name]));
  }
}

function diffFiles(a: [string, string][], b: [string, string][], into: string[]): void {
  const before = new Map(a);
  const after = new Map(b);
  for (const [path, digest] of b) {
    if (!before.has(path)) into.push(`file ${path} added`);
    else if (before.get(path) !== digest) into.push(`file ${path} changed`);
  }
  for (const [path] of a) if (!after.has(path)) into.push(`file ${path} removed`);
}

function show(value: unknown): string {
  if (value === undefined) return '(none)';
  return JSON.stringify(value);
}
