import { getStep } from '../pipeline/graph.js';
import * as core from '@actions/core';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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
import { plannedManifest, planSteps } from '../plan/plan.js';
import type { StepResult } from '../plan/step-result.js';
import type { StepKey } from '../records/brands.js';
import { upstreamClosure } from '../plan/subgraph.js';
import type { Graph, Pipeline } from '../pipeline/types.js';
import { describeResult, describeWhy, planJson } from '../report/reasons.js';
import { renderSummary } from '../report/summary.js';
import { TOOL_VERSION } from '../version.js';
import { githubContext, InputError, type ActionOptions } from './inputs.js';

interface Loaded {
  root: string;
  pipeline: Pipeline;
  graph: Graph;
}

/** Runs the action's command; returns the ids of the steps that failed. */
export async function runCommand(opts: ActionOptions, loaded: Loaded): Promise<string[]> {
  maskSecrets(loaded.pipeline);
  const engine = createEngine(opts, loaded);
  if (opts.command === 'plan' || opts.command === 'report') return plan(engine, opts.command);
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
        concurrency: 8,
      })
    : new MemoryStore();
  return {
    ...loaded,
    parameters: resolveParameters(loaded.pipeline, parseAssignments(opts.set)),
    memo: DigestMemo.load(join(stateDir(loaded.root), 'memo.json')),
    store,
    github: githubContext(process.env),
  };
}

/** `plan` before the step jobs, `report` after them: the same decision, titled for its place. */
async function plan(engine: Engine, command: 'plan' | 'report'): Promise<string[]> {
  const index = await loadPlanIndex(engine);
  const planned = await planSteps(
    engine.pipeline,
    engine.graph,
    // This job's runner is not the steps' runner: their key commands run in their own jobs.
    decideContext(engine, { indexed: index.indexed, deferKeyCommands: true }),
  );
  await savePlanIndex(
    engine,
    index,
    planned.map((p) => ({ ...p, manifest: plannedManifest(p), cached: p.status === 'cached' })),
  );
  const jobs = Object.fromEntries(
    planned.map((p) => [p.id, p.status !== 'cached' && p.status !== 'skipped']),
  );
  core.setOutput('plan', JSON.stringify(planJson(planned)));
  core.setOutput('jobs', JSON.stringify(jobs));
  setLists(
    planned.map((p) => ({ id: p.id, status: p.status === 'cached' ? 'cached' : 'planned' })),
  );
  for (const p of planned) core.info(`${p.status.padEnd(8)} ${p.id}  ${describeWhy(p.why)}`);
  const rows = planned.map((p) => ({
    ...p,
    reason: describeWhy(p.why),
    savedMs: plannedManifest(p)?.durationMs,
    metrics: plannedManifest(p)?.metrics,
  }));
  await core.summary
    .addRaw(renderSummary(`pipekit ${command}: ${engine.pipeline.name}`, engine.graph, rows))
    .write();
  return [];
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
    materialize: 'needed',
    indexed: index.indexed,
    transferKey: target ? transferKeys(full, runId) : undefined,
    onEvent: ({ type, id, result }) => {
      if (type === 'finish' && result) printLog(result, id === target || !target);
    },
  };
  const results = await runPipeline(engine, options);
  const readLater = target && (full.graph.downstream[target] ?? []).length > 0;
  if (readLater) await recordKeyCommands(engine, results, target, runId);
  if (!target) {
    const known = results.map((r) => ({
      ...r,
      cached: r.status === 'cached' || r.saved === true,
    }));
    await savePlanIndex(engine, index, known);
  }
  for (const r of results) {
    if (target && r.id !== target && r.status === 'ran') {
      core.warning(`upstream step ${r.id} had no usable cache entry; it ran again in this job`);
    }
  }
  const shown = target ? results.filter((r) => r.id === target) : results;
  for (const r of shown) for (const w of r.warnings ?? []) core.warning(`${r.id}: ${w}`);
  setLists(shown);
  const upstream = Object.fromEntries(results.map((r) => [r.id, r.status]));
  const rows = shown.map((r) => ({ ...r, reason: describeResult(r) }));
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
 * steps whose outputs another step reads need one.
 */
function transferKeys(full: Engine, runId: string): RunOptions['transferKey'] {
  const read = new Set(full.graph.edges.filter((e) => e.output).map((e) => e.from));
  return (step, key) =>
    read.has(step.id)
      ? (createHash('sha256').update(`${key}:${runId}`).digest('hex') as StepKey)
      : undefined;
}

function setLists(results: { id: string; status: string }[]): void {
  const ids = (status: string): string =>
    JSON.stringify(results.filter((r) => r.status === status).map((r) => r.id));
  core.setOutput('ran', ids('ran'));
  core.setOutput('cached', ids('cached'));
  core.setOutput('failed', ids('failed'));
}

function printLog(result: StepResult, expanded: boolean): void {
  const line = `${result.status} ${result.id}: ${describeResult(result)}`;
  if (!result.logFile || (result.status !== 'ran' && result.status !== 'failed')) {
    core.info(line);
    return;
  }
  let log = '';
  try {
    log = readFileSync(result.logFile, 'utf8');
  } catch {
    // the step never started
  }
  if (result.status === 'failed' || expanded) core.info(`${line}\n${log}`);
  else {
    core.startGroup(line);
    core.info(log);
    core.endGroup();
  }
}
