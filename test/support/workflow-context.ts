import type { WorkflowEvent } from './workflow-filters.js';
import type { DispatchInput, ParsedWorkflow } from './workflow-parse.js';

/** Refused by GitHub's API past this length (GITHUB-FACTS.md). */
const MAX_DISPATCH_PAYLOAD = 65_535;

export interface RunIdentity {
  sha: string;
  repository: string;
  runId: string;
  runAttempt: number;
  actor: string;
  /** The workflow file's path in the repository (GITHUB_WORKFLOW_REF). */
  path?: string;
  /** GITHUB_API_URL: a fake GitHub API's, or GitHub's. */
  apiUrl?: string;
}

export interface EventContexts {
  /** The `github` context, but `job` and `workspace`, which each job adds. */
  github: Record<string, unknown>;
  /** `inputs`: the typed dispatch inputs with defaults; empty on every other event. */
  inputs: Record<string, string | number | boolean>;
  /** GITHUB_* variables every step sees, but GITHUB_JOB, GITHUB_WORKSPACE, GITHUB_EVENT_PATH. */
  env: Record<string, string>;
  payload: Record<string, unknown>;
}

/**
 * The contexts as GitHub gives them per event ("Contexts reference", "Events that trigger
 * workflows"): `base_ref`/`head_ref` only on pull requests, a pull request's ref is its
 * merge ref, a merge group runs on its gh-readonly-queue branch.
 */
export function eventContexts(
  workflow: ParsedWorkflow,
  event: WorkflowEvent,
  run: RunIdentity,
): EventContexts {
  const repository = { full_name: run.repository, default_branch: 'main', fork: false };
  let ref: string;
  let baseRef = '';
  let headRef = '';
  let inputs: EventContexts['inputs'] = {};
  let payload: Record<string, unknown>;
  switch (event.name) {
    case 'push':
      ref = event.ref;
      payload = { ref, after: run.sha, repository, head_commit: { id: run.sha } };
      break;
    case 'pull_request': {
      ref = `refs/pull/${event.number}/merge`;
      baseRef = event.base;
      headRef = event.head;
      const name = run.repository.split('/')[1];
      const head = event.fork ? `fork-owner/${name}` : run.repository;
      payload = {
        action: event.action ?? 'synchronize',
        number: event.number,
        pull_request: {
          number: event.number,
          head: { ref: event.head, sha: run.sha, repo: { full_name: head, fork: !!event.fork } },
          base: { ref: event.base, repo: repository },
        },
        repository,
      };
      break;
    }
    case 'merge_group': {
      ref = `refs/heads/gh-readonly-queue/${event.base}/pr-${event.number ?? 1}-${run.sha}`;
      const group = { head_sha: run.sha, head_ref: ref, base_ref: `refs/heads/${event.base}` };
      payload = { action: 'checks_requested', merge_group: group, repository };
      break;
    }
    case 'workflow_dispatch':
      ref = event.ref ?? 'refs/heads/main';
      inputs = dispatchValues(workflow.dispatchInputs, event.inputs ?? {});
      payload = {
        ref,
        repository,
        // The payload's inputs are strings, the `inputs` context keeps the types.
        inputs: Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)])),
      };
      break;
  }
  const refName = ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\//, '');
  const refType = ref.startsWith('refs/tags/') ? 'tag' : 'branch';
  const github = {
    event_name: event.name,
    event: payload,
    ref,
    ref_name: refName,
    ref_type: refType,
    sha: run.sha,
    repository: run.repository,
    repository_owner: run.repository.split('/')[0],
    run_id: run.runId,
    run_number: run.runId,
    run_attempt: String(run.runAttempt),
    base_ref: baseRef,
    head_ref: headRef,
    workflow: workflow.name,
    actor: run.actor,
    server_url: 'https://github.com',
    api_url: run.apiUrl ?? 'https://api.github.com',
    workflow_ref: `${run.repository}/${run.path ?? '.github/workflows/pipekit.yml'}@${ref}`,
  };
  const env: Record<string, string> = {
    CI: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: refName,
    GITHUB_REF_TYPE: refType,
    GITHUB_SHA: run.sha,
    GITHUB_REPOSITORY: run.repository,
    GITHUB_REPOSITORY_OWNER: github.repository_owner ?? '',
    GITHUB_RUN_ID: run.runId,
    GITHUB_RUN_NUMBER: run.runId,
    GITHUB_RUN_ATTEMPT: String(run.runAttempt),
    GITHUB_BASE_REF: baseRef,
    GITHUB_HEAD_REF: headRef,
    GITHUB_WORKFLOW: workflow.name,
    GITHUB_ACTOR: run.actor,
    GITHUB_API_URL: github.api_url,
    GITHUB_WORKFLOW_REF: github.workflow_ref,
  };
  return { github, inputs, env, payload };
}

/**
 * The values a dispatch gets, as GitHub's API checks them: no unknown input, a choice among
 * its options, booleans and numbers typed, defaults for the rest.
 */
function dispatchValues(
  specs: readonly DispatchInput[],
  given: Record<string, string | number | boolean>,
): Record<string, string | number | boolean> {
  if (JSON.stringify(given).length > MAX_DISPATCH_PAYLOAD) {
    throw new Error(`dispatch refused: inputs over ${MAX_DISPATCH_PAYLOAD} characters`);
  }
  for (const name of Object.keys(given)) {
    if (!specs.some((s) => s.name === name))
      throw new Error(`dispatch refused: unexpected input ${name}`);
  }
  const out: Record<string, string | number | boolean> = {};
  for (const spec of specs) {
    const value = given[spec.name] ?? spec.default;
    if (value === undefined) {
      if (spec.required) throw new Error(`dispatch refused: input ${spec.name} is required`);
      if (spec.type === 'number') {
        throw new Error(
          `input ${spec.name}: a number input without value or default is not modelled`,
        );
      }
      out[spec.name] = spec.type === 'boolean' ? false : '';
      continue;
    }
    out[spec.name] = typed(spec, value);
  }
  return out;
}

function typed(spec: DispatchInput, value: string | number | boolean): string | number | boolean {
  switch (spec.type) {
    case 'boolean':
      if (value === true || value === 'true') return true;
      if (value === false || value === 'false') return false;
      throw new Error(`dispatch refused: input ${spec.name} is not a boolean: ${String(value)}`);
    case 'number': {
      const n = typeof value === 'number' ? value : Number(value);
      if (typeof value === 'boolean' || String(value).trim() === '' || Number.isNaN(n)) {
        throw new Error(`dispatch refused: input ${spec.name} is not a number: ${String(value)}`);
      }
      return n;
    }
    case 'choice':
      if (!spec.options?.includes(String(value))) {
        throw new Error(`dispatch refused: ${String(value)} is not an option of ${spec.name}`);
      }
      return String(value);
    default:
      return String(value);
  }
}
