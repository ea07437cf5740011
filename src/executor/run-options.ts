import type { Producer } from '../records/manifest.js';
import type { StepKey } from '../records/brands.js';
import type { IndexedStep } from '../records/plan-index.js';
import type { StepResult } from '../plan/step-result.js';
import type { Step } from '../pipeline/types.js';

export type StepEvent = {
  type: 'start' | 'finish';
  id: string;
  result?: StepResult;
  /** At the start of a step that runs: the log file its output goes to as it is written. */
  logFile?: string;
};

export interface RunOptions {
  runId: string;
  jobs: number;
  keepGoing: boolean;
  useCache: boolean;
  force: ReadonlySet<string>;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** The commit the outputs come from, and whether the tree differed from it; asked once, when a step's outputs are first saved. */
  commit?: () => { commit?: string; dirty?: boolean };
  tool: string;
  /** Where this run is (the workflow run and job on GitHub), recorded in every manifest it saves. */
  producer?: Producer;
  /**
   * `all`: every cached step's outputs are put in `.pipekit/out` (local runs: the user sees
   * them). `needed`: only those a running step reads (the action: downloads cost time).
   */
  materialize: 'all' | 'needed';
  /**
   * Job-per-step mode: a `cache: false` step saves its outputs under the first of these keys
   * for the later jobs of the same workflow run, and a `cache: false` upstream is restored from
   * the first of them found.
   */
  transferKeys?: (step: Step, key: StepKey) => readonly StepKey[];
  /** What the plan index says about a step (used with `materialize: 'needed'`). */
  indexed?: (step: Step) => IndexedStep | undefined;
  /**
   * Job-per-step mode: the one step this job may execute. Another step that would have to
   * run (its entry gone) fails the job instead of running on this job's runner.
   */
  only?: string;
  /** Steps that may not run on their runner in this run (a fork's pull request). */
  withheld?: (step: Step) => boolean;
  onEvent?: (event: StepEvent) => void;
}
