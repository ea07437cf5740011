import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ACTION = resolve('dist/index.js');

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface ActionCall {
  /** The job's checkout: GITHUB_WORKSPACE and the cwd. */
  workspace: string;
  inputs: Record<string, string>;
  /** The cache service: URL and this run's token. */
  cache?: { url: string; token: string };
  /** GITHUB_REF, GITHUB_RUN_ID, ... */
  github?: Record<string, string>;
  /** More of the runner's environment, which steps inherit. */
  env?: Record<string, string>;
  /** Sees the action's standard output as it comes, as the live job log shows it. */
  onStdout?: (text: string) => void;
}

/**
 * Runs the bundled action the way the runner does: a node process with INPUT_* variables,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the ACTIONS_* variables for the cache.
 */
export function runBundledAction(call: ActionCall): Promise<ActionRun> {
  const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'pipekit-runner-')));
  const outputFile = join(scratch, 'output');
  const summaryFile = join(scratch, 'summary');
  const runnerTemp = join(scratch, 'temp');
  mkdirSync(runnerTemp);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {};
  for (const name of ['PATH', 'HOME', 'LANG', 'TMPDIR'])
    if (process.env[name]) env[name] = process.env[name];
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: call.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_RUN_ID: '1',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    ...call.github,
    ...call.env,
  });
  if (call.cache) {
    env.ACTIONS_CACHE_SERVICE_V2 = '1';
    env.ACTIONS_RESULTS_URL = call.cache.url;
    env.ACTIONS_RUNTIME_TOKEN = call.cache.token;
  }
  for (const [name, value] of Object.entries(call.inputs))
    env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn('node', [ACTION], {
    cwd: call.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    call.onStdout?.(stdout);
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((done) =>
    child.on('close', (code) =>
      done({
        code: code ?? -1,
        stdout,
        stderr,
        outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
      }),
    ),
  );
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks (and `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== heredoc[2]) value.push(lines[i]!);
      out[heredoc[1]!] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}
