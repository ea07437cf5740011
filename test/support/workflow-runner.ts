import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unreachableUrl } from './cache-server.js';
import type { TestRepo } from './repo.js';
import { eventContexts } from './workflow-context.js';
import { evaluateMap, evaluateValue, isTrue, type Scope } from './workflow-expressions.js';
import { triggers, type WorkflowEvent } from './workflow-filters.js';
import { expandStrategy, type Strategy } from './workflow-matrix.js';
import {
  notStarted,
  runJob,
  type JobRecord,
  type NeedsContext,
  type RunState,
} from './workflow-job.js';
import {
  MAX_WORKFLOW_BYTES,
  parseWorkflowFile,
  type ParsedJob,
  type ParsedWorkflow,
} from './workflow-parse.js';

export type { JobRecord } from './workflow-job.js';
export type { JobResult, StepRecord } from './workflow-steps.js';
export type { WorkflowEvent } from './workflow-filters.js';

/** Outputs of all the jobs of a run together (Limits: "50 MB per workflow run"). */
const MAX_RUN_OUTPUTS = 50 * 1024 * 1024;

export interface RunOptions {
  /** The workflow file's text, and its path in the repository. */
  workflow: string;
  path?: string;
  event: WorkflowEvent;
  /** The repository `actions/checkout` clones, at `sha` (default: its HEAD). */
  origin: TestRepo | string;
  sha?: string;
  repository?: string;
  runId?: string;
  runAttempt?: number;
  /** The cache service the action under test gets (ACTIONS_RESULTS_URL and its token). */
  cache?: { url: string; token: string };
  /** Repository secrets; `secrets.GITHUB_TOKEN` is always there. A missing one is ''. */
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  /** Secrets and variables of deployment environments, for jobs naming one. */
  environments?: RunState['environments'];
  /** What a job's runner machine has in its environment, by job and `runs-on`. */
  runnerEnv?: (job: { id: string; runsOn: unknown }) => Record<string, string>;
  /** Which `uses:` is the action under test; default `pipekit/pipekit@<any ref>` and `./`. */
  isActionUnderTest?: (uses: string) => boolean;
  /** Jobs that run past their timeout-minutes. */
  timeOut?: readonly string[];
  /** The run is cancelled while this job runs (or when it concludes, if it never starts). */
  cancelDuring?: string;
  /**
   * A fake GitHub API (test/support/github-api.ts): its URL becomes GITHUB_API_URL, and each
   * job's GITHUB_TOKEN is minted from the permissions GitHub evaluated for it (the job's, else
   * the workflow's). Without it, one opaque token for every job.
   */
  api?: { url: string; token(job: { id: string; permissions: unknown; fork: boolean }): string };
  /** Cache service calls so far: each job gets the count of its own. */
  calls?: () => number;
}

export interface WorkflowRun {
  triggered: boolean;
  /** Why the run did not start. */
  why?: string;
  /** Every job of the file, in file order, with its result. */
  jobs: Record<string, JobRecord>;
  /** The jobs that started, in start order. */
  started: string[];
  /** Lines the steps appended to $PIPEKIT_TEST_LOG (steps whose command really ran), sorted. */
  executed: string[];
  cancelled: boolean;
  concurrency?: unknown;
  permissions?: unknown;
  /** What GitHub would warn about: unexpected action inputs, outputs dropped for a secret. */
  warnings: string[];
  /** The folder holding every job's workspace and temp. */
  root: string;
}

const isPipekit = (uses: string) => /^pipekit\/pipekit@.+$/.test(uses) || uses === './';

/**
 * Runs a workflow file as GitHub would, one job at a time in file order as their needs
 * complete: GitHub's parser reads it, `on:` decides whether it runs, GitHub's expression
 * evaluator decides each job's `if` with status functions that follow the run's results,
 * and each started job runs its steps in a fresh workspace. Jobs run one at a time so that
 * the cache calls of each can be counted; results do not depend on it.
 */
export async function runWorkflow(options: RunOptions): Promise<WorkflowRun> {
  const path = options.path ?? '.github/workflows/pipekit.yml';
  const workflow = await parseWorkflowFile(options.workflow, path);
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'pipekit-run-')));
  const empty = { jobs: {}, started: [], executed: [], cancelled: false, warnings: [], root };
  if (workflow.bytes > MAX_WORKFLOW_BYTES) {
    return { ...empty, triggered: false, why: `${workflow.bytes} bytes: GitHub starts no run` };
  }
  const trigger = triggers(workflow.events, options.event);
  if (!trigger.runs) return { ...empty, triggered: false, why: trigger.why };

  // Without a fake GitHub API, a port nothing listens on: no test reaches api.github.com.
  const apiUrl = options.api?.url ?? (await unreachableUrl()).replace(/\/$/, '');
  const state = startRun(workflow, { ...options, apiUrl }, root);
  const { github, inputs } = state.event;
  const scope: Scope = {
    contexts: { github, inputs, vars: state.vars },
    expressionOf: workflow.expressionOf,
  };
  const run: WorkflowRun = {
    ...empty,
    triggered: true,
    concurrency: evaluateValue(workflow.root.find('concurrency'), scope),
    permissions: evaluateValue(workflow.root.find('permissions'), scope),
    warnings: state.warnings,
  };
  const done = new Map<string, JobRecord>();
  const pending = [...workflow.jobs];
  while (pending.length > 0) {
    // The parser refuses cycles and unknown needs, so one job is always ready.
    const next = pending.findIndex((j) => j.needs.every((n) => done.has(n)));
    const job = pending.splice(next, 1)[0]!;
    const before = options.calls?.() ?? 0;
    const record = await decideAndRun(job, state, done, options);
    if (record.started) run.started.push(job.id);
    if (options.calls && record.started) record.calls = options.calls() - before;
    done.set(job.id, record);
    if (options.cancelDuring === job.id) state.cancelled = true;
  }
  run.jobs = Object.fromEntries(workflow.jobs.map((j) => [j.id, done.get(j.id)!]));
  run.cancelled = state.cancelled;
  const outputs = Object.values(run.jobs).flatMap((j) => Object.entries(j.outputs));
  const size = outputs.reduce((n, [k, v]) => n + 2 * (k.length + v.length), 0);
  if (size > MAX_RUN_OUTPUTS) throw new Error(`job outputs of ${size} bytes, over 50 MB a run`);
  run.executed = readFileSync(join(root, 'executed.txt'), 'utf8').split('\n').filter(Boolean);
  run.executed.sort();
  return run;
}

/** The run's contexts, secrets, workflow env and files, which every job shares. */
function startRun(
  workflow: ParsedWorkflow,
  options: RunOptions & { apiUrl: string },
  root: string,
): RunState {
  const origin = typeof options.origin === 'string' ? options.origin : options.origin.dir;
  const originHead = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: origin, encoding: 'utf8' });
  const commit = options.sha ?? originHead.trim();
  const event = eventContexts(workflow, options.event, {
    sha: commit,
    repository: options.repository ?? 'octo-org/pipekit-test',
    runId: options.runId ?? '1',
    runAttempt: options.runAttempt ?? 1,
    actor: 'octocat',
    path: options.path ?? '.github/workflows/pipekit.yml',
    apiUrl: options.apiUrl,
  });
  const log = join(root, 'executed.txt');
  const eventPath = join(root, 'event.json');
  writeFileSync(log, '');
  writeFileSync(eventPath, JSON.stringify(event.payload));
  const token = { GITHUB_TOKEN: 'ghs_pipekit-test-token' };
  const fork = options.event.name === 'pull_request' && options.event.fork === true;
  // "With the exception of GITHUB_TOKEN, secrets are not passed to the runner when a
  // workflow is triggered from a forked repository."
  const secrets = fork ? token : { ...options.secrets, ...token };
  const vars = options.vars ?? {};
  const scope: Scope = {
    contexts: { github: event.github, inputs: event.inputs, vars, secrets },
    expressionOf: workflow.expressionOf,
  };
  const workflowPermissions = evaluateValue(workflow.root.find('permissions'), scope);
  return {
    workflow,
    event,
    origin,
    commit,
    originHead: originHead.trim(),
    root,
    eventPath,
    secrets,
    vars,
    environments: options.environments ?? {},
    workflowEnv: evaluateMap(workflow.root.find('env'), scope),
    machineEnv: (job) => ({ PIPEKIT_TEST_LOG: log, ...options.runnerEnv?.(job) }),
    isActionUnderTest: options.isActionUnderTest ?? isPipekit,
    ...(options.cache ? { cache: options.cache } : {}),
    ...(options.api
      ? {
          jobToken: (job: { id: string; permissions: unknown }) =>
            options.api!.token({
              ...job,
              permissions: job.permissions ?? workflowPermissions,
              fork,
            }),
        }
      : {}),
    cancelled: false,
    warnings: [],
  };
}

async function decideAndRun(
  job: ParsedJob,
  state: RunState,
  done: Map<string, JobRecord>,
  options: RunOptions,
): Promise<JobRecord> {
  const ancestors = ancestorsOf(job, state.workflow.jobs);
  const results = () => [...ancestors].map((a) => done.get(a)!.result);
  const needs: NeedsContext = Object.fromEntries(
    job.needs.map((n) => [n, { result: done.get(n)!.result, outputs: done.get(n)!.outputs }]),
  );
  const decide = () =>
    isTrue(job.condition, {
      contexts: { github: state.event.github, inputs: state.event.inputs, vars: state.vars, needs },
      expressionOf: state.workflow.expressionOf,
      status: {
        // success() is false after any ancestor that did not succeed, skipped ones included
        // (actions/runner#2205); failure() looks at every ancestor (GITHUB-FACTS.md);
        // cancelled() only at the run.
        success: () => !state.cancelled && results().every((r) => r === 'success'),
        failure: () => results().includes('failure'),
        cancelled: () => state.cancelled,
      },
    });
  let runs: boolean;
  try {
    runs = decide();
  } catch (e) {
    // GitHub fails a job whose `if` cannot be evaluated, and starts nothing of it.
    return notStarted(job, 'failure', `if: ${e instanceof Error ? e.message : String(e)}`);
  }
  // A job planned but stopped by the run's cancellation concludes cancelled, not skipped
  // (GitHub changelog 2020-05-08, "the skipped check run conclusion").
  if (!runs) return notStarted(job, state.cancelled ? 'cancelled' : 'skipped');
  const cancelledDuring = options.cancelDuring === job.id;
  if (cancelledDuring) {
    state.cancelled = true;
    // "The server re-evaluates if conditions for all currently running jobs."
    if (!decide()) return { ...notStarted(job, 'cancelled'), started: true };
  }
  const timedOut = options.timeOut?.includes(job.id) ?? false;
  const stop = { timedOut, cancelled: cancelledDuring };
  let strategy: Strategy | undefined;
  try {
    strategy = expandStrategy(job.token.find('strategy'), {
      contexts: { github: state.event.github, inputs: state.event.inputs, vars: state.vars, needs },
      expressionOf: state.workflow.expressionOf,
    });
  } catch (e) {
    // GitHub fails a job whose matrix it cannot expand (an empty one too), starting nothing.
    return notStarted(job, 'failure', `strategy: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!strategy) return runJob(job, state, needs, stop);
  return runMatrix(job, state, needs, stop, strategy);
}

/**
 * One job per combination, in order (GitHub runs up to max-parallel at once; the results do
 * not depend on it). With fail-fast, a failure cancels the jobs not yet done. The job's
 * result is failure when any instance failed, else cancelled when any was, else success; its
 * outputs are those of the instances, the later overwriting the earlier.
 */
async function runMatrix(
  job: ParsedJob,
  state: RunState,
  needs: NeedsContext,
  stop: { timedOut: boolean; cancelled: boolean },
  strategy: Strategy,
): Promise<JobRecord> {
  const instances: JobRecord[] = [];
  const total = strategy.combinations.length;
  for (const [index, matrix] of strategy.combinations.entries()) {
    const failed = instances.some((r) => r.result === 'failure');
    if (strategy.failFast && failed) {
      instances.push({ ...notStarted(job, 'cancelled'), matrix });
      continue;
    }
    const context = {
      'fail-fast': strategy.failFast,
      'job-index': index,
      'job-total': total,
      'max-parallel': strategy.maxParallel ?? total,
    };
    instances.push(await runJob(job, state, needs, stop, { matrix, index, strategy: context }));
  }
  const results = instances.map((r) => r.result);
  const result = results.includes('failure')
    ? 'failure'
    : results.includes('cancelled')
      ? 'cancelled'
      : 'success';
  return {
    ...notStarted(job, result),
    started: true,
    instances,
    actions: instances.flatMap((r) => r.actions),
    outputs: Object.assign({}, ...instances.map((r) => r.outputs)) as Record<string, string>,
  };
}

function ancestorsOf(job: ParsedJob, jobs: readonly ParsedJob[]): Set<string> {
  const byId = new Map(jobs.map((j) => [j.id, j]));
  const seen = new Set<string>();
  const visit = (id: string): void => {
    for (const up of byId.get(id)?.needs ?? []) {
      if (seen.has(up)) continue;
      seen.add(up);
      visit(up);
    }
  };
  visit(job.id);
  return seen;
}
