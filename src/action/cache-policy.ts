import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { cacheMode } from '../cache/actions-mode.js';

/**
 * Where the news goes that this job's token may not write to the cache. GitHub hands out
 * read-only cache tokens on purpose for untrusted events in the default branch's scope
 * (`pull_request_target`, `issue_comment`, `workflow_run`): there it is a warning. On a push
 * to the default branch it is an error: every later run and pull request reads that branch's
 * entries, so a run there that saves nothing leaves its outputs to be computed again forever.
 */
export function cacheWriteDenied(env: NodeJS.ProcessEnv): (message: string) => void {
  const branch = defaultBranchPushed(env);
  if (branch === undefined) return (message) => core.warning(message);
  return (message) =>
    core.setFailed(
      `pipekit: ${message}. This is a push to the default branch (${branch}): the outputs of ` +
        'this run will never be reused, every later run and pull request computes them again. ' +
        "Check the workflow's `permissions:` (a block without `actions: write` is reported to " +
        'cause this)',
    );
}

/**
 * Whether the result job can hold it against a step that it saved nothing: not when the
 * job's cache-mode forbids saving (nothing was to be saved) or reading (nothing can be seen).
 */
export function savesAreJudged(env: NodeJS.ProcessEnv): boolean {
  const mode = cacheMode(env);
  return mode.read && mode.write;
}

/** The default branch, when this run is a push to it (read from the event payload). */
function defaultBranchPushed(env: NodeJS.ProcessEnv): string | undefined {
  if (env.GITHUB_EVENT_NAME !== 'push' || !env.GITHUB_EVENT_PATH) return undefined;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      repository?: { default_branch?: unknown };
    };
    const branch = event.repository?.default_branch;
    return typeof branch === 'string' && env.GITHUB_REF === `refs/heads/${branch}`
      ? branch
      : undefined;
  } catch {
    // No payload to read: the side that does not fail a job on a guess.
    return undefined;
  }
}
