// The bundled action run as a GitHub runner starts it (see test/support/action-runner.ts):
// `node dist/index.js` with cwd = GITHUB_WORKSPACE, INPUT_* and the ACTIONS_* cache variables,
// a GITHUB_OUTPUT file read back after it exits.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { timedSpawn } from '../child.mjs';

const CHILD_TIMEOUT_MS = 15 * 60_000;

/**
 * Returns `runAction(workspace, command, cache, inputs)`: runs `action` (a copy of
 * dist/index.js) against the cache service at `cache.url`; resolves to its exit code, output,
 * GITHUB_OUTPUT values and wall time (spawn to exit). Each run's runner files live in a
 * folder of `scratchDir`, removed when it exits.
 */
export function createActionRunner({ action, scratchDir }) {
  let spawned = 0;
  return async function runAction(workspace, command, cache, inputs = {}) {
    const n = ++spawned;
    const scratch = join(scratchDir, String(n));
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
    const run = await timedSpawn(process.execPath, [action], {
      cwd: workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeoutMs: CHILD_TIMEOUT_MS,
    });
    const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
    rmSync(scratch, { recursive: true, force: true });
    return { ...run, code: run.code ?? -1, outputs };
  };
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks (and `name=value` lines). */
export function parseOutputFile(text) {
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

/** Throws with the tail of the run's stdout and stderr unless `ok`. */
export function expectRun(ok, what, run) {
  if (ok) return;
  const tail = (s) => s.split('\n').slice(-40).join('\n');
  throw new Error(`${what}\n--- stdout\n${tail(run.stdout)}\n--- stderr\n${tail(run.stderr)}`);
}
