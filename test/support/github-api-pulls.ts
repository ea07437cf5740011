import { message, page, type GitHubApi } from './github-api.js';
import type { PullRequestRecord, RepoState } from './github-api-state.js';

/** A pull request as the REST API shows it (the fields a client reads, with their real names). */
export function pullJson(pull: PullRequestRecord, repo: RepoState, origin: string) {
  const base = `${origin}/repos/${repo.fullName}`;
  const repoJson = (fullName: string) => ({
    full_name: fullName,
    name: fullName.split('/')[1],
    owner: { login: fullName.split('/')[0] },
    fork: fullName !== repo.fullName,
  });
  return {
    id: 100_000 + pull.number,
    number: pull.number,
    url: `${base}/pulls/${pull.number}`,
    html_url: `https://github.com/${repo.fullName}/pull/${pull.number}`,
    state: pull.state,
    title: pull.title,
    user: { login: pull.user },
    head: {
      ref: pull.head.ref,
      sha: pull.head.sha,
      label: `${pull.head.repo.split('/')[0]}:${pull.head.ref}`,
      repo: repoJson(pull.head.repo),
    },
    base: {
      ref: pull.base.ref,
      sha: pull.base.sha,
      label: `${repo.fullName.split('/')[0]}:${pull.base.ref}`,
      repo: repoJson(repo.fullName),
    },
    merged_at: pull.merged_at,
    merge_commit_sha: pull.merge_commit_sha,
    draft: false,
  };
}

/**
 * Pull requests: "List pull requests associated with a commit" (an open PR whose head holds
 * the commit, or a merged PR whose merge, squash or rebase produced it), "Get a pull request"
 * (with `merged`), "List pull requests".
 */
export function registerPullRoutes(api: GitHubApi): void {
  const pullsRead = { needs: { 'pull-requests': 'read' as const } };
  api.route(
    'GET',
    '/repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    ({ repo, params, query, origin }) => {
      const sha = params.commit_sha!;
      const found = repo.pulls.filter(
        (p) => p.head.sha === sha || p.merge_commit_sha === sha || p.commits.includes(sha),
      );
      // Before the merge, the test merge commit is no commit of the PR's.
      const associated = found.filter((p) => p.merged_at !== null || p.merge_commit_sha !== sha);
      return { status: 200, body: page(associated, query).map((p) => pullJson(p, repo, origin)) };
    },
    { needs: { contents: 'read', 'pull-requests': 'read' } },
  );
  api.route(
    'GET',
    '/repos/{owner}/{repo}/pulls/{pull_number}',
    ({ repo, params, origin }) => {
      const pull = repo.pulls.find((p) => String(p.number) === params.pull_number);
      if (!pull) return message(404, 'Not Found');
      return {
        status: 200,
        body: { ...pullJson(pull, repo, origin), merged: pull.merged_at !== null },
      };
    },
    pullsRead,
  );
  api.route(
    'GET',
    '/repos/{owner}/{repo}/pulls',
    ({ repo, query, origin }) => {
      const state = query.get('state') ?? 'open';
      const head = query.get('head');
      const listed = repo.pulls
        .filter((p) => state === 'all' || p.state === state)
        .filter((p) => !head || `${p.head.repo.split('/')[0]}:${p.head.ref}` === head)
        .sort((a, b) => b.number - a.number);
      return { status: 200, body: page(listed, query).map((p) => pullJson(p, repo, origin)) };
    },
    pullsRead,
  );
}
