import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { resolveInputs } from '../plan/params.js';
import { substituteTemplate } from '../pipeline/expressions.js';
import { STEP_SHELL } from '../pipeline/shell.js';
import type { Pipeline, Scalar, Step } from '../pipeline/types.js';
import { keyCommandEnvironment } from './step-env.js';

/** A command's output is a version or a short listing: beyond this it is a mistake. */
const MAX_OUTPUT_BYTES = 64 * 1024;
/** How much of a failing command's stderr its error shows: the end, where the error is. */
const MAX_STDERR_CHARS = 2_000;

/** Each distinct (command, folder, environment) run so far, by that triple: one per engine. */
export type KeyCommandRuns = Map<string, Promise<string>>;

/** The repository, pipeline and parameters of a run (an Engine is one). */
interface RunOf {
  root: string;
  pipeline: Pipeline;
  parameters: Record<string, Scalar>;
}

/** Where and how a step's key commands run: its folder, its declared env, no secret. */
interface Place {
  cwd: string;
  env: [string, string | null][];
  base: NodeJS.ProcessEnv;
}

/**
 * The output of each of a step's key commands (README, "When a step runs"), run where and
 * how its step runs: with its shell, in its component's folder in the repository (an inline
 * step: the root), with its declared env on top of the caller's environment less every secret of
 * the pipeline (what it prints is in a key, and keys are never secret). A command runs
 * once per `runs` whatever the number of steps declaring it; one that fails or prints more
 * than 64 KiB throws a UserError, which fails the step.
 */
export async function runKeyCommands(
  run: RunOf,
  step: Step,
  runs: KeyCommandRuns,
): Promise<Record<string, string>> {
  const place = placeOf(run, step);
  const outputs: Record<string, string> = {};
  for (const command of step.keyCommands) outputs[command] = await runOnce(command, place, runs);
  return outputs;
}

/**
 * Asked again once the step ran, where it ran: the first key command that does not print
 * what its key was computed from (a `setup` that upgraded the library it names, an earlier
 * step that did, a job on a runner other than the one whose output it was keyed with), or
 * that fails now. Its outputs saved under that key would be a false hit.
 */
export async function changedKeyCommand(
  run: RunOf,
  step: Step,
  keyed: Record<string, string> | undefined,
): Promise<string | undefined> {
  if (!keyed) return undefined;
  const place = placeOf(run, step);
  const fresh: KeyCommandRuns = new Map();
  for (const [command, output] of Object.entries(keyed)) {
    const now = await runOnce(command, place, fresh).catch(() => undefined);
    if (now !== output) return `the output of key command \`${command}\``;
  }
  return undefined;
}

function placeOf({ root, pipeline, parameters }: RunOf, step: Step): Place {
  const cwd = join(root, ...step.component.dir.split('/').filter(Boolean));
  const base = keyCommandEnvironment(process.env, pipeline);
  return { cwd, env: declaredEnv(root, step, parameters), base };
}

function runOnce(command: string, place: Place, runs: KeyCommandRuns): Promise<string> {
  const id = JSON.stringify([command, place.cwd, place.env]);
  let run = runs.get(id);
  if (!run) runs.set(id, (run = runCommand(command, place)));
  return run;
}

/**
 * The step's `env` as far as it is known before the step runs, in name order: a parameter or
 * a repository path is substituted as the step gets it; a variable naming an output or an
 * upstream output has no value yet and is unset (null).
 */
function declaredEnv(
  root: string,
  step: Step,
  parameters: Record<string, Scalar>,
): [string, string | null][] {
  const bound = resolveInputs(step, parameters);
  return Object.entries(step.component.env)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, template]) => {
      let known = true;
      const value = substituteTemplate(template, (ref) => {
        const fromStep =
          ref.kind === 'input' && (bound.upstream[ref.name] ?? bound.gathered[ref.name]);
        if (ref.kind === 'input' && !fromStep) {
          const path = bound.paths[ref.name];
          if (path !== undefined) return join(root, path);
          const param = bound.params[ref.name];
          return param === undefined ? '' : String(param);
        }
        known = false;
        return '';
      });
      return [name, known ? value : null];
    });
}

function runCommand(command: string, { cwd, env: declared, base }: Place): Promise<string> {
  const env = { ...base };
  for (const [name, value] of declared) {
    if (value === null) delete env[name];
    else env[name] = value;
  }
  const what = `key command \`${command}\``;
  return new Promise<string>((resolve, reject) => {
    const child = spawn(STEP_SHELL.command, [...STEP_SHELL.args, '-c', command], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_OUTPUT_BYTES) chunks.push(chunk);
      else child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-2 * MAX_STDERR_CHARS);
    });
    child.on('error', (error) =>
      reject(new UserError(`${what} could not start: ${error.message}`)),
    );
    child.on('close', (code, signal) => {
      if (size > MAX_OUTPUT_BYTES) {
        reject(new UserError(`${what} printed more than ${MAX_OUTPUT_BYTES / 1024} KiB`));
      } else if (code === 0) {
        resolve(outputText(Buffer.concat(chunks)));
      } else {
        const how = code === null ? `killed by ${signal}` : `exit ${code}`;
        reject(new UserError(`${what} failed (${how})${stderrText(stderr)}`));
      }
    });
  });
}

/**
 * Trailing whitespace trimmed. Bytes that are not UTF-8 would decode to the same replacement
 * characters for different outputs, so such an output is represented by its digest instead.
 */
function outputText(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  if (Buffer.from(text, 'utf8').equals(bytes)) return text.trimEnd();
  let end = bytes.length;
  while (end > 0 && ASCII_SPACE.has(bytes[end - 1]!)) end--;
  const digest = createHash('sha256').update(bytes.subarray(0, end)).digest('hex');
  return `(not UTF-8) sha256 ${digest}`;
}

const ASCII_SPACE = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]);

function stderrText(stderr: string): string {
  const text = stderr.trim();
  if (text === '') return '';
  return `: ${text.length > MAX_STDERR_CHARS ? `...${text.slice(-MAX_STDERR_CHARS)}` : text}`;
}
