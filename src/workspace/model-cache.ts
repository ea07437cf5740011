import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CodePattern, Graph, NotText, Pipeline, RepoView } from '../pipeline/types.js';
import { TOOL_VERSION } from '../version.js';
import { writeFileAtomic } from './atomic-write.js';

/**
 * The validated model of the last clean load, with every disk answer the loader got (file
 * texts by digest, path kinds, the files each `code` pattern matched, by digest). The loader
 * is a pure function of those answers, so when every one of them is still the same the model
 * is too, and a no-op run skips parsing and validating the YAML: the largest part of its
 * start-up on a big pipeline.
 */
interface ModelCache {
  tool: string;
  file: string;
  text: string;
  reads: Record<string, string | null>;
  stats: Record<string, ReturnType<RepoView['stat']>>;
  /** The JSON of `matchCode`'s arguments -> the digest of the JSON of its answer. */
  matches: Record<string, string>;
  pipeline: Pipeline;
  graph: Graph;
  /** The digest of the JSON of `[pipeline, graph]`: a model damaged on disk is never used. */
  model: string;
}

type Answers = Pick<ModelCache, 'reads' | 'stats' | 'matches'>;

/**
 * Which pipekit wrote the cache: its version and, for a build between releases, the size and
 * time of the running bundle, so a new parser never trusts an old parser's model.
 */
function toolStamp(): string {
  try {
    const self = statSync(fileURLToPath(import.meta.url));
    return `${TOOL_VERSION} ${self.size} ${self.mtimeMs}`;
  } catch {
    return TOOL_VERSION;
  }
}

const digest = (text: string | NotText | undefined): string | null =>
  text === undefined
    ? null
    : createHash('sha256')
        .update(typeof text === 'string' ? text : JSON.stringify(text))
        .digest('hex');

export function readModelCache(
  cacheFile: string,
  file: string,
  text: string,
  repo: RepoView,
): { pipeline: Pipeline; graph: Graph; modelDigest: string } | undefined {
  let cache: ModelCache;
  try {
    cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as ModelCache;
    if (!isModelCache(cache)) return undefined;
  } catch {
    return undefined;
  }
  if (cache.tool !== toolStamp() || cache.file !== file || cache.text !== digest(text))
    return undefined;
  for (const [path, kind] of Object.entries(cache.stats))
    if (repo.stat(path) !== kind) return undefined;
  for (const [path, hash] of Object.entries(cache.reads))
    if (digest(repo.readText(path)) !== hash) return undefined;
  // A file added that a pattern now matches, or the last one it matched removed, is a change.
  for (const [question, hash] of Object.entries(cache.matches)) {
    const asked = parseQuestion(question);
    if (!asked) return undefined;
    if (digest(JSON.stringify(repo.matchCode(...asked))) !== hash) return undefined;
  }
  // JSON.parse then JSON.stringify gives back the text written: the digest proves it whole.
  if (digest(JSON.stringify([cache.pipeline, cache.graph])) !== cache.model) return undefined;
  return { pipeline: cache.pipeline, graph: cache.graph, modelDigest: modelIdentity(cache.model) };
}

const KINDS: readonly unknown[] = ['file', 'dir', 'missing', 'outside'];

/** The envelope of a model cache, each field of its type (the model itself: by its digest). */
function isModelCache(value: unknown): value is ModelCache {
  if (typeof value !== 'object' || value === null) return false;
  const cache = value as Record<string, unknown>;
  const strings = [cache.tool, cache.file, cache.text, cache.model];
  if (!strings.every((s) => typeof s === 'string')) return false;
  return (
    valuesAre(cache.reads, (v) => v === null || typeof v === 'string') &&
    valuesAre(cache.stats, (v) => KINDS.includes(v)) &&
    valuesAre(cache.matches, (v) => typeof v === 'string')
  );
}

function valuesAre(value: unknown, test: (v: unknown) => boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(test);
}

/** `matchCode`'s arguments as the cache keeps them, or undefined when damaged. */
function parseQuestion(question: string): Parameters<RepoView['matchCode']> | undefined {
  let asked: unknown;
  try {
    asked = JSON.parse(question);
  } catch {
    return undefined;
  }
  const isPattern = (p: unknown): p is CodePattern => {
    const { base, glob, exclude } = (p ?? {}) as Partial<CodePattern>;
    return typeof base === 'string' && typeof glob === 'string' && typeof exclude === 'boolean';
  };
  if (!Array.isArray(asked) || asked.length !== 2) return undefined;
  const [pattern, excluding] = asked as unknown[];
  if (!isPattern(pattern) || !Array.isArray(excluding) || !excluding.every(isPattern)) {
    return undefined;
  }
  return [pattern, excluding];
}

/** A RepoView that remembers what it answered, for `writeModelCache`. */
export function recordingView(repo: RepoView): RepoView & { answers: Answers } {
  const answers: Answers = { reads: {}, stats: {}, matches: {} };
  return {
    answers,
    readText(path) {
      const text = repo.readText(path);
      answers.reads[path] = digest(text);
      return text;
    },
    stat(path) {
      const kind = repo.stat(path);
      answers.stats[path] = kind;
      return kind;
    },
    matchCode(pattern, excluding) {
      const files = repo.matchCode(pattern, excluding);
      answers.matches[JSON.stringify([pattern, excluding])] = digest(JSON.stringify(files))!;
      return files;
    },
  };
}

export function writeModelCache(
  cacheFile: string,
  entry: {
    file: string;
    text: string;
    answers: Answers;
    pipeline: Pipeline;
    graph: Graph;
  },
): string | undefined {
  const cache: ModelCache = {
    tool: toolStamp(),
    file: entry.file,
    text: digest(entry.text)!,
    ...entry.answers,
    pipeline: entry.pipeline,
    graph: entry.graph,
    model: digest(JSON.stringify([entry.pipeline, entry.graph]))!,
  };
  try {
    writeFileAtomic(cacheFile, JSON.stringify(cache));
  } catch {
    // A read-only checkout still runs; it only parses the YAML every time.
    return undefined;
  }
  return modelIdentity(cache.model);
}

/**
 * What the run state knows the model by: the digest of the validated pipeline and its graph
 * (checked on every read), under this pipekit's stamp. The answers the parser was given are
 * left out: the model is what they produced.
 */
function modelIdentity(model: string): string {
  return digest(`${toolStamp()}\n${model}`)!;
}
