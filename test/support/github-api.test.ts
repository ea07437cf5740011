import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveArtifacts } from './artifact-service.js';
import { startCacheServer, type CacheServer } from './cache-server.js';
import { grantFor, startGitHubApi, type GitHubApi } from './github-api.js';

let api: GitHubApi;
let cache: CacheServer;
let dir: string;
const saved = { ...process.env };

beforeAll(async () => {
  api = await startGitHubApi();
  cache = await startCacheServer();
  serveArtifacts(cache, api);
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'pipekit-gh-')));
  // @actions/github reads GITHUB_API_URL when it is first imported.
  process.env.GITHUB_API_URL = api.url;
  process.env.ACTIONS_RESULTS_URL = cache.url;
  process.env.GITHUB_WORKSPACE = dir;
  delete process.env.GITHUB_SERVER_URL;
});

afterAll(async () => {
  process.env = saved;
  await api.close();
  await cache.close();
  rmSync(dir, { recursive: true, force: true });
});

const fetchJson = async (path: string, token?: string) => {
  const res = await fetch(`${api.url}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    redirect: 'manual',
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
  };
};

describe('the fake GitHub API', () => {
  it('refuses a token without the permission an endpoint needs, as GitHub does', async () => {
    const none = api.token(grantFor({ contents: 'read' }));
    const reader = api.token(grantFor({ actions: 'read' }));
    expect((await fetchJson('/repos/octo-org/pipekit-test/actions/runs')).status).toBe(401);
    const refused = await fetchJson('/repos/octo-org/pipekit-test/actions/runs', none);
    expect(refused.status).toBe(403);
    expect(refused.json?.message).toBe('Resource not accessible by integration');
    expect((await fetchJson('/repos/octo-org/pipekit-test/actions/runs', reader)).status).toBe(200);
    // A GITHUB_TOKEN reaches its own repository only.
    expect((await fetchJson('/repos/octo-org/other/actions/runs', reader)).status).toBe(404);
    // A fork's pull request gets read at most.
    expect(
      grantFor({ 'pull-requests': 'write' }, { fork: true }).permissions['pull-requests'],
    ).toBe('read');
  });

  it('lists the pull requests of a merged commit for a merge, a squash and a rebase alike', async () => {
    const { state } = api;
    state.addPull({
      number: 7,
      head: { ref: 'feature', sha: 'a'.repeat(40), repo: 'octo-org/pipekit-test' },
      state: 'closed',
      merged_at: new Date().toISOString(),
      merge_commit_sha: 'b'.repeat(40),
      commits: ['a'.repeat(40)],
    });
    const token = api.token(grantFor({ contents: 'read', 'pull-requests': 'read' }));
    const pulls = await fetchJson(
      `/repos/octo-org/pipekit-test/commits/${'b'.repeat(40)}/pulls`,
      token,
    );
    expect(pulls.status).toBe(200);
    expect((pulls.json as unknown as { number: number; head: { sha: string } }[])[0]).toMatchObject(
      {
        number: 7,
        head: { sha: 'a'.repeat(40) },
      },
    );
    const pull = await fetchJson('/repos/octo-org/pipekit-test/pulls/7', token);
    expect(pull.json).toMatchObject({ merged: true, merge_commit_sha: 'b'.repeat(40) });
  });

  it('takes an upload of @actions/artifact and hands it to another run through the REST API', async () => {
    const run = api.state.addRun({
      event: 'pull_request',
      head_sha: 'c'.repeat(40),
      conclusion: 'success',
    });
    process.env.ACTIONS_RUNTIME_TOKEN = cache.token({
      scope: 'refs/pull/7/merge',
      results: { run: run.backendId, job: 'job-1' },
    });
    mkdirSync(join(dir, 'out'), { recursive: true });
    writeFileSync(join(dir, 'out', 'model.bin'), 'weights');
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const uploaded = await client.uploadArtifact(
      'train',
      [join(dir, 'out', 'model.bin')],
      join(dir, 'out'),
      {
        retentionDays: 7,
      },
    );
    expect(uploaded.id).toBeGreaterThan(0);

    const token = api.token(grantFor({ actions: 'read' }));
    const listed = await fetchJson(
      `/repos/octo-org/pipekit-test/actions/runs/${run.id}/artifacts`,
      token,
    );
    expect(listed.json).toMatchObject({
      total_count: 1,
      artifacts: [{ name: 'train', expired: false }],
    });
    const findBy = {
      token,
      workflowRunId: run.id,
      repositoryOwner: 'octo-org',
      repositoryName: 'pipekit-test',
    };
    const target = join(dir, 'down');
    await client.downloadArtifact(uploaded.id!, { path: target, findBy });
    expect(readFileSync(join(target, 'model.bin'), 'utf8')).toBe('weights');

    const artifact = api.state.artifactById(uploaded.id!)!.artifact;
    artifact.expired = true;
    const gone = await fetchJson(
      `/repos/octo-org/pipekit-test/actions/artifacts/${artifact.id}/zip`,
      token,
    );
    expect(gone.status).toBe(410);
    expect(api.calls.map((c) => c.route)).toContain(
      'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    );
  });
});
