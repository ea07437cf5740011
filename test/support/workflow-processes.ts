import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parseOutputFile, type ActionRun } from './action-runner.js';
import { parseActionFile, type TemplateToken } from './workflow-parse.js';

const run = promisify(execFile);

/**
 * `actions/checkout`: a fresh clone of the origin into the job's (empty) workspace, then
 * `commit` when it is not the origin's HEAD. `path` and `repository` would put other code
 * there: refused, not faked.
 */
export async function checkout(
  origin: string,
  commit: string | undefined,
  workspace: string,
  inputs: Record<string, string>,
): Promise<ActionRun> {
  for (const input of ['path', 'repository']) {
    if (inputs[input]) throw new Error(`actions/checkout with \`${input}\` is not modelled`);
  }
  await run('git', ['clone', '-q', origin, workspace]);
  if (commit !== undefined) {
    await run('git', ['-c', 'advice.detachedHead=false', 'checkout', '-q', commit], {
      cwd: workspace,
    });
  }
  return { code: 0, stdout: '', stderr: '', outputs: {}, summary: '' };
}

export interface ScriptRun extends ActionRun {
  /** What the script appended to GITHUB_ENV, for the later steps of its job. */
  exported: Record<string, string>;
}

/**
 * A `run:` step as the runner does it on Linux: the script in a file, run by `bash -e` when
 * no shell is named and `bash --noprofile --norc -eo pipefail` for `shell: bash` (Workflow
 * syntax, "jobs.<job_id>.steps[*].shell"), with GITHUB_OUTPUT, GITHUB_ENV and
 * GITHUB_STEP_SUMMARY files. It gets no ACTIONS_RUNTIME_TOKEN: only actions do.
 */
export function runScript(opts: {
  script: string;
  shell: string | undefined;
  cwd: string;
  env: Record<string, string>;
}): Promise<ScriptRun> {
  const scratch = mkdtempSync(join(opts.env.RUNNER_TEMP ?? '/tmp', 'step-'));
  const files = { output: 'output', env: 'env', summary: 'summary', script: 'script.sh' };
  const path = (name: keyof typeof files) => join(scratch, files[name]);
  for (const name of ['output', 'env', 'summary'] as const) writeFileSync(path(name), '');
  writeFileSync(path('script'), opts.script);
  const [command, ...args] = shellCommand(opts.shell, path('script'));
  const env: NodeJS.ProcessEnv = {};
  for (const name of ['PATH', 'HOME', 'LANG', 'TMPDIR'])
    if (process.env[name]) env[name] = process.env[name];
  Object.assign(env, opts.env, {
    GITHUB_OUTPUT: path('output'),
    GITHUB_ENV: path('env'),
    GITHUB_STEP_SUMMARY: path('summary'),
  });
  const child = spawn(command!, args, { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) =>
      done({
        code: code ?? -1,
        stdout,
        stderr,
        outputs: parseOutputFile(readFileSync(path('output'), 'utf8')),
        exported: parseOutputFile(readFileSync(path('env'), 'utf8')),
        summary: readFileSync(path('summary'), 'utf8'),
      }),
    );
  });
}

function shellCommand(shell: string | undefined, file: string): string[] {
  switch (shell) {
    case undefined:
      return ['bash', '-e', file];
    case 'bash':
      return ['bash', '--noprofile', '--norc', '-eo', 'pipefail', file];
    case 'sh':
      return ['sh', '-e', file];
    default:
      throw new Error(`shell ${shell} is not modelled`);
  }
}

export interface ActionDefinition {
  inputs: Map<string, TemplateToken | undefined>;
}

let definition: Promise<ActionDefinition> | undefined;

/** The inputs of the action under test and their defaults, from its action.yml. */
export function actionUnderTest(): Promise<ActionDefinition> {
  definition ??= parseActionFile(resolve('action.yml')).then((template) => ({
    inputs: new Map((template.inputs ?? []).map((i) => [i.id, i.default])),
  }));
  return definition;
}
