// Child processes: run one and keep its output, or time one from spawn to exit.
import { spawn, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';

const MAX_BUFFER = 1 << 28;

/** Runs `cmd` to completion; its stdout, or an Error with its stderr when it fails. */
export function sh(cmd, args, cwd, env = process.env) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: MAX_BUFFER });
  if (r.status !== 0) {
    throw new Error(
      `${cmd} ${args.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr ?? r.error}`,
    );
  }
  return r.stdout;
}

/** The last `lines` lines of `text`. */
export const tail = (text, lines = 8) => text.trimEnd().split('\n').slice(-lines).join('\n');

/**
 * One child process timed from spawn to exit, synchronously, stdio captured: nothing else of
 * this process runs meanwhile.
 */
export function timedSync(cmd, args, { cwd, env, timeoutMs }) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: MAX_BUFFER,
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

/**
 * One child process timed from spawn to exit while this process's event loop keeps running
 * (a server in this process can answer it); killed after `timeoutMs`. Resolves to its exit
 * code, signal, output and wall time.
 */
export function timedSpawn(cmd, args, { timeoutMs, ...options } = {}) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(cmd, args, options);
    const timer =
      timeoutMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d) => (stdout += d));
    child.stderr?.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, ms });
    });
  });
}
