import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { loadPipeline } from '../pipeline/load.js';
import type { Graph, Pipeline } from '../pipeline/types.js';
import { UserError } from '../errors.js';
import { createRepoView } from './repo-view.js';

export interface OpenedPipeline {
  root: string;
  pipeline?: Pipeline;
  graph?: Graph;
  diagnostics: Diagnostic[];
  /** Source text of every file read, by display path, for caret excerpts. */
  sources: Map<string, string>;
}

/** Reads and validates a pipeline file; the root is the folder that holds it. */
export function openPipeline(file: string): OpenedPipeline {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UserError(`${file}: no pipeline file here (pass --pipeline FILE)`);
  }
  const root = resolve(dirname(file));
  const sources = new Map([[file, text]]);
  const view = createRepoView(root);
  const repo = {
    stat: (path: string) => view.stat(path),
    readText: (path: string) => {
      const content = view.readText(path);
      if (content !== undefined) sources.set(displayPath(file, path), content);
      return content;
    },
  };
  return { root, ...loadPipeline({ file, text, repo }), sources };
}

function displayPath(pipelineFile: string, rel: string): string {
  const dir = dirname(pipelineFile);
  return dir === '.' ? rel : `${dir}/${rel}`;
}
