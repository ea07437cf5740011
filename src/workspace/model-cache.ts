import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Graph, NotText, Pipeline, RepoView } from '../pipeline/types.js';
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
): { pipeline: Pipeline; graph: Graph } | undefined {
  let cache: ModelCache;
  try {
    cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as ModelCache;
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
  if (!cache.matches) return undefined;
  for (const [question, hash] of Object.entries(cache.matches)) {
    const [pattern, excluding] = JSON.parse(question) as Parameters<RepoView['matchCode']>;
    if (digest(JSON.stringify(repo.matchCode(pattern, excluding))) !== hash) return undefined;
  }
  return { pipeline: cache.pipeline, graph: cache.graph };
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
): void {
  const cache: ModelCache = {
    tool: toolStamp(),
    file: entry.file,
    text: digest(entry.text)!,
    ...entry.answers,
    pipeline: entry.pipeline,
    graph: entry.graph,
  };
  try {
    writeFileAtomic(cacheFile, JSON.stringify(cache));
  } catch {
    // A read-only checkout still runs; it only parses the YAML every time.
  }
}
