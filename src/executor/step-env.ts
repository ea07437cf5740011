import type { Pipeline, Step } from '../pipeline/types.js';

/**
 * The runner's credentials for the cache and artifact services. GitHub gives them to
 * JavaScript actions, never to `run:` steps: with them a step's code could write cache
 * entries that later jobs trust.
 */
const RUNNER_CREDENTIALS = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  // The runner's command files: a step writing to them would set pipekit's own outputs
  // (the plan's `jobs`, a job's `cut`), the environment or PATH of later actions.
  'GITHUB_OUTPUT',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_STATE',
];

/** The action's own inputs (`INPUT_PARAMS`, `INPUT_RESULTS`, ...): not the step's business. */
const ACTION_INPUT = /^INPUT_/;

/** What a process requests an OIDC token with, in a job with `id-token: write`. */
const OIDC_REQUEST = ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL'];

function requestsIdToken(step: Step): boolean {
  const { permissions } = step;
  return (
    permissions === 'write-all' ||
    (typeof permissions === 'object' && permissions['id-token'] === 'write')
  );
}

/**
 * What only the steps that declare it get: every secret of the pipeline, and the OIDC request
 * (a step that does not ask for `id-token: write` never gets it, whatever the job allows).
 */
function withheld(pipeline: Pipeline): Set<string> {
  const names = new Set(declaredSecrets(pipeline));
  for (const name of OIDC_REQUEST) names.add(name);
  return names;
}

// Asked once per step: a walk over every step each time made a run of n steps O(n²).
const declared = new WeakMap<Pipeline, readonly string[]>();

/** Every secret name any step of the pipeline declares, once each. */
function declaredSecrets(pipeline: Pipeline): readonly string[] {
  let names = declared.get(pipeline);
  if (!names) {
    names = [...new Set(pipeline.steps.flatMap((step) => step.secrets))];
    declared.set(pipeline, names);
  }
  return names;
}

function without(base: NodeJS.ProcessEnv, names: Iterable<string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(base)) if (!ACTION_INPUT.test(name)) env[name] = value;
  for (const name of [...RUNNER_CREDENTIALS, ...names]) delete env[name];
  return env;
}

/**
 * The environment a step's process starts from: the caller's, less the runner's credentials
 * and whatever the pipeline withholds that the step does not declare. A declared secret that
 * is unset or empty (on GitHub an unknown secret is '') is missing, and the step cannot run.
 */
export function stepEnvironment(
  base: NodeJS.ProcessEnv,
  pipeline: Pipeline,
  step: Step,
): { env: NodeJS.ProcessEnv } | { missing: string[] } {
  const missing = step.secrets.filter((name) => !base[name]);
  if (missing.length > 0) return { missing };
  const granted = new Set([...step.secrets, ...(requestsIdToken(step) ? OIDC_REQUEST : [])]);
  return {
    env: without(
      base,
      [...withheld(pipeline)].filter((name) => !granted.has(name)),
    ),
  };
}

/** The environment of a key command: what it prints is in a key, so it gets no secret at all. */
export function keyCommandEnvironment(
  base: NodeJS.ProcessEnv,
  pipeline: Pipeline,
): NodeJS.ProcessEnv {
  return without(base, withheld(pipeline));
}

/** The values of the secrets the pipeline declares that are set: what logs must not show. */
export function secretValues(base: NodeJS.ProcessEnv, pipeline: Pipeline): string[] {
  return declaredSecrets(pipeline).flatMap((name) => (base[name] ? [base[name]] : []));
}
