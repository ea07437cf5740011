import type { Graph, Pipeline, Step } from '../pipeline/types.js';
import { Flow } from './emit.js';
import type { Literal, YamlMapping, YamlValue } from './emit.js';

/** What every job of one workflow shares. */
export interface JobContext {
  pipeline: Pipeline;
  graph: Graph;
  /** The id of the plan job: see `choosePlanJobId`. */
  planJob: string;
  actionRef: string;
  pipelinePath: string;
  /** The action's `set` input, undefined when the pipeline has no parameters. */
  set: Literal | undefined;
}

const CHECKOUT = 'actions/checkout@v4';
/** Restoring the upstream outputs before the command and saving after it take time too. */
const TIMEOUT_MARGIN_MINUTES = 10;
/** Hashing every code file and repo input of a large repository stays well within this. */
const PLAN_TIMEOUT_MINUTES = 30;
const JOB_ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * Step jobs are named exactly like their steps, so `needs.<id>`, the plan's `jobs` keys
 * and the Actions UI all agree and renaming nothing else keeps the diff small. The plan
 * job is `plan`; a step may be called `plan` too, and then the plan job is `_plan`: a
 * step id starts with a lower-case letter, so `_plan` can never collide with one.
 */
export function choosePlanJobId(stepIds: readonly string[]): string {
  return stepIds.includes('plan') ? '_plan' : 'plan';
}

/** The same rule for the report job. */
export function chooseReportJobId(stepIds: readonly string[]): string {
  return stepIds.includes('report') ? '_report' : 'report';
}

/**
 * The last job: once every step job has finished (or was skipped), a plan again, which now
 * finds the steps that ran in the cache. It writes the summary of the whole run and the plan
 * index, so the next run's plan needs one lookup instead of one per step. It waits for the
 * steps nothing depends on, which wait for all the others.
 */
export function buildReportJob(ctx: JobContext): YamlMapping {
  const sinks = ctx.graph.order.filter((id) => (ctx.graph.downstream[id] ?? []).length === 0);
  return {
    name: 'report',
    needs: new Flow([ctx.planJob, ...sinks]),
    'runs-on': runsOn(ctx.pipeline, ctx.pipeline.defaultRunner),
    if: '${{ !cancelled() }}',
    'timeout-minutes': PLAN_TIMEOUT_MINUTES,
    steps: [
      checkoutStep(),
      {
        uses: ctx.actionRef,
        with: { command: 'report', pipeline: ctx.pipelinePath, set: ctx.set },
      },
    ],
  };
}

export function buildPlanJob(ctx: JobContext): YamlMapping {
  return {
    'runs-on': runsOn(ctx.pipeline, ctx.pipeline.defaultRunner),
    'timeout-minutes': PLAN_TIMEOUT_MINUTES,
    outputs: {
      plan: '${{ steps.plan.outputs.plan }}',
      jobs: '${{ steps.plan.outputs.jobs }}',
    },
    steps: [
      checkoutStep(),
      {
        id: 'plan',
        uses: ctx.actionRef,
        with: { command: 'plan', pipeline: ctx.pipelinePath, set: ctx.set },
      },
    ],
  };
}

export function buildStepJob(ctx: JobContext, step: Step): YamlMapping {
  assertJobId(step.id);
  return {
    name: step.id,
    needs: new Flow([ctx.planJob, ...upstreamJobs(ctx.graph, step.id)]),
    'runs-on': runsOn(ctx.pipeline, step.runner),
    if: jobCondition(ctx.planJob, step),
    'timeout-minutes': jobTimeout(step),
    steps: [
      checkoutStep(),
      {
        uses: ctx.actionRef,
        with: { command: 'step', pipeline: ctx.pipelinePath, step: step.id, set: ctx.set },
      },
    ],
  };
}

/**
 * Why `!failure()` and not the implicit `success()`: a step the plan marks cached gets no
 * job at all (its `if` is false, so GitHub reports it skipped), and `success()` is false
 * when any dependency was skipped, which would stop every step downstream of a cache hit.
 * `failure()` and `cancelled()` still look at all ancestors, so a failed or cancelled
 * upstream stops its dependents. The plan decides which jobs start; the step's own `if`
 * is evaluated again here because only GitHub can evaluate `github.*` for this run.
 */
function jobCondition(planJob: string, step: Step): string {
  const parts = [
    '!cancelled()',
    '!failure()',
    `fromJSON(needs.${planJob}.outputs.jobs)['${step.id}']`,
  ];
  if (step.if !== undefined && step.if.trim() !== '') parts.push(`(${step.if.trim()})`);
  return `\${{ ${parts.join(' && ')} }}`;
}

/** Direct upstream steps (data and `needs` edges) in topological order. */
function upstreamJobs(graph: Graph, id: string): string[] {
  const rank = new Map(graph.order.map((stepId, index) => [stepId, index]));
  const upstream = [...new Set(graph.upstream[id] ?? [])];
  return upstream.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
}

/**
 * The component's timeout bounds one attempt; the action retries within the same job, so
 * the job's limit covers every attempt plus the cache restore and save around them.
 */
function jobTimeout(step: Step): number | undefined {
  const minutes = step.component.timeoutMinutes;
  if (minutes === undefined) return undefined;
  return minutes * (step.component.retries + 1) + TIMEOUT_MARGIN_MINUTES;
}

function runsOn(pipeline: Pipeline, label: string): YamlValue {
  const target = pipeline.runners[label];
  // Validation reports an unknown label; reaching here with one is a bug.
  if (target === undefined) throw new Error(`runner label "${label}" is not in runners`);
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) return new Flow(target);
  return {
    group: target.group,
    labels: target.labels === undefined ? undefined : new Flow(target.labels),
  };
}

function checkoutStep(): YamlMapping {
  // The step's code is the pull request's code: it gets no token left in .git/config.
  return { uses: CHECKOUT, with: { 'persist-credentials': false } };
}

function assertJobId(id: string): void {
  if (!JOB_ID.test(id)) throw new Error(`step id "${id}" is not a valid GitHub job id`);
}
