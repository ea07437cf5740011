import { serveArtifacts } from './artifact-service.js';
import { startCacheServer, type CacheServer } from './cache-server.js';
import { grantFor, startGitHubApi, type GitHubApi } from './github-api.js';
import { uuidOf, type WorkflowRunRecord } from './github-api-state.js';
import { runPipekitWorkflow, type PipekitRun } from './pipekit-workflow.js';
import type { TestRepo } from './repo.js';
import type { RunOptions } from './workflow-runner.js';

/** A fake github.com: the REST API, and the results service (cache and artifacts). */
export interface FakeGitHub {
  api: GitHubApi;
  cache: CacheServer;
  close(): Promise<void>;
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  const api = await startGitHubApi();
  const cache = await startCacheServer();
  serveArtifacts(cache, api);
  return {
    api,
    cache,
    close: async () => {
      await api.close();
      await cache.close();
    },
  };
}

/**
 * A new cache service holding only the default branch's entries of `from`: the state the push
 * after a merge finds, without what another push of the same test saved.
 */
export async function copyDefaultBranchCache(from: CacheServer): Promise<CacheServer> {
  const copy = await startCacheServer();
  for (const entry of from.entries()) {
    if (entry.scope !== 'refs/heads/main' || !entry.finalized) continue;
    copy.seed({ key: entry.key, version: entry.version, blob: from.blob(entry.key)! });
  }
  return copy;
}

interface GitHubRunOptions {
  /** The commit the run checks out (a pull request's test merge commit, a pushed commit). */
  sha: string;
  /** The results service; default the fake GitHub's own. */
  cache?: CacheServer;
  /** The workflow file's path. */
  path?: string;
}

/**
 * A `pull_request` run, registered with the fake GitHub as the run of the pull request's head
 * commit (as the REST API shows it) and run at its test merge commit, as GitHub runs it:
 * its cache entries go to `refs/pull/N/merge`, it reads the base branch's, its jobs' tokens
 * carry their permissions. The run's conclusion is set from its jobs' results.
 */
export async function runPullRequest(
  github: FakeGitHub,
  origin: TestRepo,
  pull: { number: number; head: { ref: string; sha: string } } & GitHubRunOptions,
): Promise<{ view: PipekitRun; run: WorkflowRunRecord }> {
  const record = github.api.state.addRun({
    event: 'pull_request',
    head_sha: pull.head.sha,
    head_branch: pull.head.ref,
    pull_requests: [pull.number],
    ...(pull.path ? { path: pull.path } : {}),
  });
  const scope = `refs/pull/${pull.number}/merge`;
  const view = await run(github, origin, record, {
    event: { name: 'pull_request', number: pull.number, base: 'main', head: pull.head.ref },
    token: { scope, readScopes: [scope, 'refs/heads/main'] },
    ...pull,
  });
  return { view, run: record };
}

/** A push to main at `sha`, registered with the fake GitHub like a pull request's run. */
export async function runPush(
  github: FakeGitHub,
  origin: TestRepo,
  push: GitHubRunOptions,
): Promise<{ view: PipekitRun; run: WorkflowRunRecord }> {
  const record = github.api.state.addRun({
    event: 'push',
    head_sha: push.sha,
    head_branch: 'main',
  });
  const view = await run(github, origin, record, {
    event: { name: 'push', ref: 'refs/heads/main' },
    token: { scope: 'refs/heads/main', readScopes: ['refs/heads/main'] },
    ...push,
  });
  return { view, run: record };
}

async function run(
  github: FakeGitHub,
  origin: TestRepo,
  record: WorkflowRunRecord,
  options: GitHubRunOptions & {
    event: RunOptions['event'];
    token: { scope: string; readScopes: string[] };
  },
): Promise<PipekitRun> {
  const cache = options.cache ?? github.cache;
  const { api } = github;
  const results = { run: record.backendId, job: uuidOf(`job-${record.id}`) };
  const view = await runPipekitWorkflow(origin, {
    event: options.event,
    sha: options.sha,
    runId: String(record.id),
    ...(options.path ? { path: options.path } : {}),
    cache: { url: cache.url, token: cache.token({ ...options.token, results }) },
    api: {
      url: api.url,
      token: ({ permissions, fork }) => api.token(grantFor(permissions, { fork })),
    },
  });
  const failed = Object.values(view.run.jobs).some((j) => j.result === 'failure');
  record.status = 'completed';
  record.conclusion = failed ? 'failure' : 'success';
  return view;
}
