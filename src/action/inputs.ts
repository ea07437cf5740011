import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { GITHUB_CONTEXT_NAMES } from '../pipeline/condition.js';
import { dict } from '../pipeline/narrow.js';

type ActionCommand = 'run' | 'plan' | 'step' | 'report';

/** Every input, read and checked once before any work. */
export interface ActionOptions {
  command: ActionCommand;
  pipeline: string;
  step?: string;
  set: string[];
  /** Parameter values as JSON (`params`), under `set`. */
  params: Record<string, string>;
  /** With `report`: the results of the plan and step jobs (JSON, see `parseJobResults`). */
  results?: string;
  cache: boolean;
  cachePrefix: string;
  jobs: number;
  /** A token for GitHub's REST API (`token`, default the job's GITHUB_TOKEN); '' without one. */
  token: string;
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
    params: readParams(core.getInput('params')),
    results: core.getInput('results') || undefined,
    cache: cache === 'true',
    cachePrefix: (core.getInput('cache-prefix') || 'pipekit').replace(/[^A-Za-z0-9._-]/g, '-'),
    jobs,
    token: readToken(),
  };
}

function readToken(): string {
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  return token;
}

/** The `github` context `if:` conditions see, from the runner's environment. */
export function githubContext(env: NodeJS.ProcessEnv): Record<string, string> {
  const pick = (name: string): string => env[`GITHUB_${name.toUpperCase()}`] ?? '';
  return Object.fromEntries(GITHUB_CONTEXT_NAMES.map((n) => [n, pick(n)]));
}

/**
 * Whether this run is a pull request from a fork: its code may not run on a self-hosted
 * runner unless the pipeline says so. Read from the event payload the runner leaves.
 */
export function fromFork(env: NodeJS.ProcessEnv): boolean {
  if (env.GITHUB_EVENT_NAME !== 'pull_request' || !env.GITHUB_EVENT_PATH) return false;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      pull_request?: { head?: { repo?: { full_name?: string } | null } };
    };
    const head = event.pull_request?.head?.repo?.full_name;
    // A deleted fork has no head repository: still not this one.
    return head !== env.GITHUB_REPOSITORY;
  } catch {
    // No payload to read: act as for a fork, the side that runs less.
    return true;
  }
}

/** The push this job runs for, read from the runner's environment; undefined on any other event. */
export interface PushToDefault {
  owner: string;
  repo: string;
  sha: string;
  branch: string;
  /** The workflow file of this run, `.github/workflows/NAME.yml`. */
  workflowPath: string;
}

/** This run is a push to the repository's default branch, and which workflow file runs. */
export function pushToDefaultBranch(env: NodeJS.ProcessEnv): PushToDefault | undefined {
  if (env.GITHUB_EVENT_NAME !== 'push' || !env.GITHUB_EVENT_PATH) return undefined;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const sha = env.GITHUB_SHA;
  // `owner/repo/.github/workflows/NAME.yml@refs/heads/main`
  const ref = env.GITHUB_WORKFLOW_REF ?? '';
  const workflowPath = ref.startsWith(`${owner}/${repo}/`)
    ? ref.slice(`${owner}/${repo}/`.length).replace(/@[^@]*$/, '')
    : undefined;
  if (!owner || !repo || !sha || !workflowPath) return undefined;
  let branch: unknown;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      repository?: { default_branch?: unknown };
    };
    branch = event.repository?.default_branch;
  } catch {
    return undefined;
  }
  if (typeof branch !== 'string' || env.GITHUB_REF !== `refs/heads/${branch}`) return undefined;
  return { owner, repo, sha, branch, workflowPath };
}

/** `params`: the JSON object of parameter values the plan job resolved, or a dispatch input. */
function readParams(text: string): Record<string, string> {
  const out = dict<string>();
  if (text.trim() === '') return out;
  const notAnObject = 'input params: expected a JSON object of parameter values, e.g. {"lr": 0.1}';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InputError(notAnObject);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(notAnObject);
  }
  for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
    if (item === null) continue;
    if (typeof item === 'string' || typeof item === 'boolean' || Number.isFinite(item)) {
      out[name] = String(item);
    } else {
      throw new InputError(`input params: \`${name}\` must be a string, a number or a boolean`);
    }
  }
  return out;
}
