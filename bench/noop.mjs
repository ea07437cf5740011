#!/usr/bin/env node
// No-op rerun benchmark: pipekit against Turborepo on the same synthetic DAG.
//
//   node bench/noop.mjs [N...] [--runs R] [--warmup W] [--json] [--keep] [--turbo-max N]
//                       [--cli FILE] [--turbo-npm real|shim] [--only pipekit|turbo] [--seed S]
//
// N: steps in the DAG (default 10 100 1000). Each step runs `cat <inputs> | md5sum > out`;
// step i reads the outputs of 1-3 earlier steps, a root reads a small data file. The DAG comes
// from a seeded generator, so every run and both tools see the same graph.
//
// Per N: both repositories are generated under the OS temp dir and committed to git, each tool
// runs once to fill its cache (reported as "first run", one sample; pipekit then waits out the
// 2 s racy window of what it wrote, see settle() in lib/noop/pipekit.mjs), then W untimed warm-up
// reruns and R timed no-op reruns, interleaved round by round with `node -e 0` (the start-up
// floor) so that drift on a noisy VM hits every tool alike. Wall time is measured around the
// child process (spawn to exit), stdout and stderr captured. Every timed rerun is checked to be
// a no-op (pipekit: "Nothing changed"; turbo: "N cached, N total").
//
// Turborepo: turbo@2.11.11 is installed once into <tmp>/pipekit-bench-turbo-2.11.11 (kept
// between runs) and its native binary is called directly, not the Node wrapper in
// node_modules/.bin (which would add a Node start-up to every turbo run). The monorepo is npm
// workspaces with a hand-written package-lock.json (the same document `npm install
// --package-lock-only --offline` writes; without a lockfile turbo warns and still works, but a
// real repository has one). Telemetry is off, no remote cache is configured (TURBO_* variables
// of the caller are dropped), its config dir points into the temp dir, and the daemon is not
// involved (turbo 2.11 no longer uses it for `turbo run`; --daemon=false is accepted as a no-op).
//
// `--turbo-npm shim` fills turbo's cache with a tiny `npm` on PATH that runs the build script
// with `sh -c` instead of starting npm (~0.3 s) per task; the cached artifacts and task hashes
// are the same (strict env mode hashes no PATH), and the timed no-op reruns spawn no task at all.
// Default: shim above 100 steps, real npm at and below.
//
// Output: a Markdown table per N on stdout; with --json, one JSON object a line on stdout and the
// tables on stderr. Exit 1 when a tool that was available failed a run.
import { sh } from './lib/child.mjs';
import { randomDag } from './lib/dag.mjs';
import { floorSide, measureReruns, offlineCheck } from './lib/noop/measure.mjs';
import { readOptions } from './lib/noop/options.mjs';
import { preparePipekit } from './lib/noop/pipekit.mjs';
import { reportHeading, reportSize } from './lib/noop/report.mjs';
import { installTurbo } from './lib/noop/turbo-install.mjs';
import { prepareTurbo } from './lib/noop/turbo.mjs';
import { makeTempRoot } from './lib/workdir.mjs';

const opts = readOptions(import.meta.url);
const out = opts.json ? process.stderr : process.stdout; // human-readable text
const log = (msg) => process.stderr.write(`noop: ${msg}\n`);
const emit = (obj) => {
  if (opts.json) process.stdout.write(`${JSON.stringify({ bench: 'noop', ...obj })}\n`);
};

/** Turbo's binary and the npm version its monorepo declares, when some N needs them. */
function findTurbo(root) {
  if (opts.only === 'pipekit' || !opts.sizes.some((n) => n <= opts.turboMax)) {
    return { turbo: { ok: false, error: 'not needed' }, npmVersion: '' };
  }
  let npmVersion = '';
  try {
    npmVersion = sh('npm', ['--version'], root).trim();
    const turbo = { ok: true, ...installTurbo(log) };
    log(`turbo: ${turbo.how} ${turbo.bin}`);
    return { turbo, npmVersion };
  } catch (error) {
    log(`turbo unavailable: ${error.message}`);
    return { turbo: { ok: false, error: error.message }, npmVersion };
  }
}

async function benchSize(root, n, found, failures) {
  const steps = randomDag(n, opts.seed);
  const edges = steps.reduce((a, s) => a + s.deps.length, 0);
  const roots = steps.filter((s) => s.deps.length === 0).length;
  log(`N=${n}: ${steps.length} steps, ${edges} data edges, ${roots} roots`);
  const at = { root, n, steps, log };

  // Each tool runs once to fill its cache.
  const tools = [];
  if (opts.only !== 'turbo') tools.push(preparePipekit(at, opts));
  if (opts.only !== 'pipekit') tools.push(prepareTurbo(at, found, opts));
  for (const tool of tools) if (tool.failed) failures.push(`${tool.name} N=${n}`);

  // Warm-up, then R rounds: floor, each tool; every rerun must be a no-op.
  const sides = tools.filter((t) => t.side).map((t) => t.side);
  const all = [floorSide(root), ...sides];
  const { samples, problems } = await measureReruns(all, opts, at);
  const network = new Map(sides.map((side) => [side, offlineCheck(side)]));

  const measured = all.map((side) => {
    const unique = [...new Set(problems.get(side))];
    if (unique.some((p) => p.startsWith('exit'))) failures.push(`${side.name} N=${n}`);
    return {
      name: side.name,
      samples: samples.get(side),
      problems: unique,
      fill: tools.find((t) => t.side === side)?.fill,
      network: network.get(side),
    };
  });
  const unavailable = tools.filter((t) => !t.side && t.note);
  out.write(reportSize({ n, edges, roots, ...opts }, measured, unavailable, emit));
}

async function main() {
  const { dir: root, remove } = makeTempRoot('pipekit-bench-noop-', {
    keep: opts.keep,
    log,
    exitCodes: { SIGINT: 130, SIGTERM: 130 },
  });
  const failures = [];
  try {
    out.write(reportHeading(opts));
    const turbo = findTurbo(root);
    for (const n of opts.sizes) await benchSize(root, n, turbo, failures);
  } finally {
    remove();
  }
  if (failures.length) {
    log(`failed: ${failures.join(', ')}`);
    process.exitCode = 1;
  }
}

await main();
