// The Turborepo side of bench/noop.mjs: an npm-workspaces monorepo with a package per DAG step,
// its first run (which fills turbo's local cache) and its no-op rerun.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { tail, timedSync } from '../child.mjs';
import { formatMs } from '../stats.mjs';
import { commitAll, writeFiles } from '../workdir.mjs';

const FILL_TIMEOUT_MS = 60 * 60 * 1000;
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

/** The package-lock.json `npm install --package-lock-only --offline` writes for the repo. */
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

/** The monorepo: a package per step whose `build` cats its inputs `| md5sum > out.txt`. */
export function turboRepoFiles(steps, npmVersion) {
  const files = {
    'package.json': json({
      name: 'bench',
      version: '1.0.0',
      private: true,
      packageManager: `npm@${npmVersion}`,
      workspaces: ['packages/*'],
    }),
    'turbo.json': json({ tasks: { build: { dependsOn: ['^build'], outputs: ['out.txt'] } } }),
    'package-lock.json': json(lockfile(steps)),
    '.gitignore': 'node_modules/\n.turbo/\nout.txt\n',
  };
  for (const s of steps) {
    const pkg = `packages/${s.id}`;
    const ins = s.deps.map((d) => `../${d}/out.txt`);
    if (s.data !== undefined) {
      files[`${pkg}/data.txt`] = s.data;
      ins.push('data.txt');
    }
    const manifest = {
      name: s.id,
      version: '1.0.0',
      private: true,
      scripts: { build: `cat ${ins.join(' ')} | md5sum > out.txt` },
    };
    if (s.deps.length) manifest.dependencies = Object.fromEntries(s.deps.map((d) => [d, '*']));
    files[`${pkg}/package.json`] = json(manifest);
  }
  return files;
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

/**
 * `turbo run build` in `dir`, offline: telemetry off, no remote cache (the caller's TURBO_*
 * variables are dropped), config in `configDir`. `check` says why a rerun was not a no-op.
 */
export function turboSide(dir, n, turbo, configDir) {
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

/**
 * Writes the monorepo under `root` and runs `turbo` once to fill its cache. Returns the side to
 * time (unless that run failed or turbo is skipped), the first run and a note on what went
 * wrong. `turboNpm`: `shim` or `real` npm for the first run; default shim above 100 steps.
 */
export function prepareTurbo(
  { root, n, steps, log },
  { turbo, npmVersion },
  { turboMax, turboNpm },
) {
  const result = { name: 'turbo', failed: false };
  if (n > turboMax) {
    result.note = `skipped (--turbo-max ${turboMax})`;
  } else if (!turbo.ok) {
    result.note = `unavailable: ${turbo.error}`;
  } else {
    const dir = join(root, `turbo-${n}`);
    const t0 = performance.now();
    writeFiles(dir, turboRepoFiles(steps, npmVersion));
    commitAll(dir, 'bench');
    log(`N=${n}: turbo repo generated in ${formatMs(performance.now() - t0)}`);
    const configDir = join(root, 'turbo-config');
    mkdirSync(configDir, { recursive: true });
    const side = turboSide(dir, n, turbo, configDir);
    const useShim = (turboNpm ?? (n > 100 ? 'shim' : 'real')) === 'shim';
    const fillEnv = useShim
      ? { ...side.env, PATH: `${writeNpmShim(join(root, 'npm-shim'))}:${side.env.PATH}` }
      : side.env;
    log(`N=${n}: turbo first run (${useShim ? 'npm shim' : 'real npm per task'}, concurrency 2)…`);
    const [bin, args] = side.fillCmd;
    const r = timedSync(bin, args, { cwd: dir, env: fillEnv, timeoutMs: FILL_TIMEOUT_MS });
    result.fill = { ms: r.ms, how: useShim ? 'npm shim' : 'npm' };
    if (r.status !== 0) {
      result.note = `first run exited ${r.status ?? r.signal}:\n${tail(r.output)}`;
      result.failed = true;
    } else {
      log(`N=${n}: turbo first run ${formatMs(r.ms)}`);
      if (r.ms > 5 * 60 * 1000) {
        log(`N=${n}: turbo's first run took over 5 min; use --turbo-max ${n - 1} to skip it`);
      }
      result.side = side;
    }
  }
  if (result.note) log(`N=${n}: turbo ${result.note}`);
  return result;
}
