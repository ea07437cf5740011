import type { ActionRun } from './action-runner.js';
import type { TestRepo } from './repo.js';
import {
  runWorkflow,
  type JobRecord,
  type RunOptions,
  type WorkflowRun,
} from './workflow-runner.js';

export const WORKFLOW_PATH = '.github/workflows/pipekit.yml';

/**
 * `pipekit compile` in the repository, committed as a user would, with pipekit's local
 * cache folder ignored as the template ignores it; returns the workflow's text.
 */
export function commitCompiledWorkflow(origin: TestRepo): string {
  const compiled = origin.cli(['compile']);
  if (compiled.code !== 0)
    throw new Error(`pipekit compile failed:\n${compiled.stdout}${compiled.stderr}`);
  origin.write({ '.gitignore': '.pipekit/\n' });
  origin.commit('pipekit compile');
  return origin.read(WORKFLOW_PATH);
}

/** A run of the workflow seen as pipekit's jobs, found by the `command` each gives the action. */
export interface PipekitRun {
  run: WorkflowRun;
  /** The plan job's action run, and the cache service calls of that job. */
  plan: ActionRun;
  planCalls: number;
  /** The plan's `jobs` output: step id -> whether it needs a job. */
  jobs: Record<string, boolean>;
  /** The step jobs that started, by step id (an instance of a matrix step: its own id). */
  started: Record<string, ActionRun>;
  workspaces: Record<string, string>;
  executed: string[];
  report: ActionRun;
}

/**
 * Runs the committed workflow on a push to main (unless `event` says otherwise) and checks
 * that the plan and report jobs succeeded, as every test of a whole run needs.
 */
export async function runPipekitWorkflow(
  origin: TestRepo,
  options: Omit<RunOptions, 'workflow' | 'origin' | 'event'> & { event?: RunOptions['event'] },
): Promise<PipekitRun> {
  const run = await runWorkflow({
    event: { name: 'push', ref: 'refs/heads/main' },
    ...options,
    workflow: origin.read(WORKFLOW_PATH),
    origin,
  });
  if (!run.triggered) throw new Error(`the workflow did not run: ${run.why}`);
  // An input the action does not declare, an output dropped for a secret: compiler bugs.
  if (run.warnings.length > 0) throw new Error(`GitHub would warn:\n${run.warnings.join('\n')}`);
  return pipekitView(run);
}

export function pipekitView(run: WorkflowRun): PipekitRun {
  // A matrix job is one job of the file and a job per instance in the run.
  const records = Object.values(run.jobs).flatMap((job) => job.instances ?? [job]);
  const byCommand = (command: string) =>
    records.filter((job) => job.steps.some((s) => s.process && s.with.command === command));
  const only = (command: string): { job: JobRecord; action: ActionRun } => {
    const [job, ...more] = byCommand(command);
    if (!job || more.length > 0) throw new Error(`expected one started ${command} job`);
    const action = job.actions[0];
    if (job.result !== 'success' || !action) {
      throw new Error(`the ${command} job: ${job.result}\n${action?.stdout}\n${action?.stderr}`);
    }
    return { job, action };
  };
  const plan = only('plan');
  const report = only('report');
  const started: Record<string, ActionRun> = {};
  const workspaces: Record<string, string> = {};
  for (const job of byCommand('step')) {
    const step = job.steps.find((s) => s.with.command === 'step')!;
    started[step.with.step!] = step.process!;
    workspaces[step.with.step!] = job.workspace!;
  }
  return {
    run,
    plan: plan.action,
    planCalls: plan.job.calls ?? 0,
    jobs: JSON.parse(plan.action.outputs.jobs ?? '{}') as Record<string, boolean>,
    started,
    workspaces,
    executed: run.executed,
    report: report.action,
  };
}
