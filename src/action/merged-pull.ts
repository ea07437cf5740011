import { getOctokit } from '@actions/github';
import type { PushToDefault } from './inputs.js';

/** Where the push after a merge finds what the merged pull request's run published. */
export interface MergedPullRun {
  pull: number;
  run: { id: number; headSha: string };
  /** The run's artifacts by name (the newest of a name), expired ones included. */
  artifacts: Map<string, { id: number; expired: boolean }>;
}

/**
 * The run whose artifacts the push may reuse, or why there is none. Three REST calls, made
 * once per plan: the pull request merged into this commit (GitHub associates a merge, squash
 * or rebase merge with it, and its `merge_commit_sha` is then the commit the base branch was
 * updated to); a successful `pull_request` run of this very workflow file for that pull
 * request's final head commit, from its head repository and branch; that run's artifacts.
 */
export async function findMergedPullRun(
  push: PushToDefault,
  token: string,
): Promise<MergedPullRun | string> {
  const octokit = getOctokit(token);
  const { owner, repo } = push;
  const pulls = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    owner,
    repo,
    commit_sha: push.sha,
  });
  const pull = pulls.data.find(
    (p) => p.merged_at && p.merge_commit_sha === push.sha && p.base.ref === push.branch,
  );
  if (!pull) return `no pull request was merged into ${push.branch} as ${push.sha.slice(0, 12)}`;
  const file = push.workflowPath.split('/').pop()!;
  const runs = await octokit.rest.actions.listWorkflowRuns({
    owner,
    repo,
    workflow_id: file,
    head_sha: pull.head.sha,
    event: 'pull_request',
    status: 'success',
    per_page: 20,
  });
  const run = runs.data.workflow_runs
    .filter(
      (r) =>
        r.path === push.workflowPath &&
        r.event === 'pull_request' &&
        r.conclusion === 'success' &&
        r.head_sha === pull.head.sha &&
        r.head_branch === pull.head.ref &&
        r.head_repository?.full_name === pull.head.repo?.full_name,
    )
    .sort((a, b) => b.id - a.id)[0];
  if (!run) {
    return `pull request #${pull.number} has no successful run of ${push.workflowPath} for its head ${pull.head.sha.slice(0, 12)}`;
  }
  const listed = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
    owner,
    repo,
    run_id: run.id,
    per_page: 100,
  });
  const artifacts = new Map<string, { id: number; expired: boolean }>();
  for (const a of [...listed].sort((x, y) => x.id - y.id)) {
    artifacts.set(a.name, { id: a.id, expired: a.expired });
  }
  return { pull: pull.number, run: { id: run.id, headSha: pull.head.sha }, artifacts };
}
