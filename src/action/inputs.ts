import * as core from '@actions/core';
import { availableParallelism } from 'node:os';

type ActionCommand = 'run' | 'plan' | 'step' | 'report';

/** Every input, read and checked once before any work. */
export interface ActionOptions {
  command: ActionCommand;
  pipeline: string;
  step?: string;
  set: string[];
  cache: boolean;
  cachePrefix: string;
  jobs: number;
}

export class InputError extends Error {
  override name = 'InputError';
}

export function readInputs(): ActionOptions {
  const command = core.getInput('command') || 'run';
  if (command !== 'run' && command !== 'plan' && command !== 'step' && command !== 'report') {
    throw new InputError(`input command: expected run, plan, step or report, got \`${command}\``);
  }
  const step = core.getInput('step') || undefined;
  if (command === 'step' && !step)
    throw new InputError('input step: required with `command: step`');
  const cache = core.getInput('cache') || 'true';
  if (cache !== 'true' && cache !== 'false')
    throw new InputError(`input cache: expected true or false, got \`${cache}\``);
  const jobsText = core.getInput('jobs');
  const jobs = jobsText ? Number(jobsText) : availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new InputError(`input jobs: expected a whole number >= 1`);
  return {
    command,
    pipeline: core.getInput('pipeline') || 'pipeline.yml',
    step,
    // A workflow_dispatch input is empty on push and pull_request runs: the default applies.
    set: core
      .getMultilineInput('set')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.endsWith('=')),
    cache: cache === 'true',
    cachePrefix: (core.getInput('cache-prefix') || 'pipekit').replace(/[^A-Za-z0-9._-]/g, '-'),
    jobs,
  };
}

/** The `github` context `if:` conditions see, from the runner's environment. */
export function githubContext(env: NodeJS.ProcessEnv): Record<string, string> {
  const pick = (name: string): string => env[`GITHUB_${name.toUpperCase()}`] ?? '';
  const names = [
    'ref',
    'ref_name',
    'ref_type',
    'sha',
    'event_name',
    'base_ref',
    'head_ref',
    'repository',
    'actor',
    'run_id',
    'workflow',
  ];
  return Object.fromEntries(names.map((n) => [n, pick(n)]));
}
