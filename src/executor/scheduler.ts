import pLimit from 'p-limit';
import type { Manifest } from '../cache/store.js';
import type { Claim } from '../plan/plan-index.js';
import type { Step } from '../pipeline/types.js';
import type { Engine } from './engine.js';
import { createStepTasks, notRun } from './step-task.js';

export type StepStatus = 'ran' | 'cached' | 'failed' | 'skipped' | 'not-run';

export interface StepResult {
  id: string;
  runner: string;
  status: StepStatus;
  reason: string;
  durationMs: number;
  /** For a cached step: how long it took when it ran. */
  savedMs: number;
  key?: string;
  metrics?: Record<string, number>;
  manifest?: Manifest;
  logFile?: string;
  /** A step that ran and whose outputs the store accepted under its key. */
  saved?: boolean;
  /** The failed step this one could not run without (through data or `needs` edges). */
  blockedBy?: string;
}

export interface RunOptions {
  runId: string;
  jobs: number;
  keepGoing: boolean;
  useCache: boolean;
  force: ReadonlySet<string>;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  commit?: string;
  tool: string;
  /**
   * `all`: every cached step's outputs are put in `.pipekit/out` (local runs: the user sees
   * them). `needed`: only those a running step reads (the action: downloads cost time).
   */
  materialize: 'all' | 'needed';
  /**
   * Job-per-step mode: a `cache: false` step saves its outputs under this key for the later
   * jobs of the same workflow run, and a `cache: false` upstream is restored from it.
   */
  transferKey?: (step: Step, key: string) => string | undefined;
  /** What a plan index claims about a step (with `materialize: 'needed'`). */
  claim?: (step: Step) => Claim | undefined;
  onEvent?: (event: { type: 'start' | 'finish'; id: string; result?: StepResult }) => void;
}

/** Runs the DAG: each step once its upstream is done, at most `jobs` at a time. */
export async function runPipeline(engine: Engine, opts: RunOptions): Promise<StepResult[]> {
  const limit = pLimit(Math.max(1, opts.jobs));
  const tasks = createStepTasks(engine, opts);
  const done = new Map<string, Promise<StepResult>>();
  let failed: string | undefined;
  const byId = new Map(engine.pipeline.steps.map((s) => [s.id, s]));
  for (const id of engine.graph.order) {
    const step = byId.get(id)!;
    const ups = (engine.graph.upstream[id] ?? []).map((up) => done.get(up)!);
    const result = Promise.all(ups).then(async (upstream) => {
      const states = new Map(upstream.map((r) => [r.id, r]));
      const res = await limit(() =>
        failed && !opts.keepGoing
          ? notRun(step, `not started: ${failed} failed`)
          : tasks.decideAndRun(step, states),
      );
      if (res.status === 'failed') failed ??= step.id;
      opts.onEvent?.({ type: 'finish', id, result: res });
      return res;
    });
    done.set(id, result);
  }
  try {
    return await Promise.all(engine.graph.order.map((id) => done.get(id)!));
  } finally {
    engine.memo.save();
  }
}
