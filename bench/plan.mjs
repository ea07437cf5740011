#!/usr/bin/env node
// The action's `plan` command end to end: the job that decides every step before any step job
// starts, so its wall time is on the critical path of every workflow run.
//
//   node bench/plan.mjs [--steps 100] [--latency 50] [--runs 3] [--shape wide,chain,tree]
//                       [--json]
//
// Per shape, a git repo with a pipeline.yml of inline steps (`cat` the inputs `| md5sum`):
//   wide   10 independent chains of steps/10
//   chain  one chain of all steps
//   tree   fan-in: each step reads 1-3 earlier steps picked at random (fixed seed)
// A cache server (test/support/cache-server.ts, v2 protocol, in this process) is filled by one
// `command: run` of the bundled action (dist/index.js), then `command: plan` is timed in a
// fresh `git clone` each time (no .pipekit/), as the runner starts it: `node dist/index.js`
// with cwd = GITHUB_WORKSPACE, INPUT_* and the ACTIONS_* cache variables. Every plan must find
// every step `cached`. Runs with --latency ms added to every service call alternate with runs
// at 0 ms (the baseline of the ratio). A cached step costs two calls (lookup, manifest
// download), and its key needs the output digests of the steps it reads, which come from
// their manifests: "waves" is the longest chain of such lookups, and "floor" the time the
// added latency alone costs when 8 lookups run at once (the action's concurrency).
//
// Node 20 cannot run TypeScript: the server is transpiled by scripts/transpile.mjs. All
// files live in one temp folder, removed at the end.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { timedSpawn } from './lib/child.mjs';
import { SHAPES, longestChain, shapedDag } from './lib/dag.mjs';
import { createActionRunner, expectRun } from './lib/plan/action-runner.mjs';
import { CALLS_PER_HIT, latencyFloor, pipelineFiles, stepId } from './lib/plan/pipeline.mjs';
import { printJson, printTables } from './lib/plan/report.mjs';
import { highMedian as median, rounds } from './lib/stats.mjs';
import { repoRoot, transpile } from '../scripts/transpile.mjs';
import { commitAll, git, makeTempRoot, writeFiles } from './lib/workdir.mjs';

const { values: opts } = parseArgs({
  options: {
    steps: { type: 'string', default: '100' },
    latency: { type: 'string', default: '50' },
    runs: { type: 'string', default: '3' },
    shape: { type: 'string', default: SHAPES.join(',') },
    json: { type: 'boolean', default: false },
  },
});
const steps = Number(opts.steps);
const latency = Number(opts.latency);
const runs = Number(opts.runs);
const shapes = opts.shape.split(',').filter(Boolean);
for (const s of shapes) if (!SHAPES.includes(s)) usage(`unknown shape ${s}`);
if (!Number.isInteger(steps) || steps < 1 || steps > 1000) usage('--steps: 1 to 1000');
if (!(latency >= 0)) usage('--latency: a number of ms');
if (!Number.isInteger(runs) || runs < 1) usage('--runs: a positive integer');

const log = (line) => process.stderr.write(`plan: ${line}\n`);
const round = (ms) => Math.round(ms);

function usage(message) {
  process.stderr.write(`bench/plan.mjs: ${message}\n`);
  process.exit(2);
}

/** A copy of the bundle, so a rebuild of dist/ during the bench cannot mix two versions. */
function copyBundle(work) {
  const action = join(work, 'action', 'index.js');
  mkdirSync(dirname(action));
  copyFileSync(join(repoRoot, 'dist/index.js'), action);
  writeFileSync(join(work, 'action', 'package.json'), '{ "type": "module" }\n');
  const bundleHash = createHash('sha256').update(readFileSync(action)).digest('hex').slice(0, 12);
  return { action, bundleHash };
}

/** Calls the server answered since `from`, once none is in flight (records come on close). */
async function callsSince(server, from) {
  for (let i = 0; i < 200 && server.load.inFlight > 0; i++) await sleep(5);
  await sleep(0);
  const calls = server.calls.slice(from);
  const byMethod = {};
  for (const c of calls) byMethod[c.method] = (byMethod[c.method] ?? 0) + 1;
  return { total: calls.length, byMethod };
}

/** One `command: run` in a fresh clone, which must run every step and so fill the cache. */
async function fillCache({ runAction, clone, server, cache }, shape, ids) {
  log(`${shape}: filling the cache (command: run, ${steps} steps)`);
  const fillDir = clone();
  const fill = await runAction(fillDir, 'run', cache);
  expectRun(fill.code === 0, `${shape}: the run to fill the cache exited ${fill.code}`, fill);
  const ran = JSON.parse(fill.outputs.ran ?? '[]');
  const missing = ids.filter((s) => !ran.includes(s));
  expectRun(missing.length === 0, `${shape}: run did not run ${missing.join(', ')}`, fill);
  log(`${shape}: filled in ${round(fill.ms)} ms, ${server.entries().length} entries`);
  rmSync(fillDir, { recursive: true, force: true });
}

/** One timed `command: plan` in a fresh clone; every step must come out `cached`. */
async function timePlan({ runAction, clone, server, cache }, shape, ids, v) {
  server.setLatency(v.ms);
  const workspace = clone();
  const from = server.calls.length;
  server.load.max = 0;
  const plan = await runAction(workspace, 'plan', cache, { INPUT_CACHE: String(v.cache) });
  const what = `${shape}: plan, ${v.name}`;
  expectRun(plan.code === 0, `${what} exited ${plan.code}`, plan);
  const planned = JSON.parse(plan.outputs.plan ?? '{"steps":[]}').steps;
  expectRun(planned.length === steps, `${what}: ${planned.length} steps planned`, plan);
  const notCached = ids.filter((s) => planned.find((p) => p.id === s)?.status !== 'cached');
  if (v.cache) expectRun(notCached.length === 0, `${what}: not cached: ${notCached}`, plan);
  v.times.push(plan.ms);
  v.calls.push(await callsSince(server, from));
  v.peak = Math.max(v.peak, server.load.max);
  log(`${what}: ${round(plan.ms)} ms, ${v.calls.at(-1).total} calls`);
  rmSync(workspace, { recursive: true, force: true });
}

async function benchShape({ work, runAction, startCacheServer }, shape) {
  const dir = join(work, shape);
  const origin = join(dir, 'origin');
  const parents = shapedDag(shape, steps);
  const ids = parents.map((_, i) => stepId(i));
  writeFiles(origin, pipelineFiles(shape, parents));
  commitAll(origin, 'bench pipeline');
  let clones = 0;
  const clone = () => {
    const dest = join(dir, `clone-${++clones}`);
    git(dir, 'clone', '-q', origin, dest);
    return dest;
  };

  const server = await startCacheServer({ latencyMs: 0 });
  try {
    const at = { runAction, clone, server, cache: { url: server.url, token: server.token() } };
    await fillCache(at, shape, ids);

    // `cache: false` plans with no service at all: start-up, parsing, the roots' keys.
    const variants = [
      { name: 'no cache', ms: 0, cache: false },
      { name: '0 ms', ms: 0, cache: true },
      ...(latency > 0 ? [{ name: `${latency} ms`, ms: latency, cache: true }] : []),
    ];
    for (const v of variants) Object.assign(v, { times: [], calls: [], peak: 0 });
    await rounds({ runs }, variants, (v) => timePlan(at, shape, ids, v));

    const waves = longestChain(parents);
    const base = median(variants[1].times);
    return variants.map((v) => ({
      shape,
      steps,
      waves,
      variant: v.name,
      cache: v.cache,
      latencyMs: v.ms,
      runs,
      medianMs: round(median(v.times)),
      minMs: round(Math.min(...v.times)),
      timesMs: v.times.map(round),
      calls: median(v.calls.map((c) => c.total)),
      callsByMethod: v.calls.at(-1).byMethod,
      peakInFlight: v.peak,
      floorMs: v.cache ? round(latencyFloor(parents, CALLS_PER_HIT * v.ms)) : 0,
      ratio: Number((median(v.times) / base).toFixed(2)),
    }));
  } finally {
    await server.close();
  }
}

async function main(work) {
  const { action, bundleHash } = copyBundle(work);
  const runAction = createActionRunner({ action, scratchDir: join(work, 'runner') });
  const [{ startCacheServer }] = await transpile(
    ['test/support/cache-server.ts'],
    join(work, 'build'),
  );
  const startups = [];
  await rounds({ runs }, ['node -e 0'], async () => {
    startups.push((await timedSpawn(process.execPath, ['-e', '0'], { stdio: 'ignore' })).ms);
  });
  const startup = median(startups);
  const results = [];
  for (const shape of shapes) {
    results.push(await benchShape({ work, runAction, startCacheServer }, shape));
  }
  if (opts.json) printJson(results, { startup, bundleHash });
  else printTables(results, { steps, latency, runs, startup, bundleHash });
}

const { dir: work, remove } = makeTempRoot('pipekit-plan-bench-', { realpath: true });
try {
  await main(work);
} finally {
  remove();
}
