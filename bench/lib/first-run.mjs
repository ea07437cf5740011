// The first run of a synthetic DAG and the steps' own time, shared by bench/first-run.mjs and
// bench/peers.mjs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tail, timedSync } from './child.mjs';
import { pipekitRepoFiles } from './noop/pipekit.mjs';
import { commitAll, writeFiles } from './workdir.mjs';

const TIMEOUT_MS = 60 * 60 * 1000;

/** Writes and commits the pipekit repository of `steps` in `dir`. */
export function writePipekitRepo(dir, steps) {
  writeFiles(dir, pipekitRepoFiles(steps));
  commitAll(dir, 'bench');
  return dir;
}

/**
 * One first run of the repository in `dir` (its `.pipekit` removed first), `jobs` at a time.
 * `nodeArgs` go before the CLI (`--cpu-prof`). Returns the wall time (ms) and the output.
 */
export function timeFirstRun(dir, cli, { jobs = 1, nodeArgs = [], env = process.env } = {}) {
  clearBefore(join(dir, '.pipekit'));
  const args = [...nodeArgs, cli, 'run', '--jobs', String(jobs)];
  const r = timedSync(process.execPath, args, { cwd: dir, env, timeoutMs: TIMEOUT_MS });
  if (r.status !== 0) throw new Error(`pipekit first run failed:\n${tail(r.output)}`);
  return r;
}

/**
 * The script that runs every step's command, each in its own `bash -e -c`, one after the
 * other: the steps' own time, with nothing of pipekit around it. Written under `dir`.
 */
export function writeStepsScript(dir, steps) {
  const files = {};
  const lines = ['set -e'];
  for (const s of steps) {
    const ins = s.deps.map((d) => `out/${d}`);
    if (s.data !== undefined) {
      files[`data/${s.id}.txt`] = s.data;
      ins.push(`data/${s.id}.txt`);
    }
    lines.push(`bash -e -c 'cat ${ins.join(' ')} | md5sum > out/${s.id}'`);
  }
  files['steps.sh'] = `${lines.join('\n')}\n`;
  writeFiles(dir, files);
  mkdirSync(join(dir, 'out'), { recursive: true });
  return dir;
}

/** One run of the script written by writeStepsScript: its wall time (ms). */
export function timeStepsScript(dir) {
  clearBefore(join(dir, 'out'));
  mkdirSync(join(dir, 'out'));
  const r = timedSync('bash', ['steps.sh'], { cwd: dir, env: process.env, timeoutMs: TIMEOUT_MS });
  if (r.status !== 0) throw new Error(`steps.sh failed:\n${tail(r.output)}`);
  return r.ms;
}

/**
 * Removes what the last round left, untimed, and lets the disk settle: thousands of files
 * freed at once keep some file systems busy (discarding blocks) well into the next round.
 */
function clearBefore(path) {
  rmSync(path, { recursive: true, force: true });
  spawnSync('sync');
  spawnSync('sleep', ['1']);
}
