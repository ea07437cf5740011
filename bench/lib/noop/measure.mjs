// The timed part of bench/noop.mjs: no-op reruns round by round, and a check for network use.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tail, timedSync } from '../child.mjs';
import { rounds } from '../stats.mjs';

const RERUN_TIMEOUT_MS = 10 * 60 * 1000;

/** The start-up floor, `node -e 0`, timed in the same rounds as the tools. */
export function floorSide(dir) {
  return {
    name: 'node -e 0',
    dir,
    env: process.env,
    cmd: [process.execPath, ['-e', '0']],
    check: (r) => (r.status === 0 ? undefined : `exit ${r.status}`),
  };
}

/**
 * `warmup` untimed rounds, then `runs` timed ones, each running every side once; every rerun
 * must pass its side's `check` (be a no-op). A side stops after its first failed exit.
 * Returns the samples (ms) and the problems of each side.
 */
export async function measureReruns(sides, { runs, warmup }, { n, log }) {
  const samples = new Map(sides.map((s) => [s, []]));
  const problems = new Map(sides.map((s) => [s, []]));
  await rounds({ runs, warmup }, sides, (side, round) => {
    if (problems.get(side).some((p) => p.startsWith('exit'))) return;
    const [bin, args] = side.cmd;
    const r = timedSync(bin, args, { cwd: side.dir, env: side.env, timeoutMs: RERUN_TIMEOUT_MS });
    const problem = side.check(r);
    if (problem) {
      problems.get(side).push(problem);
      if (problem.startsWith('exit'))
        log(`N=${n}: ${side.name} rerun: ${problem}\n${tail(r.output)}`);
    }
    if (round >= 0) samples.get(side).push(r.ms);
  });
  return { samples, problems };
}

/** One extra untimed rerun under strace: does the tool open any inet socket? */
export function offlineCheck(side) {
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
