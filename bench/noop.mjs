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
// runs once to fill its cache (reported as "first run", one sample), then W untimed warm-up
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
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const TURBO_VERSION = '2.11.11';
const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------- arguments

const { values: opts, positionals } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'turbo-max': { type: 'string' },
    'turbo-npm': { type: 'string' },
    cli: { type: 'string', default: resolve(here, '..', 'dist', 'cli.js') },
    only: { type: 'string' },
    seed: { type: 'string', default: '20240611' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowPositionals: true,
  strict: false, // bench/run.mjs forwards the same argv to every bench script
});

if (opts.help) {
  const usage = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\nimport ')[0];
  process.stdout.write(
    usage
      .split('\n')
      .filter((l) => l.startsWith('//'))
      .map((l) => l.replace(/^\/\/ ?/, ''))
      .join('\n') + '\n',
  );
  process.exit(0);
}

function int(name, value, min) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(`noop: --${name} ${value}: expected a whole number >= ${min}\n`);
    process.exit(2);
  }
  return n;
}
const RUNS = int('runs', opts.runs, 1);
const WARMUP = int('warmup', opts.warmup, 0);
const TURBO_MAX =
  opts['turbo-max'] === undefined ? Infinity : int('turbo-max', opts['turbo-max'], 0);
const SEED = int('seed', opts.seed, 0);
const SIZES = positionals.length ? positionals.map((p) => int('N', p, 1)) : [10, 100, 1000];
if (opts['turbo-npm'] !== undefined && !['real', 'shim'].includes(opts['turbo-npm'])) {
  process.stderr.write(`noop: --turbo-npm ${opts['turbo-npm']}: expected real or shim\n`);
  process.exit(2);
}
if (opts.only !== undefined && !['pipekit', 'turbo'].includes(opts.only)) {
  process.stderr.write(`noop: --only ${opts.only}: expected pipekit or turbo\n`);
  process.exit(2);
}
const CLI = resolve(String(opts.cli));

const out = opts.json ? process.stderr : process.stdout; // human-readable text
const log = (msg) => process.stderr.write(`noop: ${msg}\n`);
const emit = (obj) => {
  if (opts.json) process.stdout.write(`${JSON.stringify({ bench: 'noop', ...obj })}\n`);
};

// ---------------------------------------------------------------- the DAG

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Steps 0..n-1: `deps` are indexes of earlier steps; a root (no deps) reads `data`. */
function makeDag(n, seed) {
  const rand = mulberry32(seed ^ Math.imul(n, 0x9e3779b1));
  const width = Math.max(4, String(n).length);
  const id = (i) => `s${String(i + 1).padStart(width, '0')}`;
  const steps = [];
  for (let i = 0; i < n; i++) {
    const deps = [];
    if (i > 0 && rand() >= 0.1) {
      const k = Math.min(i, 1 + Math.floor(rand() * 3));
      while (deps.length < k) {
        const j = Math.floor(rand() * i);
        if (!deps.includes(j)) deps.push(j);
      }
      deps.sort((x, y) => x - y);
    }
    let data;
    if (deps.length === 0) {
      const lines = [];
      for (let l = 0; l < 16; l++) lines.push(`${id(i)} ${l} ${Math.floor(rand() * 1e9)}`);
      data = `${lines.join('\n')}\n`;
    }
    steps.push({ id: id(i), deps: deps.map(id), data });
  }
  return steps;
}

// ---------------------------------------------------------------- helpers

function sh(cmd, args, cwd, env = process.env) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) {
    throw new Error(
      `${cmd} ${args.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr ?? r.error}`,
    );
  }
  return r.stdout;
}

function gitCommit(dir) {
  const git = (...args) =>
    sh('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@localhost', ...args], dir);
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '--no-gpg-sign', '-m', 'bench');
}

/** One timed child process; stdio captured. */
function timed(cmd, args, cwd, env, timeoutMs) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout: timeoutMs,
  });
  const ms = performance.now() - t0;
  return {
    ms,
    status: r.status,
    signal: r.signal,
    error: r.error,
    output: `${r.stdout ?? ''}${r.stderr ?? ''}`,
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (ms) =>
  ms === undefined
    ? '–'
    : ms >= 10000
      ? `${(ms / 1000).toFixed(1)} s`
      : ms >= 1000
        ? `${(ms / 1000).toFixed(2)} s`
        : `${ms.toFixed(1)} ms`;
const tail = (text, lines = 8) => text.trimEnd().split('\n').slice(-lines).join('\n');

// ---------------------------------------------------------------- pipekit side

function writePipekitRepo(dir, steps) {
  mkdirSync(join(dir, 'data'), { recursive: true });
  const names = 'abcd';
  const y = ['name: bench', 'steps:'];
  for (const s of steps) {
    const bound = s.deps.map((d) => `\${{ steps.${d}.outputs.out }}`);
    if (s.data !== undefined) {
      writeFileSync(join(dir, 'data', `${s.id}.txt`), s.data);
      bound.push(`data/${s.id}.txt`);
    }
    const ins = bound.map((_, k) => names[k]);
    y.push(`  ${s.id}:`);
    y.push(
      `    run: 'cat ${ins.map((n) => `\${{ inputs.${n} }}`).join(' ')} | md5sum > \${{ outputs.out }}'`,
    );
    y.push('    inputs:');
    for (const n of ins) y.push(`      ${n}: { type: path }`);
    y.push('    outputs:');
    y.push('      out: { type: file }');
    y.push('    with:');
    bound.forEach((v, k) => y.push(`      ${ins[k]}: '${v}'`));
  }
  writeFileSync(join(dir, 'pipeline.yml'), `${y.join('\n')}\n`);
  writeFileSync(join(dir, '.gitignore'), '.pipekit/\n');
  gitCommit(dir);
}

function pipekitSide(dir, n) {
  const env = { ...process.env };
  const cmd = [process.execPath, [CLI, 'run']];
  const check = (r) => {
    if (r.status !== 0) return `exit ${r.status ?? r.signal}`;
    if (!/Nothing changed/.test(r.output)) {
      const m = /(\d+) ran/.exec(r.output);
      return m ? `not a no-op: ${m[1]} ran` : 'not verified as a no-op (no "Nothing changed" line)';
    }
    return undefined;
  };
  return { name: 'pipekit', dir, env, cmd, check, n };
}

// ---------------------------------------------------------------- turbo side

function turboBinary() {
  const cache = join(tmpdir(), `pipekit-bench-turbo-${TURBO_VERSION}`);
  const plat = { linux: 'linux', darwin: 'darwin', win32: 'windows' }[process.platform];
  const arch = { x64: '64', arm64: 'arm64' }[process.arch];
  const native = join(
    cache,
    'node_modules',
    '@turbo',
    `${plat}-${arch}`,
    'bin',
    process.platform === 'win32' ? 'turbo.exe' : 'turbo',
  );
  const wrapper = join(cache, 'node_modules', 'turbo', 'bin', 'turbo');
  const installed = () => {
    try {
      return (
        JSON.parse(readFileSync(join(cache, 'node_modules', 'turbo', 'package.json'), 'utf8'))
          .version === TURBO_VERSION
      );
    } catch {
      return false;
    }
  };
  if (!installed()) {
    log(`installing turbo@${TURBO_VERSION} into ${cache}`);
    mkdirSync(cache, { recursive: true });
    const r = spawnSync(
      'npm',
      [
        'install',
        '--prefix',
        cache,
        `turbo@${TURBO_VERSION}`,
        '--no-audit',
        '--no-fund',
        '--no-save',
      ],
      {
        encoding: 'utf8',
        shell: process.platform === 'win32',
      },
    );
    if (r.status !== 0 || !installed()) {
      throw new Error(
        `npm install turbo@${TURBO_VERSION} failed: ${tail(`${r.stdout}${r.stderr}`)}`,
      );
    }
  }
  if (existsSync(native)) return { bin: native, args: [], how: 'native binary' };
  return { bin: process.execPath, args: [wrapper], how: 'Node wrapper (native binary not found)' };
}

function lockfile(steps) {
  const packages = { '': { name: 'bench', version: '1.0.0', workspaces: ['packages/*'] } };
  for (const s of steps)
    packages[`node_modules/${s.id}`] = { resolved: `packages/${s.id}`, link: true };
  for (const s of steps) {
    const entry = { version: '1.0.0' };
    if (s.deps.length) entry.dependencies = Object.fromEntries(s.deps.map((d) => [d, '*']));
    packages[`packages/${s.id}`] = entry;
  }
  return { name: 'bench', version: '1.0.0', lockfileVersion: 3, requires: true, packages };
}

function writeTurboRepo(dir, steps, npmVersion) {
  mkdirSync(dir, { recursive: true });
  const json = (file, value) =>
    writeFileSync(join(dir, file), `${JSON.stringify(value, null, 2)}\n`);
  json('package.json', {
    name: 'bench',
    version: '1.0.0',
    private: true,
    packageManager: `npm@${npmVersion}`,
    workspaces: ['packages/*'],
  });
  json('turbo.json', { tasks: { build: { dependsOn: ['^build'], outputs: ['out.txt'] } } });
  json('package-lock.json', lockfile(steps));
  writeFileSync(join(dir, '.gitignore'), 'node_modules/\n.turbo/\nout.txt\n');
  for (const s of steps) {
    const pkg = join('packages', s.id);
    mkdirSync(join(dir, pkg), { recursive: true });
    const ins = s.deps.map((d) => `../${d}/out.txt`);
    if (s.data !== undefined) {
      writeFileSync(join(dir, pkg, 'data.txt'), s.data);
      ins.push('data.txt');
    }
    const manifest = {
      name: s.id,
      version: '1.0.0',
      private: true,
      scripts: { build: `cat ${ins.join(' ')} | md5sum > out.txt` },
    };
    if (s.deps.length) manifest.dependencies = Object.fromEntries(s.deps.map((d) => [d, '*']));
    json(join(pkg, 'package.json'), manifest);
  }
  gitCommit(dir);
}

/** A stand-in `npm` that runs `npm run build` as `sh -c <scripts.build>`, for filling the cache. */
function writeNpmShim(dir) {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'npm');
  writeFileSync(
    file,
    [
      '#!/bin/sh',
      '# bench only: `npm run build` without starting npm (the generated package.json has the',
      '# build script on one line, without escaped quotes)',
      '[ "$1" = run ] && [ "$2" = build ] || { echo "npm shim: unsupported: $*" >&2; exit 1; }',
      `script=$(sed -n 's/^ *"build": *"\\(.*\\)",\\{0,1\\}$/\\1/p' package.json)`,
      'exec sh -c "$script"',
      '',
    ].join('\n'),
  );
  chmodSync(file, 0o755);
  return dir;
}

function turboSide(dir, n, turbo, configDir) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('TURBO_')) env[k] = v;
  Object.assign(env, {
    TURBO_TELEMETRY_DISABLED: '1',
    DO_NOT_TRACK: '1',
    TURBO_NO_UPDATE_NOTIFIER: '1',
    TURBO_DAEMON: 'false',
    XDG_CONFIG_HOME: configDir,
    TURBO_CONFIG_DIR_PATH: configDir,
  });
  const flags = [
    '--concurrency=2',
    '--daemon=false',
    '--skip-infer',
    '--no-update-notifier',
    '--ui=stream',
    '--cache=local:rw',
  ];
  const cmd = [turbo.bin, [...turbo.args, 'run', 'build', ...flags, '--output-logs=none']];
  const check = (r) => {
    if (r.status !== 0) return `exit ${r.status ?? r.signal}`;
    const m = /Cached:\s+(\d+) cached, (\d+) total/.exec(r.output);
    if (!m) return 'not verified as a no-op (no "Cached:" line)';
    if (m[1] !== m[2] || Number(m[2]) !== n) return `not a no-op: ${m[1]} cached of ${m[2]}`;
    return undefined;
  };
  const fillCmd = [
    turbo.bin,
    [...turbo.args, 'run', 'build', ...flags, '--output-logs=errors-only'],
  ];
  return { name: 'turbo', dir, env, cmd, fillCmd, check, n };
}

// ---------------------------------------------------------------- the run

function offlineCheck(side) {
  // One extra untimed rerun under strace: does the tool open any inet socket?
  const probe = spawnSync('strace', ['-V'], { encoding: 'utf8' });
  if (probe.status !== 0) return 'not checked (no strace)';
  const traceFile = join(side.dir, '..', `${side.name}-${side.n}.strace`);
  const [bin, args] = side.cmd;
  const r = spawnSync(
    'strace',
    ['-f', '-qq', '-e', 'trace=connect', '-o', traceFile, bin, ...args],
    {
      cwd: side.dir,
      env: side.env,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
  if (r.status !== 0) return `not checked (strace run exited ${r.status})`;
  const inet = readFileSync(traceFile, 'utf8')
    .split('\n')
    .filter((l) => /AF_INET6?\b/.test(l));
  rmSync(traceFile, { force: true });
  return inet.length === 0
    ? 'no inet connect()'
    : `${inet.length} inet connect(): ${inet[0].trim()}`;
}

async function benchSize(root, n, turbo, npmVersion, failures) {
  const steps = makeDag(n, SEED);
  const edges = steps.reduce((a, s) => a + s.deps.length, 0);
  const roots = steps.filter((s) => s.deps.length === 0).length;
  log(`N=${n}: ${steps.length} steps, ${edges} data edges, ${roots} roots`);
  const sides = [];
  const notes = {};
  const fills = {};

  // Floor: node start-up, timed in the same rounds.
  const floor = {
    name: 'node -e 0',
    dir: root,
    env: process.env,
    cmd: [process.execPath, ['-e', '0']],
    check: (r) => (r.status === 0 ? undefined : `exit ${r.status}`),
  };

  if (opts.only !== 'turbo') {
    const dir = join(root, `pipekit-${n}`);
    if (!existsSync(CLI)) {
      notes.pipekit = `unavailable: ${CLI} does not exist (build it with \`npm run build\`)`;
    } else {
      const t0 = performance.now();
      writePipekitRepo(dir, steps);
      log(`N=${n}: pipekit repo generated in ${fmt(performance.now() - t0)}`);
      const side = pipekitSide(dir, n);
      const [bin, args] = side.cmd;
      const r = timed(bin, args, dir, side.env, 60 * 60 * 1000);
      fills.pipekit = r.ms;
      if (r.status !== 0) {
        notes.pipekit = `failed: first run exited ${r.status ?? r.signal}${r.error ? ` (${r.error.message})` : ''}:\n${tail(r.output)}`;
        failures.push(`pipekit N=${n}`);
      } else {
        log(`N=${n}: pipekit first run ${fmt(r.ms)}`);
        sides.push(side);
      }
    }
    if (notes.pipekit) log(`N=${n}: pipekit ${notes.pipekit}`);
  }

  if (opts.only !== 'pipekit') {
    if (n > TURBO_MAX) {
      notes.turbo = `skipped (--turbo-max ${TURBO_MAX})`;
    } else if (!turbo.ok) {
      notes.turbo = `unavailable: ${turbo.error}`;
    } else {
      const dir = join(root, `turbo-${n}`);
      const t0 = performance.now();
      writeTurboRepo(dir, steps, npmVersion);
      log(`N=${n}: turbo repo generated in ${fmt(performance.now() - t0)}`);
      const configDir = join(root, 'turbo-config');
      mkdirSync(configDir, { recursive: true });
      const side = turboSide(dir, n, turbo, configDir);
      const useShim = (opts['turbo-npm'] ?? (n > 100 ? 'shim' : 'real')) === 'shim';
      const fillEnv = useShim
        ? { ...side.env, PATH: `${writeNpmShim(join(root, 'npm-shim'))}:${side.env.PATH}` }
        : side.env;
      log(
        `N=${n}: turbo first run (${useShim ? 'npm shim' : 'real npm per task'}, concurrency 2)…`,
      );
      const [bin, args] = side.fillCmd;
      const r = timed(bin, args, dir, fillEnv, 60 * 60 * 1000);
      fills.turbo = r.ms;
      fills.turboHow = useShim ? 'npm shim' : 'npm';
      if (r.status !== 0) {
        notes.turbo = `first run exited ${r.status ?? r.signal}:\n${tail(r.output)}`;
        failures.push(`turbo N=${n}`);
      } else {
        log(`N=${n}: turbo first run ${fmt(r.ms)}`);
        if (r.ms > 5 * 60 * 1000) {
          log(`N=${n}: turbo's first run took over 5 min; use --turbo-max ${n - 1} to skip it`);
        }
        sides.push(side);
      }
    }
    if (notes.turbo) log(`N=${n}: turbo ${notes.turbo}`);
  }

  // Warm-up, then R rounds: floor, each tool; every rerun must be a no-op.
  const all = [floor, ...sides];
  const samples = new Map(all.map((s) => [s, []]));
  const problems = new Map(all.map((s) => [s, []]));
  for (let round = -WARMUP; round < RUNS; round++) {
    for (const side of all) {
      if (problems.get(side).some((p) => p.startsWith('exit'))) continue;
      const [bin, args] = side.cmd;
      const r = timed(bin, args, side.dir, side.env, 10 * 60 * 1000);
      const problem = side.check(r);
      if (problem) {
        problems.get(side).push(problem);
        if (problem.startsWith('exit'))
          log(`N=${n}: ${side.name} rerun: ${problem}\n${tail(r.output)}`);
      }
      if (round >= 0) samples.get(side).push(r.ms);
    }
  }
  const net = {};
  for (const side of sides) net[side.name] = offlineCheck(side);

  // Report.
  const stat = (side) => {
    const xs = samples.get(side);
    return xs.length
      ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) }
      : undefined;
  };
  const rows = [];
  const results = {};
  for (const side of all) {
    const s = stat(side);
    const probs = [...new Set(problems.get(side))];
    if (probs.some((p) => p.startsWith('exit'))) failures.push(`${side.name} N=${n}`);
    results[side.name] = s;
    const note = [probs.join('; '), net[side.name] ? `network: ${net[side.name]}` : '']
      .filter(Boolean)
      .join('; ');
    rows.push({ tool: side.name, ...s, fill: fills[side.name], note });
    emit({
      tool: side.name,
      n,
      runs: samples.get(side).length,
      median_ms: s && +s.median.toFixed(2),
      min_ms: s && +s.min.toFixed(2),
      max_ms: s && +s.max.toFixed(2),
      first_run_ms: fills[side.name] !== undefined ? +fills[side.name].toFixed(1) : undefined,
      ok: probs.length === 0,
      note: note || undefined,
    });
  }
  for (const name of ['pipekit', 'turbo']) {
    if (notes[name] && !results[name]) {
      rows.push({ tool: name, note: notes[name].split('\n')[0] });
      emit({ tool: name, n, ok: false, note: notes[name] });
    }
  }
  const pk = results.pipekit;
  const tb = results.turbo;
  const ratio = pk && tb ? { median: pk.median / tb.median, min: pk.min / tb.min } : undefined;
  if (ratio)
    emit({
      tool: 'pipekit/turbo',
      n,
      ratio_median: +ratio.median.toFixed(3),
      ratio_min: +ratio.min.toFixed(3),
    });

  const lines = [
    `### No-op rerun, N = ${n} steps (${edges} data edges, ${roots} roots; ${RUNS} runs, ${WARMUP} warm-up)`,
    '',
    '| tool | median | min | max | first run (1 sample) | notes |',
    '|---|---:|---:|---:|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.tool} | ${fmt(r.median)} | ${fmt(r.min)} | ${fmt(r.max)} | ${fmt(r.fill)}${r.tool === 'turbo' && r.fill !== undefined ? ` (${fills.turboHow})` : ''} | ${(r.note ?? '').replace(/\|/g, '\\|')} |`,
    ),
    '',
    ratio
      ? `pipekit/turbo: **${ratio.median.toFixed(2)}×** on medians, ${ratio.min.toFixed(2)}× on mins (lower is better)`
      : 'pipekit/turbo: – (one side unavailable)',
    '',
  ];
  out.write(`${lines.join('\n')}\n`);
}

async function main() {
  const root = mkdtempSync(join(tmpdir(), 'pipekit-bench-noop-'));
  const cleanup = () => {
    if (opts.keep) log(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  };
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, () => {
      cleanup();
      process.exit(130);
    });
  }
  const failures = [];
  try {
    out.write(
      `## pipekit vs Turborepo ${TURBO_VERSION}: no-op rerun\n\n` +
        `Node ${process.version}, ${cpus().length} cores, ${process.platform}-${process.arch}; seed ${SEED}; ` +
        `pipekit: \`node ${CLI} run\`; turbo: \`turbo run build --concurrency=2 --output-logs=none\`.\n\n`,
    );
    let turbo = { ok: false, error: 'not needed' };
    let npmVersion = '';
    if (opts.only !== 'pipekit' && SIZES.some((n) => n <= TURBO_MAX)) {
      try {
        npmVersion = sh('npm', ['--version'], root).trim();
        turbo = { ok: true, ...turboBinary() };
        log(`turbo: ${turbo.how} ${turbo.bin}`);
      } catch (error) {
        turbo = { ok: false, error: error.message };
        log(`turbo unavailable: ${error.message}`);
      }
    }
    for (const n of SIZES) await benchSize(root, n, turbo, npmVersion, failures);
  } finally {
    cleanup();
  }
  if (failures.length) {
    log(`failed: ${failures.join(', ')}`);
    process.exitCode = 1;
  }
}

await main();
