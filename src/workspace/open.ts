import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { UserError } from '../errors.js';
import { loadPipeline } from '../pipeline/load.js';
import type { Graph, Pipeline, RepoView } from '../pipeline/types.js';
import { readModelCache, recordingView, writeModelCache } from './model-cache.js';
import { readSourceText } from './read-text.js';
import { createRepoView } from './repo-view.js';

interface OpenedPipeline {
  root: string;
  pipeline?: Pipeline;
  graph?: Graph;
  diagnostics: Diagnostic[];
  /** Source text of every file read, by display path, for caret excerpts. */
  sources: Map<string, string>;
  /**
   * The digest of the model as `.pipekit/model.json` holds it (with pipekit's own stamp):
   * equal digests, equal pipelines. Absent when it could not be written.
   */
  modelDigest?: string;
}

/** Reads and validates a pipeline file; the root is the folder that holds it. */
export function openPipeline(file: string): OpenedPipeline {
  const read = readSourceText(file);
  if ('problem' in read && read.at) {
    const { notText: message, line, column, excerpt } = read.at;
    const diagnostic: Diagnostic = { code: 'yaml-syntax', message, file, line, column };
    return {
      root: resolve(dirname(file)),
      diagnostics: [diagnostic],
      sources: new Map([[file, excerpt]]),
    };
  }
  if ('problem' in read) {
    const hint =
      read.problem === 'no such file'
        ? 'no pipeline file here (pass --pipeline FILE)'
        : read.problem;
    throw new UserError(`${file}: ${hint}`);
  }
  const { text } = read;
  const root = resolve(dirname(file));
  const cacheFile = join(root, '.pipekit', 'model.json');
  const view = createRepoView(root);
  const sources = new Map([[file, text]]);
  const cached = readModelCache(cacheFile, file, text, view);
  if (cached) return { root, ...cached, diagnostics: [], sources };
  const recording = recordingView(view);
  const repo: RepoView = {
    stat: (path) => recording.stat(path),
    matchCode: (pattern, excluding) => recording.matchCode(pattern, excluding),
    readText: (path) => {
      const content = recording.readText(path);
      if (content !== undefined) {
        sources.set(
          displayPath(file, path),
          typeof content === 'string' ? content : content.excerpt,
        );
      }
      return content;
    },
  };
  const loaded = loadPipeline({ file, text, repo });
  let modelDigest: string | undefined;
  if (loaded.pipeline && loaded.graph) {
    modelDigest = writeModelCache(cacheFile, {
      file,
      text,
      answers: recording.answers,
      pipeline: loaded.pipeline,
      graph: loaded.graph,
    });
  }
  return { root, ...loaded, sources, modelDigest };
}

function displayPath(pipelineFile: string, rel: string): string {
  const dir = dirname(pipelineFile);
  return dir === '.' ? rel : `${dir}/${rel}`;
}
