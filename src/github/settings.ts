import type { GithubOptions, Pipeline, RunsOn, Step, Triggers } from '../pipeline/types.js';

/** `github:` with every default filled in. */
export interface GithubSettings {
  action: string;
  checkout: string;
  lfs: boolean;
  submodules: boolean | 'recursive';
  forkPullRequestsOnSelfHosted: boolean;
  dispatchInputs: number;
  /**
   * How long a pull request's step jobs keep what they computed as workflow artifacts, for the
   * push after the merge to reuse; 0: they publish nothing and the plan looks for nothing.
   */
  artifactRetentionDays: number;
}

const DEFAULT_ACTION = 'pipekit/pipekit@v1';
/** v5 and later run on node24; v4 is a node20 action and warns in every job. */
const DEFAULT_CHECKOUT = 'actions/checkout@v5';
/** github.com since 2025-12; older GHES accept 10 (GITHUB-FACTS.md). */
const MAX_DISPATCH_INPUTS = 25;
/** Long enough for a review; GitHub's own default (90 days) would bill model-sized artifacts for months. */
const DEFAULT_ARTIFACT_RETENTION_DAYS = 7;
/** Without `on:` a push runs the pipeline only on this branch. */
const DEFAULT_BRANCH = 'main';

export function githubSettings(
  options: GithubOptions | undefined,
  action?: string,
): GithubSettings {
  return {
    action: action ?? options?.action ?? DEFAULT_ACTION,
    checkout: options?.checkout ?? DEFAULT_CHECKOUT,
    lfs: options?.lfs ?? false,
    submodules: options?.submodules ?? false,
    forkPullRequestsOnSelfHosted: options?.forkPullRequestsOnSelfHosted ?? false,
    dispatchInputs: options?.dispatchInputs ?? MAX_DISPATCH_INPUTS,
    artifactRetentionDays: options?.artifactRetentionDays ?? DEFAULT_ARTIFACT_RETENTION_DAYS,
  };
}

/** The events the workflow runs on, defaults applied. */
export interface WorkflowTriggers {
  push?: { branches: string[] };
  pullRequest?: { branches?: string[] };
  mergeGroup: boolean;
  workflowDispatch: boolean;
}

/**
 * `on:` as written, or all four events. A push runs only on named branches (`main` unless
 * told otherwise): never on a tag, and never a second time for the push to a pull
 * request's own branch, whose `pull_request` run already covers the commit in the scope
 * that pull request's later runs read.
 */
export function triggersOf(on: Triggers | undefined): WorkflowTriggers {
  const written = on ?? { push: {}, pullRequest: {}, mergeGroup: true, workflowDispatch: true };
  return {
    push: written.push && { branches: written.push.branches ?? [DEFAULT_BRANCH] },
    pullRequest: written.pullRequest,
    mergeGroup: written.mergeGroup === true,
    workflowDispatch: written.workflowDispatch === true,
  };
}

/** GitHub-hosted runner labels (docs: "GitHub-hosted runners reference"). */
const HOSTED_LABEL = /^(ubuntu|windows|macos)-(latest|\d[\w.-]*)$/;

/**
 * Whether a job on this target may land on a self-hosted runner: anything but a plain
 * GitHub-hosted label (a runner group, an ARC scale set, `self-hosted`, a custom label).
 * A larger hosted runner with a custom name counts as self-hosted: the safe side.
 */
function maySelfHost(target: RunsOn | undefined): boolean {
  if (target === undefined) return false;
  if (typeof target === 'string') return !HOSTED_LABEL.test(target);
  if (Array.isArray(target)) return !(target.length === 1 && HOSTED_LABEL.test(target[0] ?? ''));
  return true;
}

/** Whether a step's job may land on a self-hosted runner (see `maySelfHost`). */
export function stepMaySelfHost(pipeline: Pipeline, step: Step): boolean {
  return maySelfHost(pipeline.runners[step.runner]);
}
