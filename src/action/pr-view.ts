import * as core from '@actions/core';
import { ownKeyDocument, type Engine } from '../executor/engine.js';
import { getStep } from '../pipeline/graph.js';
import { plannedManifest, type PlannedStep } from '../plan/plan.js';
import { BRANCH_RECORD_SCHEMA, type BranchRecord } from '../records/branch-record.js';
import { compareWithBase, type StepNow } from '../report/base-compare.js';
import { renderPrComment, type PrStep } from '../report/pr-comment.js';
import type { JobResults } from '../report/verdict.js';
import { publishComment, pullRequestOf } from './pr-comment.js';
import { pipelinePathOf, runningWorkflowFile } from './stale-workflow.js';

/** What the plan and result jobs know when they write the pull request's comment. */
interface CommentContext {
  engine: Engine;
  planned: PlannedStep[];
  /** The result job: the jobs' results and why the run failed. */
  results?: JobResults;
  problems?: string[];
  pipelineInput: string;
  token: string;
  env: NodeJS.ProcessEnv;
}

/**
 * On a pull request: the comment (plan or result) compared with the base branch's record,
 * published on the pull request where the token may, and returned for the job summary.
 * Empty on any other event.
 */
export async function pullRequestComment(ctx: CommentContext): Promise<string> {
  const pr = pullRequestOf(ctx.env);
  if (!pr) return '';
  const { engine } = ctx;
  const base = await engine.store.lookupBranch?.(`refs/heads/${pr.base}`);
  const changes = compareWithBase(stepsNow(engine, ctx.planned), base);
  const runId = ctx.env.GITHUB_RUN_ID;
  const steps: PrStep[] = ctx.planned.map((p) => {
    const was = base && Object.hasOwn(base.steps, p.id) ? base.steps[p.id] : undefined;
    const manifest = plannedManifest(p);
    const ranHere = manifest?.producer?.runId !== undefined && manifest.producer.runId === runId;
    return {
      id: p.id,
      runner: p.runner,
      runsOn: engine.pipeline.runners[p.runner],
      status: ctx.results ? resultStatus(p, ctx.results) : p.status,
      change: changes.get(p.id) ?? { kind: 'unknown' },
      lastMs: was?.durationMs,
      durationMs: ranHere ? manifest.durationMs : undefined,
      metrics: manifest?.metrics,
      baseMetrics: was?.metrics,
    };
  });
  const workflowFile = runningWorkflowFile(pipelinePathOf(ctx.pipelineInput), ctx.env);
  const text = renderPrComment({
    workflowFile,
    pipeline: engine.pipeline.name,
    phase: ctx.results ? 'result' : 'plan',
    base: { branch: pr.base, commit: base?.commit, found: base !== undefined },
    steps,
    problems: ctx.problems,
  });
  await publishComment(pr, workflowFile, text, ctx.token, ctx.env);
  return text;
}

/** What became of a step in this run, as the result job heard from the jobs. */
function resultStatus(p: PlannedStep, results: JobResults): string {
  const job = results.steps[p.id];
  if (job === 'failure' || job === 'cancelled') return job === 'failure' ? 'failed' : 'cancelled';
  if (results.planned?.[p.id] === true) {
    if (job === 'success') return 'ran';
    if (results.cut.has(p.id)) return 'cached';
    return 'not run';
  }
  return p.status;
}

function stepsNow(engine: Engine, planned: PlannedStep[]): StepNow[] {
  return planned.map((p) => {
    const dataUpstream = engine.graph.edges
      .filter((e) => e.to === p.id && e.output !== undefined)
      .map((e) => e.from);
    if (p.document && p.key) return { id: p.id, key: p.key, document: p.document, dataUpstream };
    const step = getStep(engine.pipeline, p.id);
    return { id: p.id, document: ownKeyDocument(engine, step), partial: true, dataUpstream };
  });
}

/**
 * After a push, the result job records what the branch's steps are now, for the pull requests
 * that will be compared with it. Only pushes: a dispatch with other parameters or a merge
 * queue's branch is not what a pull request merges into.
 */
export async function saveBranchRecord(
  engine: Engine,
  planned: PlannedStep[],
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const ref = env.GITHUB_REF ?? '';
  if (
    env.GITHUB_EVENT_NAME !== 'push' ||
    !ref.startsWith('refs/heads/') ||
    !engine.store.saveBranch
  ) {
    return;
  }
  const record: BranchRecord = {
    schema: BRANCH_RECORD_SCHEMA,
    ref,
    commit: env.GITHUB_SHA,
    steps: {},
  };
  for (const p of planned) {
    const manifest = plannedManifest(p);
    if (!p.key || !p.document || !manifest) continue;
    record.steps[p.id] = {
      key: p.key,
      parts: { ...p.document },
      durationMs: manifest.durationMs,
      metrics: manifest.metrics,
    };
  }
  if (Object.keys(record.steps).length === 0) return;
  const unique = `${env.GITHUB_SHA}:${env.GITHUB_RUN_ID}:${env.GITHUB_RUN_ATTEMPT}`;
  if (!(await engine.store.saveBranch(record, unique))) {
    core.info(`the record of ${ref} for pull requests could not be saved`);
  }
}
