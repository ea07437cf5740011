import type { Graph, Pipeline, Step } from '../pipeline/types.js';
import { decidedBy, soleDataUpstream } from '../plan/subgraph.js';
import { Flow, Literal } from './emit.js';
import { jobsOf, upstreamJobs, type JobGroup } from './job-groups.js';
import type { YamlMapping, YamlValue } from './emit.js';
import type { WorkflowNames } from './naming.js';
import type { GithubSettings } from './settings.js';

/** What every job of one workflow shares. */
export interface JobContext {
  pipeline: Pipeline;
  graph: Graph;
  /** The step jobs, in order (a matrix step's instances share one job). */
  groups: JobGroup[];
  /** The id of the plan job: see `choosePlanJobId`. */
  planJob: string;
  settings: GithubSettings;
  names: WorkflowNames;
  /** How the plan job gets the run's parameter values (`set` lines or a JSON `params`). */
  planParameters: Record<string, YamlValue>;
  /** The workflow runs on pull requests: the plan and result jobs comment on them. */
  pullRequests: boolean;
}

/** Restoring the upstream outputs before the command and saving after it take time too. */
const TIMEOUT_MARGIN_MINUTES = 10;
/** Hashing every code file and repo input of a large repository stays well within this. */
const PLAN_TIMEOUT_MINUTES = 30;
/** A GitHub-hosted job runs at most 6 hours (GITHUB-FACTS.md); a self-hosted one 5 days. */
const MAX_JOB_MINUTES = 7200;
const JOB_ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * Step jobs are named exactly like their steps, so `needs.<id>`, the plan's `jobs` keys
 * and the Actions UI all agree. The plan job is `plan`; a step may be called `plan` too,
 * and then the plan job is `_plan`: a step id starts with a lower-case letter, so `_plan`
 * can never collide with one.
 */
export function choosePlanJobId(stepIds: readonly string[]): string {
  return stepIds.includes('plan') ? '_plan' : 'plan';
}

/** The same rule for the result job. */
export function chooseResultJobId(stepIds: readonly string[]): string {
  return stepIds.includes('pipekit') ? '_pipekit' : 'pipekit';
}

/**
 * The name a job shows in the checks of a pull request. A pipeline outside the root adds its
 * path, so that two pipelines of one repository never report a check of the same name.
 */
function jobName(ctx: JobContext, name: string): string {
  return ctx.names.label === '' ? name : `${name} (${ctx.names.label})`;
}

export function buildPlanJob(ctx: JobContext): YamlMapping {
  const matrix = ctx.groups.some((g) => g.matrix);
  return {
    name: jobName(ctx, 'plan'),
    'runs-on': runsOn(ctx.pipeline, ctx.pipeline.defaultRunner),
    permissions: planPermissions(ctx),
    'timeout-minutes': PLAN_TIMEOUT_MINUTES,
    outputs: {
      plan: '${{ steps.plan.outputs.plan }}',
      jobs: '${{ steps.plan.outputs.jobs }}',
      params: '${{ steps.plan.outputs.params }}',
      // Per matrix job, the `include` of the instances that must run.
      matrix: matrix ? '${{ steps.plan.outputs.matrix }}' : undefined,
    },
    steps: [
      checkoutStep(ctx),
      {
        id: 'plan',
        uses: ctx.settings.action,
        with: actionInputs(ctx, 'plan', ctx.planParameters),
      },
    ],
  };
}

/**
 * A step's job starts only when the plan says the step runs, no job upstream of it cut it
 * off early, and every direct upstream the plan said runs has succeeded or was cut off. The
 * plan decided the step's `if` already, with the values of this run, so the text is not
 * evaluated again here with GitHub's other contexts.
 *
 * Why not the implicit `success()`: a step the plan marks cached gets no job (GitHub reports
 * it skipped), and `success()` is false when a dependency was skipped, which would stop
 * every step downstream of a cache hit. Why not `!failure()`: a job past its
 * `timeout-minutes` concludes `cancelled`, not `failure`, and `cancelled()` is true only
 * for a cancelled run; so each upstream that was to run must have concluded `success`. A
 * step two jobs down is covered too: its upstream, planned to run, was skipped.
 *
 * Early cutoff: the job of a step's sole data upstream decides the step once it is done
 * (src/action/early-cutoff.ts) and lists it in its `cut` output when its entry is found, so
 * a GPU job whose inputs came out byte-identical never starts. A job after a cut-off step
 * also needs the job that cut it, to tell "cut off" from "stopped".
 */
export function buildStepJob(ctx: JobContext, group: JobGroup): YamlMapping {
  const step = group.step;
  assertJobId(group.id);
  const upstream = upstreamJobs(ctx.groups, ctx.graph, group);
  const planned = (id: string): string => `fromJSON(needs.${ctx.planJob}.outputs.jobs)['${id}']`;
  const cutBy = (decider: string, id: string): string =>
    `fromJSON(needs.${decider}.outputs.cut || '{}')['${id}']`;
  const own = soleDataUpstream(ctx.graph, step.id);
  const condition = [
    '!cancelled()',
    `needs.${ctx.planJob}.result == 'success'`,
    planned(group.id),
    ...(own === undefined ? [] : [`!${cutBy(own, step.id)}`]),
    ...upstream.map((id) => {
      const decider = soleDataUpstream(ctx.graph, id);
      const cut = decider === undefined ? '' : ` || ${cutBy(decider, id)}`;
      return `(needs.${id}.result == 'success' || !${planned(id)}${cut})`;
    }),
  ];
  const deciders = upstream.flatMap((id) => soleDataUpstream(ctx.graph, id) ?? []);
  const decides = decidedBy(ctx.graph, step.id).length > 0;
  // An instance's job is named and given its step by its entry of the plan's include.
  const target = group.matrix ? `${group.id}[\${{ matrix.instance }}]` : step.id;
  return {
    name: jobName(ctx, target),
    needs: new Flow([ctx.planJob, ...jobsOf(ctx.groups, [...upstream, ...deciders])]),
    'runs-on': runsOn(ctx.pipeline, step.runner),
    if: `\${{ ${condition.join(' && ')} }}`,
    strategy: group.matrix ? matrixStrategy(ctx, group) : undefined,
    environment: environmentOf(step),
    permissions: permissionsOf(step),
    'timeout-minutes': jobTimeout(step),
    outputs: decides ? { cut: '${{ steps.pipekit.outputs.cut }}' } : undefined,
    steps: [
      checkoutStep(ctx),
      {
        id: decides ? 'pipekit' : undefined,
        uses: ctx.settings.action,
        // Only this job's action gets the step's secrets, and hands them to the step's process
        // alone (src/executor/step-env.ts); the plan and result jobs get none.
        env: secretsOf(step),
        with: actionInputs(ctx, 'step', { step: target, params: planOutput(ctx, 'params') }),
      },
    ],
  };
}

/**
 * A matrix step's instances as GitHub's matrix: `include` lists only the instances the plan
 * says must run, one `{ instance: NAME }` each; the job's `if` is false when it lists none, so
 * GitHub never sees an empty matrix (which fails the job). One instance failing stops no other.
 */
function matrixStrategy(ctx: JobContext, group: JobGroup): YamlMapping {
  return {
    matrix: {
      include: `\${{ fromJSON(needs.${ctx.planJob}.outputs.matrix)['${group.id}'] }}`,
    },
    'fail-fast': false,
    'max-parallel': group.step.matrix?.maxParallel,
  };
}

function secretsOf(step: Step): YamlMapping | undefined {
  if (step.secrets.length === 0) return undefined;
  return new Map(step.secrets.map((name) => [name, `\${{ secrets.${name} }}`]));
}

function environmentOf(step: Step): YamlValue | undefined {
  const environment = step.environment;
  if (environment === undefined) return undefined;
  return environment.url === undefined ? environment.name : { ...environment };
}

/**
 * A job's `permissions` replace the workflow's `contents: read` entirely; the checkout still
 * needs to read the repository, so `contents: read` is kept unless the step says otherwise.
 */
function permissionsOf(step: Step): YamlValue | undefined {
  const permissions = step.permissions;
  if (permissions === undefined || typeof permissions === 'string') return permissions;
  return new Map(Object.entries({ contents: 'read', ...permissions }));
}

/**
 * The last job, and the one check a branch protection rule needs: it waits for every step
 * job, runs unless the run was cancelled, and fails when the plan failed, a step job failed,
 * was cancelled or timed out, or a step that ran saved nothing. Its name does not depend on
 * any step, so renaming a step never leaves a required check waiting. It also plans again,
 * now finding what the step jobs saved, writes the summary of the run and the plan index,
 * so that the next run's plan needs one cache lookup.
 */
export function buildResultJob(ctx: JobContext): YamlMapping {
  const deciders = ctx.graph.order.filter((id) => decidedBy(ctx.graph, id).length > 0);
  const jobs = ctx.groups.map((g) => g.id);
  const list = (lines: string[]): string[] =>
    lines.map((line, i) => (i === lines.length - 1 ? line : `${line},`));
  const results = [
    '{',
    `  "plan": "\${{ needs.${ctx.planJob}.result }}",`,
    `  "planned": \${{ needs.${ctx.planJob}.outputs.jobs || 'null' }},`,
    '  "cut": [',
    ...list(deciders.map((id) => `    \${{ needs.${id}.outputs.cut || '{}' }}`)),
    '  ],',
    '  "steps": {',
    // A matrix job's result is its instances': failure when any failed.
    ...list(jobs.map((id) => `    "${id}": "\${{ needs.${id}.result }}"`)),
    '  }',
    '}',
  ];
  return {
    name: jobName(ctx, 'pipekit result'),
    needs: new Flow([ctx.planJob, ...jobs]),
    'runs-on': runsOn(ctx.pipeline, ctx.pipeline.defaultRunner),
    permissions: commentPermissions(ctx),
    if: '${{ !cancelled() }}',
    'timeout-minutes': PLAN_TIMEOUT_MINUTES,
    steps: [
      checkoutStep(ctx),
      {
        uses: ctx.settings.action,
        with: actionInputs(ctx, 'report', {
          params: planOutput(ctx, 'params'),
          results: new Literal(results.join('\n')),
        }),
      },
    ],
  };
}

/**
 * The plan and result jobs write the pull request's comment: they alone get
 * `pull-requests: write`, beside the `contents: read` the checkout needs (a job's
 * `permissions` replace the workflow's). Step jobs keep the workflow's read-only token.
 */
function commentPermissions(ctx: JobContext): YamlValue | undefined {
  if (!ctx.pullRequests) return undefined;
  return new Map([
    ['contents', 'read'],
    ['pull-requests', 'write'],
  ]);
}

/**
 * The plan job writes the pull request's comment (`pull-requests: write`), and after a merge
 * reuses what the pull request's run computed: it finds that run and reads its artifacts
 * (`actions: read`) through the pull request (`pull-requests: read`, which write covers).
 */
function planPermissions(ctx: JobContext): YamlValue | undefined {
  const reuse = ctx.settings.artifactRetentionDays > 0;
  if (!reuse) return commentPermissions(ctx);
  return new Map([
    ['contents', 'read'],
    ['actions', 'read'],
    ['pull-requests', ctx.pullRequests ? 'write' : 'read'],
  ]);
}

function actionInputs(
  ctx: JobContext,
  command: string,
  more: Record<string, YamlValue>,
): YamlMapping {
  return {
    command,
    pipeline: ctx.names.pipelinePath,
    'cache-prefix': ctx.names.cachePrefix,
    ...more,
  };
}

function planOutput(ctx: JobContext, name: string): string {
  return `\${{ needs.${ctx.planJob}.outputs.${name} }}`;
}

/**
 * The component's timeout bounds one attempt; the action retries within the same job, so
 * the job's limit covers every attempt plus the cache restore and save around them, up to
 * what GitHub lets any job run.
 */
function jobTimeout(step: Step): number | undefined {
  const minutes = step.component.timeoutMinutes;
  if (minutes === undefined) return undefined;
  const total = Math.ceil(minutes * (step.component.retries + 1)) + TIMEOUT_MARGIN_MINUTES;
  return Math.min(total, MAX_JOB_MINUTES);
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

function checkoutStep(ctx: JobContext): YamlMapping {
  const { checkout, lfs, submodules } = ctx.settings;
  return {
    uses: checkout,
    with: {
      // The step's code is the pull request's code: it gets no token left in .git/config.
      'persist-credentials': false,
      lfs: lfs ? true : undefined,
      submodules: submodules === false ? undefined : submodules,
    },
  };
}

function assertJobId(id: string): void {
  if (!JOB_ID.test(id)) throw new Error(`step id "${id}" is not a valid GitHub job id`);
}
