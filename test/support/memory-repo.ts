import { posix } from 'node:path';
import picomatch from 'picomatch';
import { loadPipeline } from '../../src/pipeline/load.js';
import type { CodePattern, Graph, Pipeline, RepoView } from '../../src/pipeline/types.js';

/** A RepoView over in-memory files: folders are implied by the paths. */
export function memoryRepo(files: Record<string, string>): RepoView {
  return {
    readText: (path) => files[path],
    stat: (path) => {
      if (path in files) return 'file';
      const prefix = path === '' || path === '.' ? '' : `${path.replace(/\/$/, '')}/`;
      return Object.keys(files).some((f) => f.startsWith(prefix)) ? 'dir' : 'missing';
    },
    // Like the real view, without its ignore list: a pattern or a folder it matches selects.
    matchCode: (pattern, excluding) =>
      Object.keys(files)
        .filter((f) => matches(pattern, f) && !excluding.some((p) => matches(p, f)))
        .sort(),
  };
}

function matches(pattern: CodePattern, file: string): boolean {
  const prefix = pattern.base === '' ? '' : `${pattern.base}/`;
  if (!file.startsWith(prefix) || posix.basename(file) === 'component.yml') return false;
  const match = picomatch(pattern.glob, { dot: true, windows: false });
  const parts = file.slice(prefix.length).split('/');
  return parts.some((_, i) => match(parts.slice(0, i + 1).join('/')));
}

/** Loads `pipeline.yml` from in-memory files; fails the test on any diagnostic. */
export function loadValid(files: Record<string, string>): { pipeline: Pipeline; graph: Graph } {
  const result = loadPipeline({
    file: 'pipeline.yml',
    text: files['pipeline.yml']!,
    repo: memoryRepo(files),
  });
  if (!result.pipeline || !result.graph) {
    throw new Error(`unexpected diagnostics: ${JSON.stringify(result.diagnostics, null, 2)}`);
  }
  return { pipeline: result.pipeline, graph: result.graph };
}
