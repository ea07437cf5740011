#!/usr/bin/env node
// pipekit against its peers on the synthetic DAG of bench/noop.mjs, one table, every figure
// measured in this run:
//
//   node bench/peers.mjs [--runs R] [--warmup W] [--seed S] [--cli FILE] [--plan-steps N]
//                        [--keep] [--json]
//
// | work | pipekit | peer | ratio |
//   no-op, 100 steps          pipekit run   vs `node -e 0` (Node's own start-up)
//   no-op, 1000 steps         pipekit run   vs `turbo run build` (Turborepo, native binary)
//   one leaf changed, 1000    pipekit run   vs `snakemake --cores 2`, a root's data file edited
//                                            before every round (a new text each time), so it
//                                            and its descendants run: the root whose count is
//                                            nearest to 19 (16 with the default seed)
//   first run, 1000 steps     one step at a time: pipekit's wall time less the steps' own time
//                             (the same 1000 commands, each in its own `bash -e -c`, run by one
//                             shell script), per step; beside it, Snakemake's first run
//                             (`--cores 1`)
//   plan job, N cached steps  the cache-service calls of the action's plan job
//                             (bench/plan.mjs --steps N --latency 0 --runs 1 --shape tree)
//
// Rounds are interleaved (every side once per round) so that drift on a noisy VM hits every
// side alike; medians of R rounds after W warm-up rounds. A missing peer (turbo not
// installable, snakemake not on PATH) leaves its cells empty with a note, never a failure.
import { spawnSync } from 'node:child_process';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { tail, timedSync } from './lib/child.mjs';
import { randomDag } from './lib/dag.mjs';
import { timeStepsScript, writeStepsScript } from './lib/first-run.mjs';
import { markdownTable } from './lib/markdown.mjs';
import { floorSide, measureReruns } from './lib/noop/measure.mjs';
import { pipekitRepoFiles, pipekitSide, settle } from './lib/noop/pipekit.mjs';
import { installTurbo } from './lib/noop/turbo-install.mjs';
import { prepareTurbo } from './lib/noop/turbo.mjs';
import { snakemakeSide, snakemakeVersion, writeSnakemakeRepo } from './lib/peers/snakemake.mjs';
import { formatMs, median } from './lib/stats.mjs';
import { commitAll, makeTempRoot, writeFiles } from './lib/workdir.mjs';
import { repoRoot } from '../scripts/transpile.mjs';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    warmup: { type: 'string', default: '2' },
    seed: { type: 'string', default: '20240611' },
    cli: { type: 'string', default: join(repoRoot, 'dist', 'cli.js') },
    'plan-steps': { type: 'string', default: '1000' },
    keep: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
  strict: false, // bench/run.mjs forwards the same argv to every bench script
  allowPositionals: true,
});
const runs = Number(opts.runs);
const warmup = Number(opts.warmup);
const seed = Number(opts.seed);
const planSteps = Number(opts['plan-steps']);
const log = (msg) => process.stderr.write(`peers: ${msg}\n`);
const LEAF_RERUNS = 19;
const TIMEOUT_MS = 60 * 60 * 1000;

/** Writes the pipekit repository of `steps` and runs it once (`jobs` at a time). */
function pipekitRepo(root, n, steps, jobs) {
  const dir = join(root, `pipekit-${n}`);
  writeFiles(dir, pipekitRepoFiles(steps));
  commitAll(dir, 'bench');
  const r = timedSync(process.execPath, [opts.cli, 'run', '--jobs', String(jobs)], {
    cwd: dir,
    env: process.env,
    timeoutMs: TIMEOUT_MS,
  });
  if (r.status !== 0) throw new Error(`pipekit first run (N=${n}) failed:\n${tail(r.output)}`);
  log(`N=${n}: pipekit first run (${jobs} job) ${formatMs(r.ms)}`);
  settle();
  return { dir, fillMs: r.ms };
}

/** The steps' own time: each step's command in its own `bash -e -c`, one after the other. */
function stepsOwnTime(root, steps) {
  const dir = writeStepsScript(join(root, 'own'), steps);
  return median([0, 1, 2].map(() => timeStepsScript(dir)));
}

/** The root step whose data file, changed, makes the number of steps nearest to `want` run. */
function pickLeaf(steps, want) {
  const down = new Map(steps.map((s) => [s.id, []]));
  for (const s of steps) for (const d of s.deps) down.get(d).push(s.id);
  const reach = (id) => {
    const seen = new Set([id]);
    const stack = [id];
    while (stack.length) {
      for (const next of down.get(stack.pop())) {
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(next);
      }
    }
    return seen.size;
  };
  let best;
  for (const s of steps.filter((x) => x.data !== undefined)) {
    const size = reach(s.id);
    if (!best || Math.abs(size - want) < Math.abs(best.size - want)) best = { id: s.id, size };
  }
  return best;
}

/** A side whose data file `file` gets a new line before each of its runs. */
function withEdit(side, file) {
  let round = 0;
  const original = readFileSync(file, 'utf8');
  return {
    ...side,
    before: () => writeFileSync(file, `${original}edit ${++round}\n`),
  };
}

function pipekitRanCheck(expect) {
  return (r) => {
    if (r.status !== 0) return `exit ${r.status ?? r.signal}`;
    const m = /(\d+) ran/.exec(r.output);
    return m && Number(m[1]) === expect
      ? undefined
      : `expected ${expect} to run, saw ${m?.[1] ?? '?'}`;
  };
}

/** The plan job's service calls, from bench/plan.mjs (which fills a cache server first). */
function planCalls(n) {
  const script = join(repoRoot, 'bench', 'plan.mjs');
  const args = [
    script,
    '--steps',
    String(n),
    '--latency',
    '0',
    '--runs',
    '1',
    '--shape',
    'tree',
    '--json',
  ];
  log(`plan job: node bench/plan.mjs ${args.slice(1).join(' ')} (fills a cache first)…`);
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) return { note: `bench/plan.mjs failed: ${tail(r.stderr ?? '')}` };
  const rows = r.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));
  const row = rows.find((x) => x.cache && x.latencyMs === 0) ?? rows.find((x) => x.calls > 0);
  return row ? { calls: row.calls, byMethod: row.callsByMethod } : { note: 'no plan row' };
}

async function timed(sides, n) {
  return measureReruns(sides, { runs, warmup }, { n, log });
}

async function main(root) {
  const rows = [];
  const notes = [];
  const json = {};
  const row = (work, mine, peer, ratio, goal) => rows.push([work, mine, peer, ratio, goal]);

  // no-op, 100 steps: pipekit against Node's start-up.
  {
    const steps = randomDag(100, seed);
    const { dir } = pipekitRepo(root, 100, steps, 2);
    const pk = pipekitSide(dir, 100, opts.cli);
    const floor = floorSide(root);
    const { samples, problems } = await timed([floor, pk], 100);
    const a = median(samples.get(pk));
    const b = median(samples.get(floor));
    json.noop100 = { pipekitMs: a, nodeMs: b, ratio: a / b, problems: problems.get(pk) };
    row(
      'no-op, 100 steps',
      formatMs(a),
      `\`node -e 0\`: ${formatMs(b)}`,
      `${(a / b).toFixed(2)}×`,
      '≤ 1.3×',
    );
  }

  // 1000 steps: first run one job at a time, then no-op against turbo, leaf against snakemake.
  const steps = randomDag(1000, seed);
  const pk = pipekitRepo(root, 1000, steps, 1);
  const ownMs = stepsOwnTime(root, steps);
  const overhead = (pk.fillMs - ownMs) / steps.length;
  const smVersion = snakemakeVersion();
  let smFill;
  let smDir;
  if (smVersion) {
    smDir = writeSnakemakeRepo(root, 1000, steps);
    const side = snakemakeSide(smDir, 1000, { cores: 1 });
    const r = timedSync(side.cmd[0], side.cmd[1], {
      cwd: smDir,
      env: process.env,
      timeoutMs: TIMEOUT_MS,
    });
    if (r.status !== 0) notes.push(`snakemake first run failed: ${tail(r.output, 3)}`);
    else smFill = r.ms;
    log(`N=1000: snakemake first run ${formatMs(r.ms)}`);
  } else
    notes.push('Snakemake is not installed (`apt-get install snakemake`): its cells are empty.');

  let turbo;
  try {
    const npmVersion = spawnSync('npm', ['--version'], { encoding: 'utf8' }).stdout.trim();
    turbo = { turbo: { ok: true, ...installTurbo(log) }, npmVersion };
  } catch (error) {
    notes.push(`Turborepo unavailable: ${error.message}`);
  }
  const at = { root, n: 1000, steps, log };
  const tb = turbo ? prepareTurbo(at, turbo, { turboMax: Infinity }) : undefined;
  {
    const pkSide = pipekitSide(pk.dir, 1000, opts.cli);
    const sides = [pkSide, ...(tb?.side ? [tb.side] : [])];
    const { samples, problems } = await timed(sides, 1000);
    const a = median(samples.get(pkSide));
    const b = tb?.side ? median(samples.get(tb.side)) : undefined;
    json.noop1000 = { pipekitMs: a, turboMs: b, problems: problems.get(pkSide) };
    row(
      'no-op, 1000 steps',
      formatMs(a),
      b === undefined ? '–' : `Turborepo: ${formatMs(b)}`,
      b === undefined ? '–' : `${(a / b).toFixed(2)}×`,
      '< 1.0×',
    );
  }

  {
    const leaf = pickLeaf(steps, LEAF_RERUNS);
    const pkSide = withEdit(
      { ...pipekitSide(pk.dir, 1000, opts.cli), check: pipekitRanCheck(leaf.size) },
      join(pk.dir, `data/${leaf.id}.txt`),
    );
    const sides = [pkSide];
    if (smDir && smFill !== undefined) {
      const sm = snakemakeSide(smDir, 1000, { cores: 2, expect: leaf.size });
      sides.push(withEdit(sm, join(smDir, `data/${leaf.id}.txt`)));
    }
    const { samples, problems } = await measureEdited(sides, 1000);
    const a = median(samples.get(sides[0]));
    const b = sides[1] ? median(samples.get(sides[1])) : undefined;
    json.leaf1000 = { leaf: leaf.id, reruns: leaf.size, pipekitMs: a, snakemakeMs: b };
    for (const side of sides) {
      const p = [...new Set(problems.get(side))];
      if (p.length) notes.push(`${side.name}, one leaf changed: ${p.join('; ')}`);
    }
    row(
      `one leaf changed, 1000 steps (${leaf.size} rerun)`,
      formatMs(a),
      b === undefined ? '–' : `Snakemake: ${formatMs(b)}`,
      b === undefined ? '–' : `${(a / b).toFixed(2)}×`,
      '≤ 0.2×',
    );
  }

  json.first1000 = { pipekitMs: pk.fillMs, ownMs, overheadMs: overhead, snakemakeMs: smFill };
  row(
    'first run, 1000 steps, one at a time: overhead per step',
    `${overhead.toFixed(2)} ms (wall ${formatMs(pk.fillMs)}, steps' own ${formatMs(ownMs)})`,
    smFill === undefined ? '–' : `Snakemake first run: ${formatMs(smFill)}`,
    smFill === undefined ? '–' : `${(pk.fillMs / smFill).toFixed(2)}× (wall)`,
    '≤ 5 ms',
  );

  if (planSteps > 0) {
    const plan = planCalls(planSteps);
    json.plan = { steps: planSteps, ...plan };
    row(
      `plan job, ${planSteps} cached steps: cache-service calls`,
      plan.calls === undefined ? '–' : String(plan.calls),
      plan.byMethod
        ? Object.entries(plan.byMethod)
            .map(([m, c]) => `${m} ${c}`)
            .join(', ')
        : '',
      '',
      '≤ 3',
    );
    if (plan.note) notes.push(plan.note);
  }

  const out = opts.json ? process.stderr : process.stdout;
  out.write(
    `## pipekit and its peers (seed ${seed}; medians of ${runs} rounds after ${warmup} warm-up; ` +
      `Node ${process.version}${smVersion ? `, Snakemake ${smVersion}` : ''})\n\n`,
  );
  out.write(`${markdownTable(['work', 'pipekit', 'peer', 'ratio', 'goal'], rows).join('\n')}\n`);
  if (notes.length) out.write(`\n${notes.map((n) => `- ${n}`).join('\n')}\n`);
  if (opts.json) process.stdout.write(`${JSON.stringify({ bench: 'peers', ...json })}\n`);
}

/**
 * measureReruns, with each side's `before` (a file edit) done untimed before each of its runs:
 * once before the first, then right after each run is checked.
 */
async function measureEdited(sides, n) {
  const wrapped = sides.map((side) => {
    side.before();
    return {
      ...side,
      check: (r) => {
        const problem = side.check(r);
        side.before();
        return problem;
      },
    };
  });
  const { samples, problems } = await measureReruns(wrapped, { runs, warmup }, { n, log });
  return {
    samples: new Map(wrapped.map((w, i) => [sides[i], samples.get(w)])),
    problems: new Map(wrapped.map((w, i) => [sides[i], problems.get(w)])),
  };
}

const { dir: root, remove } = makeTempRoot('pipekit-bench-peers-', { keep: opts.keep, log });
try {
  await main(root);
} finally {
  remove();
}
