import { loadPipeline } from '../../src/pipeline/load.js';
import type { Graph, Pipeline, RepoView } from '../../src/pipeline/types.js';

/** A RepoView over in-memory files: folders are implied by the paths. */
export function memoryRepo(files: Record<string, string>): RepoView {
  return {
    readText: (path) => files[path],
    stat: (path) => {
      if (path in files) return 'file';
      const prefix = path === '' || path === '.' ? '' : `${path.replace(/\/$/, '')}/`;
      return Object.keys(files).some((f) => f.startsWith(prefix)) ? 'dir' : 'missing';
    },
  };
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
