import { join } from 'node:path';
import { UserError } from '../errors.js';
import { UsageError } from './args.js';
import { LocalStore } from '../cache/local.js';
import { DigestMemo } from '../hash/files.js';
import { parseAssignments, resolveParameters } from '../plan/params.js';
import { formatDiagnostics } from '../report/diagnostics.js';
import { stateDir, type Engine } from '../executor/engine.js';
import { RunState, runIdentity } from '../executor/run-state.js';
import { runStateFile } from '../executor/run-state-file.js';
import { readGitHead } from '../workspace/git.js';
import { openPipeline } from '../workspace/open.js';

interface LocalOptions {
  pipeline: string;
  set?: string[];
  branch?: string;
}

/** Opens and validates the pipeline; prints its diagnostics and returns undefined when broken. */
export function openOrReport(file: string): ReturnType<typeof openPipeline> | undefined {
  const opened = openPipeline(file);
  if (opened.diagnostics.length > 0) {
    process.stderr.write(`${formatDiagnostics(opened.diagnostics, opened.sources)}\n`);
    return undefined;
  }
  return opened;
}

/** The options every engine command shares, from parsed arguments. */
export function localOptions(values: Record<string, unknown>): LocalOptions {
  return {
    pipeline: values.pipeline as string,
    set: values.set as string[] | undefined,
    branch: values.branch as string | undefined,
  };
}

/** The engine over the embedded local cache, `.pipekit/cache` beside the pipeline. */
export function createLocalEngine(
  opts: LocalOptions,
): { engine: Engine; commit?: string; warnings: () => number } | undefined {
  const opened = openOrReport(opts.pipeline);
  if (!opened?.pipeline || !opened.graph) return undefined;
  const { root, pipeline, graph, modelDigest } = opened;
  let parameters;
  try {
    parameters = resolveParameters(pipeline, parseAssignments(opts.set ?? []));
  } catch (error) {
    if (error instanceof UserError) throw new UsageError(error.message);
    throw error;
  }
  const head = readGitHead(root);
  const state = stateDir(root);
  let warnings = 0;
  const store = new LocalStore({
    dir: join(state, 'cache'),
    warn: (message) => {
      warnings++;
      warn(message);
    },
  });
  const engine: Engine = {
    root,
    pipeline,
    graph,
    parameters,
    memo: DigestMemo.load(join(state, 'memo.json')),
    store,
    // `if:` conditions are about GitHub events (deploy from main, ...): locally they see a
    // branch only when asked to with --branch, so side effects never fire by accident.
    github: {
      ref: opts.branch ? `refs/heads/${opts.branch}` : '',
      ref_name: opts.branch ?? '',
      event_name: opts.branch ? 'push' : '',
      sha: head.commit ?? '',
    },
    recentEntries: (step) => store.recentEntriesForStep(step),
  };
  if (modelDigest !== undefined) {
    const identity = runIdentity(modelDigest, parameters);
    engine.runState = RunState.load(runStateFile(state), identity, () => store.entriesStamp());
  }
  return { engine, commit: head.commit, warnings: () => warnings };
}

function warn(message: string): void {
  process.stderr.write(`warning: ${message}\n`);
}
