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
// Node 20 cannot run TypeScript: the server is transpiled by bench/lib/transpile.mjs. All
// files live in one temp folder, removed at the end.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { repoRoot, transpile } from './lib/transpile.mjs';

const SHAPES = ['wide', 'chain', 'tree'];
/** Parallel lookups of the action's store (src/action/commands.ts). */
const LOOKUP_CONCURRENCY = 8;
/** Calls a cached step costs: GetCacheEntryDownloadURL and the manifest download. */
const CALLS_PER_HIT = 2;
const CHILD_TIMEOUT_MS = 15 * 60_000;

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
if (!Number.isInteger(steps) || steps < 1 || steps > 999) usage('--steps: 1 to 999');
if (!(latency >= 0)) usage('--latency: a number of ms');
if (!Number.isInteger(runs) || runs < 1) usage('--runs: a positive integer');

const work = realpathSync(mkdtempSync(join(tmpdir(), 'pipekit-plan-bench-')));
// A copy of the bundle, so a rebuild of dist/ during the bench cannot mix two versions.
const ACTION = join(work, 'action', 'index.js');
mkdirSync(dirname(ACTION));
copyFileSync(join(repoRoot, 'dist/index.js'), ACTION);
writeFileSync(join(work, 'action', 'package.json'), '{ "type": "module" }\n');
const bundleHash = createHash('sha256').update(readFileSync(ACTION)).digest('hex').slice(0, 12);
const log = (line) => process.stderr.write(`plan: ${line}\n`);

function usage(message) {
  process.stderr.write(`bench/plan.mjs: ${message}\n`);
  process.exit(2);
}

// ---------------------------------------------------------------- pipelines

const id = (i) => `s${String(i).padStart(3, '0')}`;

/** mulberry32: a small seeded PRNG, so `tree` is the same DAG every time. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** For each step, the earlier steps it reads ([] for a root, which reads data/sNNN.txt). */
function parentsOf(shape, n) {
  if (shape === 'chain') return Array.from({ length: n }, (_, i) => (i === 0 ? [] : [i - 1]));
  if (shape === 'wide') {
    const length = Math.ceil(n / 10);
    return Array.from({ length: n }, (_, i) => (i % length === 0 ? [] : [i - 1]));
  }
  // tree: distinct parent sets, so no two steps share a key (their `run` text is the same).
  const rand = random(0x5eed);
  const used = new Set();
  const parents = [[]];
  for (let i = 1; i < n; i++) {
    const count = Math.min(i, 1 + Math.floor(rand() * 3));
    for (let tries = 0; ; tries++) {
      const picked = new Set();
      while (picked.size < count) picked.add(Math.floor(rand() * i));
      const set = [...picked].sort((a, b) => a - b);
      if (!used.has(set.join()) || tries > 100) {
        used.add(set.join());
        parents.push(set);
        break;
      }
    }
  }
  return parents;
}

/** The pipeline's files: pipeline.yml, data/ for the roots, .gitignore. */
function pipelineFiles(shape, parents) {
  const files = { '.gitignore': '.pipekit/\n' };
  const yml = [`name: bench-${shape}`, 'steps:'];
  parents.forEach((ups, i) => {
    const names = ups.length === 0 ? ['in0'] : ups.map((_, j) => `in${j}`);
    const cat = names.map((n) => `\${{ inputs.${n} }}`).join(' ');
    yml.push(
      `  ${id(i)}:`,
      `    run: cat ${cat} | md5sum > \${{ outputs.out }}`,
      `    inputs:`,
      ...names.map((n) => `      ${n}: { type: path }`),
      `    outputs:`,
      `      out: { type: file }`,
      `    with:`,
    );
    if (ups.length === 0) {
      yml.push(`      in0: data/${id(i)}.txt`);
      files[`data/${id(i)}.txt`] = `${shape} ${id(i)}\n`;
    } else {
      ups.forEach((up, j) => yml.push(`      in${j}: \${{ steps.${id(up)}.outputs.out }}`));
    }
  });
  files['pipeline.yml'] = `${yml.join('\n')}\n`;
  return files;
}

/** The longest chain of steps each of whose keys needs the manifest before it. */
function wavesOf(parents) {
  const depth = [];
  parents.forEach((ups, i) => (depth[i] = 1 + Math.max(0, ...ups.map((u) => depth[u]))));
  return Math.max(...depth);
}

/**
 * The time the added latency alone costs a plan: each lookup takes `cost` ms and starts when
 * its upstream lookups are done and one of `slots` is free (first come, first served).
 */
function latencyFloor(parents, cost, slots) {
  const done = [];
  const free = Array(slots).fill(0);
  // The earliest ready step goes next; ties in step order (the plan's order).
  const pending = new Set(parents.keys());
  while (pending.size > 0) {
    let next;
    for (const i of pending) {
      const ups = parents[i];
      if (!ups.every((u) => done[u] !== undefined)) continue;
      const at = Math.max(0, ...ups.map((u) => done[u]));
      if (!next || at < next.at) next = { i, at };
    }
    free.sort((a, b) => a - b);
    const start = Math.max(next.at, free[0]);
    free[0] = done[next.i] = start + cost;
    pending.delete(next.i);
  }
  return Math.max(...done);
}

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'pipekit bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'pipekit bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};
const git = (cwd, ...args) => execFileSync('git', args, { cwd, env: GIT_ENV, stdio: 'pipe' });

function makeRepo(dir, files) {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'bench pipeline');
}

// ---------------------------------------------------------------- the runner

let spawned = 0;

/**
 * Runs the bundled action as the runner does (see test/support/action-runner.ts); resolves to
 * its exit code, output, GITHUB_OUTPUT values and wall time (spawn to exit).
 */
function runAction(workspace, command, cache, inputs = {}) {
  const n = ++spawned;
  const scratch = join(work, 'runner', String(n));
  mkdirSync(join(scratch, 'temp'), { recursive: true });
  const outputFile = join(scratch, 'output');
  writeFileSync(outputFile, '');
  writeFileSync(join(scratch, 'summary'), '');
  const env = {};
  for (const name of ['PATH', 'HOME', 'LANG', 'TMPDIR'])
    if (process.env[name]) env[name] = process.env[name];
  // Not GITHUB_SERVER_URL: an http://127.0.0.1 server there would force the v1 protocol.
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: join(scratch, 'summary'),
    RUNNER_TEMP: join(scratch, 'temp'),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_RUN_ID: String(n),
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    ACTIONS_CACHE_SERVICE_V2: '1',
    ACTIONS_RESULTS_URL: cache.url,
    ACTIONS_RUNTIME_TOKEN: cache.token,
    INPUT_COMMAND: command,
    INPUT_PIPELINE: 'pipeline.yml',
    ...inputs,
  });
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, [ACTION], {
      cwd: workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      clearTimeout(timer);
      const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
      rmSync(scratch, { recursive: true, force: true });
      done({ code: code ?? -1, signal, stdout, stderr, outputs, ms });
    });
  });
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks (and `name=value` lines). */
function parseOutputFile(text) {
  const out = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const value = [];
      while (++i < lines.length && lines[i] !== heredoc[2]) value.push(lines[i]);
      out[heredoc[1]] = value.join('\n');
    } else if (lines[i].includes('=')) {
      out[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1);
    }
  }
  return out;
}

function check(ok, what, run) {
  if (ok) return;
  const tail = (s) => s.split('\n').slice(-40).join('\n');
  throw new Error(`${what}\n--- stdout\n${tail(run.stdout)}\n--- stderr\n${tail(run.stderr)}`);
}

function nodeStartup() {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    child.on('error', fail);
    child.on('close', () => done(performance.now() - started));
  });
}

// ---------------------------------------------------------------- the bench

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (ms) => Math.round(ms);

/** Calls the server answered since `from`, once none is in flight (records come on close). */
async function callsSince(server, from) {
  for (let i = 0; i < 200 && server.load.inFlight > 0; i++) await sleep(5);
  await sleep(0);
  const calls = server.calls.slice(from);
  const byMethod = {};
  for (const c of calls) byMethod[c.method] = (byMethod[c.method] ?? 0) + 1;
  return { total: calls.length, byMethod };
}

async function benchShape(startCacheServer, shape) {
  const dir = join(work, shape);
  const origin = join(dir, 'origin');
  const parents = parentsOf(shape, steps);
  const ids = parents.map((_, i) => id(i));
  makeRepo(origin, pipelineFiles(shape, parents));
  let clones = 0;
  const clone = () => {
    const dest = join(dir, `clone-${++clones}`);
    git(dir, 'clone', '-q', origin, dest);
    return dest;
  };

  const server = await startCacheServer({ latencyMs: 0 });
  try {
    const cache = { url: server.url, token: server.token() };
    log(`${shape}: filling the cache (command: run, ${steps} steps)`);
    const fillDir = clone();
    const fill = await runAction(fillDir, 'run', cache);
    check(fill.code === 0, `${shape}: the run to fill the cache exited ${fill.code}`, fill);
    const ran = JSON.parse(fill.outputs.ran ?? '[]');
    const missing = ids.filter((s) => !ran.includes(s));
    check(missing.length === 0, `${shape}: run did not run ${missing.join(', ')}`, fill);
    log(`${shape}: filled in ${round(fill.ms)} ms, ${server.entries().length} entries`);
    rmSync(fillDir, { recursive: true, force: true });

    // `cache: false` plans with no service at all: start-up, parsing, the roots' keys.
    const variants = [
      { name: 'no cache', ms: 0, cache: false },
      { name: '0 ms', ms: 0, cache: true },
      ...(latency > 0 ? [{ name: `${latency} ms`, ms: latency, cache: true }] : []),
    ];
    for (const v of variants) Object.assign(v, { times: [], calls: [], peak: 0 });
    for (let r = 0; r < runs; r++) {
      for (const v of variants) {
        server.setLatency(v.ms);
        const workspace = clone();
        const from = server.calls.length;
        server.load.max = 0;
        const plan = await runAction(workspace, 'plan', cache, { INPUT_CACHE: String(v.cache) });
        const what = `${shape}: plan, ${v.name}`;
        check(plan.code === 0, `${what} exited ${plan.code}`, plan);
        const planned = JSON.parse(plan.outputs.plan ?? '{"steps":[]}').steps;
        check(planned.length === steps, `${what}: ${planned.length} steps planned`, plan);
        const notCached = ids.filter((s) => planned.find((p) => p.id === s)?.status !== 'cached');
        if (v.cache) check(notCached.length === 0, `${what}: not cached: ${notCached}`, plan);
        v.times.push(plan.ms);
        v.calls.push(await callsSince(server, from));
        v.peak = Math.max(v.peak, server.load.max);
        log(`${what}: ${round(plan.ms)} ms, ${v.calls.at(-1).total} calls`);
        rmSync(workspace, { recursive: true, force: true });
      }
    }
    const waves = wavesOf(parents);
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
      floorMs: v.cache ? round(latencyFloor(parents, CALLS_PER_HIT * v.ms, LOOKUP_CONCURRENCY)) : 0,
      ratio: Number((median(v.times) / base).toFixed(2)),
    }));
  } finally {
    await server.close();
  }
}

function printTables(results, startup) {
  console.log(
    `# pipekit plan: ${steps} cached steps, ${latency} ms added per service call, ` +
      `median of ${runs} (fresh clone each)\n`,
  );
  console.log(`dist/index.js sha256 ${bundleHash}, Node ${process.versions.node}\n`);
  console.log(`\`node -e 0\` start-up: ${round(startup)} ms (median of ${runs})\n`);
  for (const rows of results) {
    const [none, base, slow] = rows;
    console.log(
      `## ${base.shape} (${base.waves} sequential lookup wave${base.waves === 1 ? '' : 's'})\n`,
    );
    console.log('| plan | median ms | min ms | calls/plan | peak in flight | vs 0 ms |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const r of rows) {
      const name = r.cache ? `${r.latencyMs} ms/call` : 'cache: false';
      const cells = [name, r.medianMs, r.minMs, r.calls, r.peakInFlight];
      console.log(`| ${cells.join(' | ')} | ${r.ratio.toFixed(2)}x |`);
    }
    const local = base.medianMs - none.medianMs;
    console.log(
      `\nLookups at 0 ms: ${local} ms over cache: false (${(local / steps).toFixed(1)} ms a step).`,
    );
    if (slow) {
      const added = slow.medianMs - base.medianMs;
      console.log(
        `Added by ${slow.latencyMs} ms/call: ${added} ms = ${(added / slow.latencyMs).toFixed(1)} ` +
          `sequential calls; a lookup per step (${LOOKUP_CONCURRENCY} at once, ` +
          `${CALLS_PER_HIT} calls each, ${slow.waves} waves) could not go under ${slow.floorMs} ms.`,
      );
    }
    console.log('');
  }
}

async function main() {
  const [{ startCacheServer }] = await transpile(
    ['test/support/cache-server.ts'],
    join(work, 'build'),
  );
  const startups = [];
  for (let r = 0; r < runs; r++) startups.push(await nodeStartup());
  const startup = median(startups);
  const results = [];
  for (const shape of shapes) results.push(await benchShape(startCacheServer, shape));
  if (opts.json) {
    for (const rows of results)
      for (const r of rows) {
        console.log(JSON.stringify({ ...r, nodeStartupMs: round(startup), bundle: bundleHash }));
      }
    return;
  }
  printTables(results, startup);
}

const cleanUp = () => rmSync(work, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanUp();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}
try {
  await main();
} finally {
  cleanUp();
}
