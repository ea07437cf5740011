import { getOctokit } from '@actions/github';
import { readFileSync } from 'node:fs';

/** Where the push after a merge finds what the merged pull request's run published. */
export interface MergedPullRun {
  pull: number;
  run: { id: number; headSha: string };
  /** The run's artifacts by name (the newest of a name), expired ones included. */
  artifacts: Map<string, { id: number; expired: boolean }>;
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
