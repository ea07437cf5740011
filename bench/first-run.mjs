#!/usr/bin/env node
// First-run overhead: pipekit's wall time on a fresh repository less the steps' own time, per
// step (issue #14: at most 5 ms for 1000 steps, one at a time).
//
//   node bench/first-run.mjs [--steps N] [--runs R] [--seed S] [--jobs J]
//                            [--cli FILE]... [--cpu-prof DIR] [--keep] [--json]
//
// The synthetic DAG of bench/noop.mjs (each step `cat <inputs> | md5sum > out`) as a pipekit
// repository, run from scratch (`.pipekit` removed) R times per CLI; the steps' own time is the
// same N commands, each in its own `bash -e -c`, run by one shell script, R times. Rounds are
// interleaved (every CLI and the script once per round) so that drift on a busy machine hits
// every side alike; what a round leaves is removed before the next, untimed, and the disk is
// let settle (`sync`, 1 s), since freeing thousands of files slows the next round on some file
// systems. Medians, and the overhead from the minima (noise only adds). Several `--cli`
// compare builds (a saved copy of dist/cli.js before a change and after it) in one session on
// one DAG. `--cpu-prof DIR`: one more, untimed, run per CLI under `node --cpu-prof`, its
// profile written to DIR. One warm-up round first.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { randomDag } from './lib/dag.mjs';
import {
  timeFirstRun,
  timeStepsScript,
  writePipekitRepo,
  writeStepsScript,
} from './lib/first-run.mjs';
import { markdownTable } from './lib/markdown.mjs';
import { formatMs, rounds, summary } from './lib/stats.mjs';
import { makeTempRoot } from './lib/workdir.mjs';
import { repoRoot } from '../scripts/transpile.mjs';

const { values: opts } = parseArgs({
  options: {
    steps: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '20240611' },
    jobs: { type: 'string', default: '1' },
    cli: { type: 'string', multiple: true },
    'cpu-prof': { type: 'string' },
    keep: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
  strict: false, // bench/run.mjs forwards the same argv to every bench script
  allowPositionals: true,
});
const n = Number(opts.steps);
const runs = Number(opts.runs);
const jobs = Number(opts.jobs);
const clis = (opts.cli?.length ? opts.cli : [join(repoRoot, 'dist', 'cli.js')]).map((c) =>
  resolve(c),
);
const log = (msg) => process.stderr.write(`first-run: ${msg}\n`);

async function main(root) {
  const steps = randomDag(n, Number(opts.seed));
  const ownDir = writeStepsScript(join(root, 'own'), steps);
  const sides = clis.map((cli, i) => ({
    cli,
    dir: writePipekitRepo(join(root, `pipekit-${i}`), steps),
    samples: [],
  }));
  const ownSamples = [];
  // One untimed round first: the page cache and Node's compile cache warm for every side.
  await rounds({ runs, warmup: 1 }, [...sides, 'own'], (side, round) => {
    const ms =
      side === 'own' ? timeStepsScript(ownDir) : timeFirstRun(side.dir, side.cli, { jobs }).ms;
    if (round < 0) return;
    (side === 'own' ? ownSamples : side.samples).push(ms);
    log(`round ${round + 1}: ${side === 'own' ? "steps' own" : side.cli} ${formatMs(ms)}`);
  });
  if (opts['cpu-prof']) {
    const dir = resolve(opts['cpu-prof']);
    mkdirSync(dir, { recursive: true });
    sides.forEach((side, i) => {
      const nodeArgs = [
        '--cpu-prof',
        '--cpu-prof-dir',
        dir,
        '--cpu-prof-name',
        `cli-${i}.cpuprofile`,
      ];
      timeFirstRun(side.dir, side.cli, { jobs, nodeArgs });
      log(`profile of ${side.cli}: ${join(dir, `cli-${i}.cpuprofile`)}`);
    });
  }
  const own = summary(ownSamples);
  const ownMs = own.median;
  const rows = sides.map((side) => {
    const wall = summary(side.samples);
    // The minimum of each side as well: on a busy machine the noise only ever adds.
    const bestMs = (wall.min - own.min) / n;
    return { cli: side.cli, wall, ownMs, overheadMs: (wall.median - ownMs) / n, bestMs };
  });
  const out = opts.json ? process.stderr : process.stdout;
  out.write(
    `## First run, ${n} steps, --jobs ${jobs} (seed ${opts.seed}; medians of ${runs} rounds; ` +
      `Node ${process.version})\n\n`,
  );
  const table = rows.map((r) => [
    r.cli,
    `${formatMs(r.wall.median)} (${formatMs(r.wall.min)}–${formatMs(r.wall.max)})`,
    `${formatMs(r.ownMs)} (${formatMs(own.min)}–${formatMs(own.max)})`,
    `${r.overheadMs.toFixed(2)} ms`,
    `${r.bestMs.toFixed(2)} ms`,
  ]);
  out.write(
    `${markdownTable(
      ['cli', 'wall', "steps' own", 'overhead per step:', 'from the minima:'],
      table,
    ).join('\n')}\n`,
  );
  if (rows.length > 1) {
    const [first, last] = [rows[0], rows.at(-1)];
    out.write(
      `\nlast vs first: ${(last.overheadMs - first.overheadMs).toFixed(2)} ms per step, ` +
        `overhead ${(last.overheadMs / first.overheadMs).toFixed(2)}×, wall ` +
        `${(last.wall.median / first.wall.median).toFixed(2)}×\n`,
    );
  }
  if (opts.json) process.stdout.write(`${JSON.stringify({ bench: 'first-run', n, jobs, rows })}\n`);
}

const { dir: root, remove } = makeTempRoot('pipekit-bench-first-run-', { keep: opts.keep, log });
try {
  await main(root);
} finally {
  remove();
}
