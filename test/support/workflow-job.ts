import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ActionRun } from './action-runner.js';
import type { EventContexts } from './workflow-context.js';
import { evaluateMap, evaluateValue, type Scope, type Status } from './workflow-expressions.js';
import type { ParsedJob, ParsedWorkflow } from './workflow-parse.js';
import { runStep, type JobResult, type StepRecord } from './workflow-steps.js';

export interface JobRecord {
  id: string;
  /** The job's `name` as evaluated: a matrix job's instances each have their own. */
  name?: string;
  /** A matrix job: one record per combination, in order; the job's result is theirs. */
  instances?: JobRecord[];
  /** An instance of a matrix job: its `matrix` context. */
  matrix?: Record<string, unknown>;
  needs: string[];
  /** The `if` GitHub evaluated, implicit `success() &&` included. */
  condition: string;
  result: JobResult;
  started: boolean;
  outputs: Record<string, string>;
  steps: StepRecord[];
  /** The runs of the action under test, in step order. */
  actions: ActionRun[];
  workspace?: string;
  /** The evaluated job `env`, `runs-on`, `environment`, `permissions`, `concurrency`. */
  env: Record<string, string>;
  runsOn?: unknown;
  environment?: unknown;
  permissions?: unknown;
  concurrency?: unknown;
  /** 360 when the job gives none (Workflow syntax, "jobs.<job_id>.timeout-minutes"). */
  timeoutMinutes?: number;
  /** Cache service calls while the job ran, when the caller counts them. */
  calls?: number;
  error?: string;
}

/** What every job of one run shares. */
export interface RunState {
  workflow: ParsedWorkflow;
  event: EventContexts;
  origin: string;
  commit: string;
  originHead: string;
  root: string;
  eventPath: string;
  secrets: Record<string, string>;
  vars: Record<string, string>;
  environments: Record<string, { secrets?: Record<string, string>; vars?: Record<string, string> }>;
  workflowEnv: Record<string, string>;
  /** The runner machine's environment for a job: every step inherits it. */
  machineEnv(job: { id: string; runsOn: unknown }): Record<string, string>;
  isActionUnderTest(uses: string): boolean;
  cache?: { url: string; token: string };
  /** Mints the job's GITHUB_TOKEN from its permissions (a fake GitHub API's), when there is one. */
  jobToken?(job: { id: string; permissions: unknown }): string;
  /** The run was cancelled: a job's `cancelled()` is true from then on. */
  cancelled: boolean;
  warnings: string[];
}

export type NeedsContext = Record<string, { result: JobResult; outputs: Record<string, string> }>;

export function notStarted(job: ParsedJob, result: JobResult, error?: string): JobRecord {
  return {
    id: job.id,
    needs: job.needs,
    condition: job.condition,
    result,
    started: false,
    outputs: {},
    steps: [],
    actions: [],
    env: {},
    ...(error === undefined ? {} : { error }),
  };
}

/** One started job: its settings evaluated, its steps in order, its outputs. */
export async function runJob(
  job: ParsedJob,
  state: RunState,
  needs: NeedsContext,
  stop: { timedOut: boolean; cancelled: boolean },
  instance?: { matrix: Record<string, unknown>; index: number; strategy: Record<string, unknown> },
): Promise<JobRecord> {
  const { workflow, event } = state;
  const expressionOf = workflow.expressionOf;
  const base = {
    github: event.github,
    inputs: event.inputs,
    vars: state.vars,
    needs,
    ...(instance ? { matrix: instance.matrix, strategy: instance.strategy } : {}),
  };
  const settingsScope: Scope = { contexts: base, expressionOf };
  const runsOn = evaluateValue(job.token.find('runs-on'), settingsScope);
  const environment = evaluateValue(job.token.find('environment'), settingsScope);
  const envName =
    typeof environment === 'string' ? environment : (environment as { name?: string })?.name;
  const scoped = envName === undefined ? {} : (state.environments[envName] ?? {});
  const permissions = evaluateValue(job.token.find('permissions'), settingsScope);
  const secrets = { ...state.secrets, ...scoped.secrets };
  if (state.jobToken) secrets.GITHUB_TOKEN = state.jobToken({ id: job.id, permissions });
  const vars = { ...state.vars, ...scoped.vars };
  const jobScope: Scope = { contexts: { ...base, vars, secrets }, expressionOf };
  const nameToken = job.token.find('name');
  const record: JobRecord = {
    ...notStarted(job, 'success'),
    ...(nameToken ? { name: String(evaluateValue(nameToken, settingsScope)) } : {}),
    ...(instance ? { matrix: instance.matrix } : {}),
    started: true,
    env: evaluateMap(job.token.find('env'), jobScope),
    runsOn,
    environment,
    permissions,
    concurrency: evaluateValue(job.token.find('concurrency'), settingsScope),
    timeoutMinutes: Number(evaluateValue(job.token.find('timeout-minutes'), settingsScope) ?? 360),
  };
  const folder = instance ? `${job.id}-${instance.index}` : job.id;
  const workspace = join(state.root, folder, 'workspace');
  const temp = join(state.root, folder, 'temp');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(temp, { recursive: true });
  record.workspace = workspace;
  // A job past its timeout-minutes is cancelled by GitHub, not failed (GITHUB-FACTS.md):
  // here it is stopped before its steps.
  if (stop.timedOut) return { ...record, result: 'cancelled' };

  const githubEnv = {
    ...event.env,
    GITHUB_JOB: job.id,
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_PATH: state.eventPath,
    RUNNER_TEMP: temp,
  };
  const machine = state.machineEnv({ id: job.id, runsOn });
  const stepsContext: Record<
    string,
    { outputs: Record<string, string>; outcome: string; conclusion: string }
  > = {};
  let exported: Record<string, string> = {};
  let failed = false;
  // Only a job running when the run is cancelled hears of it: its steps are re-evaluated
  // ("Workflow cancellation reference"). A job the server starts later, its `if` true
  // (`always()`), runs its steps as usual.
  const status: Status = {
    success: () => !failed && !stop.cancelled,
    failure: () => failed,
    cancelled: () => stop.cancelled,
  };
  const stepScope = (env: Record<string, string>): Scope => ({
    contexts: {
      ...jobScope.contexts,
      github: { ...event.github, job: job.id, workspace, token: secrets.GITHUB_TOKEN },
      steps: stepsContext,
      env,
      job: { status: failed ? 'failure' : stop.cancelled ? 'cancelled' : 'success' },
      runner: {
        os: 'Linux',
        arch: 'X64',
        name: 'pipekit-test',
        temp,
        environment: 'github-hosted',
      },
    },
    status,
    expressionOf,
  });
  for (const step of job.steps) {
    const env = { ...state.workflowEnv, ...record.env, ...exported };
    const done = await runStep(step, {
      run: state,
      job,
      env,
      scope: stepScope,
      workspace,
      githubEnv,
      machine,
    });
    record.steps.push(done.record);
    if (done.record.process && done.record.uses && state.isActionUnderTest(done.record.uses)) {
      record.actions.push(done.record.process);
    }
    exported = { ...exported, ...done.exported };
    if (!step.id.startsWith('__')) {
      const { outputs, outcome, conclusion } = done.record;
      stepsContext[step.id] = { outputs, outcome, conclusion };
    }
    if (done.record.conclusion === 'failure') failed = true;
  }
  const outputsScope = stepScope({ ...state.workflowEnv, ...record.env, ...exported });
  record.outputs = jobOutputs(job, { ...outputsScope, status: undefined }, secrets, state.warnings);
  record.result = failed ? 'failure' : stop.cancelled ? 'cancelled' : 'success';
  return record;
}

/**
 * Limits: "Job outputs: 1 MB per job". Past it the test stops: what GitHub then does is
 * not documented, and the workflow must not get there.
 */
const MAX_JOB_OUTPUTS = 1024 * 1024;

function jobOutputs(
  job: ParsedJob,
  scope: Scope,
  secrets: Record<string, string>,
  warnings: string[],
): Record<string, string> {
  const out: Record<string, string> = {};
  const token = job.token.find('outputs');
  if (!token) return out;
  for (const [name, value] of Object.entries(evaluateMap(token, scope))) {
    // The runner masks secrets, and drops an output that would carry one to other jobs.
    if (Object.values(secrets).some((s) => s !== '' && value.includes(s))) {
      warnings.push(`${job.id}: skip output '${name}' since it may contain secret`);
      continue;
    }
    out[name] = value;
  }
  // "Size is approximated based on UTF-16 encoding."
  const size = Object.entries(out).reduce((n, [k, v]) => n + 2 * (k.length + v.length), 0);
  if (size > MAX_JOB_OUTPUTS) {
    throw new Error(`job ${job.id}: outputs of ${size} bytes, over GitHub's 1 MB per job`);
  }
  return out;
}
