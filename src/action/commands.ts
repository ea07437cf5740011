import { getStep } from '../pipeline/graph.js';
import * as core from '@actions/core';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { ActionsStore } from '../cache/actions.js';
import { MemoryStore } from '../cache/memory.js';
import type { CacheStore } from '../cache/store.js';
import { decideContext, stateDir, type Engine } from '../executor/engine.js';
import { readKeyCommandRecord, saveKeyCommandRecord } from '../executor/key-command-record.js';
import { loadPlanIndex, savePlanIndex } from '../executor/plan-index-store.js';
import type { RunOptions } from '../executor/run-options.js';
import { runPipeline } from '../executor/scheduler.js';
import { maskedForms } from '../executor/secret-mask.js';
import { secretValues } from '../executor/step-env.js';
import { DigestMemo } from '../hash/files.js';
import { parseAssignments, resolveParameters } from '../plan/params.js';
import { plannedManifest, planSteps, planWithOutputs } from '../plan/plan.js';
import type { StepResult } from '../plan/step-result.js';
import type { StepKey } from '../records/brands.js';
import { upstreamClosure } from '../plan/subgraph.js';
import type { Graph, Pipeline, Step } from '../pipeline/types.js';
import { describeResult, describeWhy, planJson } from '../report/reasons.js';
import { renderSummary } from '../report/summary.js';
import { TOOL_VERSION } from '../version.js';
import { githubSettings, stepMaySelfHost } from '../github/settings.js';
import { planOutputs } from '../github/plan-outputs.js';
import { judgeRun, parseJobResults, renderVerdict, type JobResults } from '../report/verdict.js';
import { decideDependents } from './early-cutoff.js';
import { publishForMerge, storeAfterMerge } from './merge-loop.js';
import { liveLogs } from './step-log.js';
import { fromFork, githubContext, InputError, type ActionOptions } from './inputs.js';
import { cacheWriteDenied, savesAreJudged } from './cache-policy.js';
import { checkCommittedWorkflow } from './stale-workflow.js';
import { pullRequestComment, saveBranchRecord } from './pr-view.js';

interface Loaded {
  root: string;
  pipeline: Pipeline;
  graph: Graph;
}

/** Runs the action's command; returns the ids of the steps that failed. */
export async function runCommand(opts: ActionOptions, loaded: Loaded): Promise<string[]> {
  maskSecrets(loaded.pipeline);
  const engine = createEngine(opts, loaded);
  if (opts.command === 'plan' || opts.command === 'report') return plan(engine, opts);
  return run(engine, opts, opts.command === 'step' ? opts.step : undefined);
}

/**
 * Has the runner mask the value of every secret the pipeline declares, before any step runs:
 * in a job of several steps, or a step that prints one it was handed in a file.
 */
function maskSecrets(pipeline: Pipeline): void {
  for (const value of secretValues(process.env, pipeline)) {
    for (const form of maskedForms(value)) core.setSecret(form);
  }
}

function createEngine(opts: ActionOptions, loaded: Loaded): Engine {
  if (opts.step && !loaded.graph.order.includes(opts.step)) {
    throw new InputError(`input step: the pipeline has no step \`${opts.step}\``);
  }
  const store: CacheStore = opts.cache
    ? new ActionsStore({
        prefix: opts.cachePrefix,
        stagingDir: join('.pipekit', 'xfer'),
        warn: (message: string) => core.warning(message),
        info: (message: string) => core.info(message),
        writeDenied: cacheWriteDenied(process.env),
        concurrency: 8,
      })
    : new MemoryStore();
  return {
    ...loaded,
    parameters: resolveParameters(loaded.pipeline, {
      ...opts.params,
      ...parseAssignments(opts.set),
    }),
    memo: DigestMemo.load(join(stateDir(loaded.root), 'memo.json')),
    store,
    github: githubContext(process.env),
  };
}

/**
 * `plan` before the step jobs, `report` after them: the same decision, titled for its place.
 * The report, given the jobs' results, also judges the run: the one check to require.
 */
async function plan(given: Engine, opts: ActionOptions): Promise<string[]> {
  const command = opts.command;
  if (
    command === 'plan' &&
    !(await checkCommittedWorkflow(given.pipeline, given.graph, opts.pipeline, process.env))
  ) {
    return [];
  }
  const engine =
    command === 'plan' ? { ...given, store: await storeAfterMerge(given, opts) } : given;
  const results = command === 'report' ? readResults(opts) : undefined;
  const index = await loadPlanIndex(engine);
  // This job's runner is not the steps' runner: their key commands run in their own jobs.
  const ctx = decideContext(engine, {
    indexed: index.indexed,
    deferKeyCommands: true,
    withheld: withheldOnForks(engine),
  });
  const store = engine.store;
  // The plan job makes sure what the step jobs will restore is there; the result job only
  // reports, and its jobs are done.
  const planned =
    command === 'plan' && store.hasOutputs
      ? await planWithOutputs(engine.pipeline, engine.graph, ctx, (m) => store.hasOutputs!(m))
      : await planSteps(engine.pipeline, engine.graph, ctx);
  await savePlanIndex(
    engine,
    index,
    planned.map((p) => ({ ...p, manifest: plannedManifest(p), cached: p.status === 'cached' })),
  );
  const { jobs, matrix } = planOutputs(planned);
  core.setOutput('plan', JSON.stringify(planJson(planned)));
  core.setOutput('jobs', JSON.stringify(jobs));
  if (Object.keys(matrix).length > 0) core.setOutput('matrix', JSON.stringify(matrix));
  // Resolved once, here: every later job gets exactly these values.
  core.setOutput('params', JSON.stringify(engine.parameters));
  setLists(
    planned.map((p) => ({ id: p.id, status: p.status === 'cached' ? 'cached' : 'planned' })),
  );
  for (const p of planned) core.info(`${p.status.padEnd(8)} ${p.id}  ${describeWhy(p.why)}`);
  const rows = planned.map((p) => {
    const manifest = plannedManifest(p);
    return {
      ...p,
      reason: describeWhy(p.why),
      savedMs: manifest?.durationMs,
      metrics: manifest?.metrics,
      producer: manifest?.producer,
    };
  });
  const problems = results
    ? judgeRun(
        engine.graph,
        results,
        new Map(
          planned.map((p) => [
            p.id,
            { status: p.status, uncached: !getStep(engine.pipeline, p.id).cache },
          ]),
        ),
        opts.cache && savesAreJudged(process.env),
      )
    : [];
  const title = `pipekit ${command === 'report' ? 'result' : 'plan'}: ${engine.pipeline.name}`;
  let summary = renderSummary(title, engine.graph, rows);
  if (results) summary += renderVerdict(problems);
  if (command === 'report') await saveBranchRecord(engine, planned, process.env);
  const comment = await pullRequestComment({
    engine,
    planned,
    results,
    problems: results ? problems : undefined,
    pipelineInput: opts.pipeline,
    token: opts.token,
    env: process.env,
  });
  if (comment !== '') summary += `\n${comment}`;
  await core.summary.addRaw(summary).write();
  if (problems.length > 0) core.setFailed(`pipekit: ${problems.join('; ')}`);
  return [];
}

function readResults(opts: ActionOptions): JobResults | undefined {
  if (opts.results === undefined) return undefined;
  const results = parseJobResults(opts.results);
  if (!results)
    throw new InputError(
      'input results: not the JSON that `pipekit compile` writes; compile the workflow again',
    );
  return results;
}

/** Steps whose runner may be self-hosted do not run for a fork's pull request, unless allowed. */
function withheldOnForks(engine: Engine): ((step: Step) => boolean) | undefined {
  if (githubSettings(engine.pipeline.github).forkPullRequestsOnSelfHosted) return undefined;
  if (!fromFork(process.env)) return undefined;
  return (step) => stepMaySelfHost(engine.pipeline, step);
}

/** The whole pipeline, or with `target` one step job: the step and what it needs upstream. */
async function run(full: Engine, opts: ActionOptions, target?: string): Promise<string[]> {
  const runId = process.env.GITHUB_RUN_ID ?? `local-${process.pid}`;
  const engine = target ? stepJobEngine(full, target, runId) : full;
  const title = target ? `pipekit step: ${target}` : `pipekit run: ${full.pipeline.name}`;
  const index = await loadPlanIndex(full);
  const options: RunOptions = {
    runId,
    jobs: opts.jobs,
    keepGoing: false,
    useCache: opts.cache,
    // A `cache: false` target runs even when a re-run of this job finds its transfer entry.
    force: new Set(target && !getStep(full.pipeline, target).cache ? [target] : []),
    env: process.env,
    commit: () => ({ commit: process.env.GITHUB_SHA }),
    tool: TOOL_VERSION,
    producer: {
      repository: process.env.GITHUB_REPOSITORY,
      workflow: process.env.GITHUB_WORKFLOW,
      runId,
      attempt: process.env.GITHUB_RUN_ATTEMPT,
      job: process.env.GITHUB_JOB,
    },
    materialize: 'needed',
    indexed: index.indexed,
    transferKeys: target ? transferKeys(full, runId) : undefined,
    withheld: withheldOnForks(full),
    only: target,
    onEvent: liveLogs(!target),
  };
  const results = await runPipeline(engine, options);
  await publishForMerge(engine, opts, results);
  const readLater = target && (full.graph.downstream[target] ?? []).length > 0;
  if (readLater) await recordKeyCommands(engine, results, target, runId);
  if (target) {
    const cut = await decideDependents(full, target, results);
    for (const id of Object.keys(cut)) {
      core.info(
        `early cutoff: ${id} is cached with ${target}'s new outputs; its job will not start`,
      );
    }
    core.setOutput('cut', JSON.stringify(cut));
  }
  if (!target) {
    const known = results.map((r) => ({
      ...r,
      cached: r.status === 'cached' || r.saved === true,
    }));
    await savePlanIndex(engine, index, known);
  }
  const shown = target ? results.filter((r) => r.id === target) : results;
  for (const r of shown) for (const w of r.warnings ?? []) core.warning(`${r.id}: ${w}`);
  setLists(shown);
  const upstream = Object.fromEntries(results.map((r) => [r.id, r.status]));
  const rows = shown.map((r) => ({
    ...r,
    reason: describeResult(r),
    producer: r.manifest?.producer,
  }));
  await core.summary.addRaw(renderSummary(title, engine.graph, rows, upstream)).write();
  return results.filter((r) => r.status === 'failed').map((r) => r.id);
}

/**
 * A step job: the step and what it needs upstream. The step's key commands run here, on its
 * runner; an upstream step's were recorded by that step's own job.
 */
function stepJobEngine(full: Engine, target: string, runId: string): Engine {
  return {
    ...full,
    ...upstreamClosure(full.pipeline, full.graph, target),
    recordedKeyCommands: (step) =>
      step.id === target ? Promise.resolve(undefined) : readKeyCommandRecord(full, step, runId),
  };
}

/** Leaves the outputs of the target's key commands for the jobs after it, which decide it again. */
async function recordKeyCommands(
  engine: Engine,
  results: StepResult[],
  target: string,
  runId: string,
): Promise<void> {
  const step = getStep(engine.pipeline, target);
  const status = results.find((r) => r.id === target)?.status;
  if (step.keyCommands.length === 0 || (status !== 'ran' && status !== 'cached')) return;
  if (!(await saveKeyCommandRecord(engine, step, runId, TOOL_VERSION))) {
    core.warning(
      `${target}: the outputs of its key commands could not be saved for the later jobs; they run the commands again on their own runners`,
    );
  }
}

/**
 * Where a `cache: false` step leaves its outputs for the later jobs of this workflow run: only
 * steps whose outputs another step reads need one. One key per attempt, this one's first: the
 * run id is the same for every attempt and entries are never overwritten, so a re-run of the
 * step saves under its own attempt's key and hands on its new outputs; a job re-run without
 * the step's job (re-run failed jobs) finds the attempt that last ran the step.
 */
function transferKeys(full: Engine, runId: string): RunOptions['transferKeys'] {
  const read = new Set(full.graph.edges.filter((e) => e.output).map((e) => e.from));
  const attempt = Math.max(Number.parseInt(process.env.GITHUB_RUN_ATTEMPT ?? '', 10) || 1, 1);
  const keyOf = (key: StepKey, n: number) =>
    createHash('sha256').update(`${key}:${runId}:${n}`).digest('hex') as StepKey;
  return (step, key) =>
    read.has(step.id) ? Array.from({ length: attempt }, (_, i) => keyOf(key, attempt - i)) : [];
}

function setLists(results: { id: string; status: string }[]): void {
  const ids = (status: string): string =>
    JSON.stringify(results.filter((r) => r.status === status).map((r) => r.id));
  core.setOutput('ran', ids('ran'));
  core.setOutput('cached', ids('cached'));
  core.setOutput('failed', ids('failed'));
}
