import { mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { runBundledAction, type ActionRun } from './action-runner.js';
import type { TestRepo } from './repo.js';

export interface SimulatedRun {
  plan: ActionRun;
  /** Cache service calls the plan job made (with `calls` in the context). */
  planCalls: number;
  jobs: Record<string, boolean>;
  /** The step jobs that started, by step id. */
  started: Record<string, ActionRun>;
  /** Steps whose command really executed in any job (from $PIPEKIT_TEST_LOG). */
  executed: string[];
  /** Workspaces of the started jobs, by step id. */
  workspaces: Record<string, string>;
  report: ActionRun;
}

export interface RunContext {
  origin: TestRepo;
  cache: { url: string; token: string };
  runId: string;
  ref?: string;
  eventName?: string;
  /** Cache service calls so far, to count those of the plan job. */
  calls?: () => number;
  /** More environment for one job (`plan`, `report` or a step id): what its runner has. */
  jobEnv?: (job: string) => Record<string, string>;
}

/**
 * One workflow run as the generated workflow drives it: the plan job, then a job per step
 * whose plan said it needs one and whose upstream jobs did not fail
 * (`!cancelled() && !failure() && fromJSON(needs.plan.outputs.jobs)[id]`), each in its own
 * fresh clone; outputs travel only through the cache server; then the report job.
 */
export async function simulateWorkflowRun(ctx: RunContext): Promise<SimulatedRun> {
  const log = join(realpathSync(mkdtempSync(join(tmpdir(), 'pipekit-sim-'))), 'executed.txt');
  writeFileSync(log, '');
  const ref = ctx.ref ?? 'refs/heads/main';
  const call = (workspace: string, inputs: Record<string, string>) =>
    runBundledAction({
      workspace,
      inputs,
      cache: ctx.cache,
      env: { PIPEKIT_TEST_LOG: log, ...ctx.jobEnv?.(inputs.step ?? inputs.command!) },
      github: {
        GITHUB_RUN_ID: ctx.runId,
        GITHUB_REF: ref,
        GITHUB_REF_NAME: ref.replace(/^refs\/(heads|pull)\//, ''),
        GITHUB_EVENT_NAME: ctx.eventName ?? 'push',
      },
    });
  const workspace = clone(ctx.origin);
  const before = ctx.calls?.() ?? 0;
  const plan = await call(workspace, { command: 'plan' });
  const planCalls = (ctx.calls?.() ?? 0) - before;
  if (plan.code !== 0) throw new Error(`plan job failed:\n${plan.stdout}\n${plan.stderr}`);
  const jobs = JSON.parse(plan.outputs.jobs ?? '{}') as Record<string, boolean>;
  const order = (JSON.parse(plan.outputs.plan!) as { steps: { id: string }[] }).steps.map(
    (s) => s.id,
  );
  const upstream = upstreamOf(ctx.origin);
  const started: Record<string, ActionRun> = {};
  const workspaces: Record<string, string> = {};
  const failed = new Set<string>();
  for (const id of order) {
    const ancestorFailed = [...ancestors(id, upstream)].some((a) => failed.has(a));
    if (!jobs[id] || ancestorFailed) continue;
    workspaces[id] = clone(ctx.origin);
    started[id] = await call(workspaces[id], { command: 'step', step: id });
    if (started[id].code !== 0) failed.add(id);
  }
  // The report job: `if: !cancelled()`, after every step job.
  const report = await call(clone(ctx.origin), { command: 'report' });
  if (report.code !== 0) throw new Error(`report job failed:\n${report.stdout}\n${report.stderr}`);
  const executed = readFileSync(log, 'utf8').split('\n').filter(Boolean).sort();
  return { plan, planCalls, jobs, started, executed, workspaces, report };
}

function clone(origin: TestRepo): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'pipekit-checkout-')));
  execFileSync('git', ['clone', '-q', origin.dir, dir]);
  return dir;
}

/** Direct upstream ids per step, from `pipekit graph --format json`. */
function upstreamOf(origin: TestRepo): Map<string, string[]> {
  const graph = JSON.parse(origin.cli(['graph', '--format', 'json']).stdout) as {
    edges: { from: string; to: string }[];
  };
  const map = new Map<string, string[]>();
  for (const e of graph.edges) map.set(e.to, [...(map.get(e.to) ?? []), e.from]);
  return map;
}

function ancestors(id: string, upstream: Map<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const visit = (x: string): void => {
    for (const up of upstream.get(x) ?? []) {
      if (seen.has(up)) continue;
      seen.add(up);
      visit(up);
    }
  };
  visit(id);
  return seen;
}
