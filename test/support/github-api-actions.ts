import { createHash } from 'node:crypto';
import { message, page, type ApiResponse, type GitHubApi } from './github-api.js';
import type { ArtifactRecord, RepoState, WorkflowRunRecord } from './github-api-state.js';
import { sha256Digest } from './github-api-state.js';

// The Azure SDK insists on `/<account>/<container>/<blob>` when the host is an IP address.
const BLOB_PATH = '/pipekit/artifacts';

/** A workflow's id: GitHub's is a number; here one derived from its file. */
export function workflowId(path: string): number {
  return createHash('sha256').update(path).digest().readUInt32BE(0);
}

/** The signed URL of an artifact's zip in blob storage (upload and download alike). */
export function artifactBlobUrl(origin: string, artifact: ArtifactRecord): string {
  const query = new URLSearchParams({ sv: '2025-01-05', sr: 'b', sp: 'rcw', sig: artifact.sig });
  return `${origin}${BLOB_PATH}/${artifact.id}?${query.toString()}`;
}

function runJson(run: WorkflowRunRecord, repo: RepoState, origin: string) {
  const pulls = repo.pulls.filter((p) => run.pull_requests.includes(p.number));
  return {
    id: run.id,
    name: run.name,
    path: run.path,
    workflow_id: workflowId(run.path),
    head_branch: run.head_branch,
    head_sha: run.head_sha,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    run_attempt: run.run_attempt,
    run_number: run.id,
    created_at: run.created_at,
    updated_at: run.created_at,
    url: `${origin}/repos/${repo.fullName}/actions/runs/${run.id}`,
    html_url: `https://github.com/${repo.fullName}/actions/runs/${run.id}`,
    artifacts_url: `${origin}/repos/${repo.fullName}/actions/runs/${run.id}/artifacts`,
    pull_requests: pulls.map((p) => ({
      number: p.number,
      head: { ref: p.head.ref, sha: p.head.sha },
      base: { ref: p.base.ref, sha: p.base.sha },
    })),
    head_repository: { full_name: run.head_repository },
    repository: { full_name: repo.fullName },
  };
}

function artifactJson(artifact: ArtifactRecord, repo: RepoState, origin: string) {
  const run = repo.runs.find((r) => r.id === artifact.runId)!;
  const base = `${origin}/repos/${repo.fullName}/actions/artifacts/${artifact.id}`;
  return {
    id: artifact.id,
    node_id: `MDg6QXJ0aWZhY3Q${artifact.id}`,
    name: artifact.name,
    size_in_bytes: artifact.blob?.length ?? 0,
    url: base,
    archive_download_url: `${base}/zip`,
    expired: artifact.expired,
    created_at: artifact.created_at,
    updated_at: artifact.created_at,
    expires_at: artifact.expires_at,
    digest: artifact.blob ? sha256Digest(artifact.blob) : null,
    workflow_run: {
      id: run.id,
      head_branch: run.head_branch,
      head_sha: run.head_sha,
    },
  };
}

/** "status" takes a status or a conclusion ("List workflow runs for a repository"). */
function runsMatching(runs: readonly WorkflowRunRecord[], query: URLSearchParams) {
  const status = query.get('status');
  return runs
    .filter((r) => !query.get('head_sha') || r.head_sha === query.get('head_sha'))
    .filter((r) => !query.get('event') || r.event === query.get('event'))
    .filter((r) => !query.get('branch') || r.head_branch === query.get('branch'))
    .filter((r) => !status || r.status === status || r.conclusion === status)
    .sort((a, b) => b.id - a.id);
}

function runsList(
  runs: WorkflowRunRecord[],
  repo: RepoState,
  query: URLSearchParams,
  origin: string,
) {
  const matching = runsMatching(runs, query);
  return {
    status: 200,
    body: {
      total_count: matching.length,
      workflow_runs: page(matching, query).map((r) => runJson(r, repo, origin)),
    },
  };
}

/**
 * Workflow runs and artifacts, as the REST reference documents them: runs of a repository or
 * of one workflow (by id or file name) filtered by `head_sha`, `event`, `status`, `branch`;
 * a run's artifacts (expired ones listed, `expired: true`); an artifact's zip, a 302 to a
 * short-lived blob URL, or 410 once expired. All need `actions: read`. The blob storage the
 * results service signs URLs for lives here too.
 */
export function registerActionsRoutes(api: GitHubApi): void {
  const actionsRead = { needs: { actions: 'read' as const } };
  api.route(
    'GET',
    '/repos/{owner}/{repo}/actions/runs',
    ({ repo, query, origin }) => runsList(repo.runs, repo, query, origin),
    actionsRead,
  );
  api.route(
    'GET',
    '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
    ({ repo, params, query, origin }) => {
      const id = params.workflow_id!;
      const runs = repo.runs.filter(
        (r) => String(workflowId(r.path)) === id || r.path.split('/').pop() === id,
      );
      if (runs.length === 0 && !/^\d+$/.test(id)) return message(404, 'Not Found');
      return runsList(runs, repo, query, origin);
    },
    actionsRead,
  );
  api.route(
    'GET',
    '/repos/{owner}/{repo}/actions/runs/{run_id}',
    ({ repo, params, origin }) => {
      const run = repo.runs.find((r) => String(r.id) === params.run_id);
      return run ? { status: 200, body: runJson(run, repo, origin) } : message(404, 'Not Found');
    },
    actionsRead,
  );
  api.route(
    'GET',
    '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
    ({ repo, params, query, origin }) => {
      if (!repo.runs.some((r) => String(r.id) === params.run_id)) return message(404, 'Not Found');
      const name = query.get('name');
      const listed = repo.artifacts
        .filter((a) => String(a.runId) === params.run_id && a.finalized)
        .filter((a) => !name || a.name === name)
        .sort((a, b) => b.id - a.id);
      return {
        status: 200,
        body: {
          total_count: listed.length,
          artifacts: page(listed, query).map((a) => artifactJson(a, repo, origin)),
        },
      };
    },
    actionsRead,
  );
  api.route(
    'GET',
    '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}',
    ({ repo, params, origin }) => {
      const artifact = finished(repo, params.artifact_id!);
      return artifact
        ? { status: 200, body: artifactJson(artifact, repo, origin) }
        : message(404, 'Not Found');
    },
    actionsRead,
  );
  api.route(
    'GET',
    '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    ({ repo, params, origin }): ApiResponse => {
      const artifact = finished(repo, params.artifact_id!);
      if (!artifact || params.archive_format !== 'zip') return message(404, 'Not Found');
      if (artifact.expired) return message(410, 'Artifact has expired');
      return { status: 302, headers: { location: artifactBlobUrl(origin, artifact) } };
    },
    actionsRead,
  );
  api.route('PUT', `${BLOB_PATH}/{artifact_id}`, blobUpload(api), { auth: false });
  api.route(
    'GET',
    `${BLOB_PATH}/{artifact_id}`,
    ({ params, query }) => {
      const found = api.state.artifactById(Number(params.artifact_id));
      const artifact = found?.artifact;
      if (!artifact || query.get('sig') !== artifact.sig)
        return blobError(403, 'AuthenticationFailed');
      if (!artifact.finalized || !artifact.blob || artifact.expired)
        return blobError(404, 'BlobNotFound');
      return { status: 200, body: artifact.blob, headers: { 'content-type': 'application/zip' } };
    },
    { auth: false },
  );
}

function finished(repo: RepoState, id: string): ArtifactRecord | undefined {
  return repo.artifacts.find((a) => String(a.id) === id && a.finalized);
}

/** Put Blob, Put Block and Put Block List: what the Azure SDK's uploadStream sends. */
function blobUpload(api: GitHubApi) {
  return ({
    params,
    query,
    raw,
  }: {
    params: Record<string, string>;
    query: URLSearchParams;
    raw: Buffer;
  }): ApiResponse => {
    const artifact = api.state.artifactById(Number(params.artifact_id))?.artifact;
    if (!artifact || query.get('sig') !== artifact.sig)
      return blobError(403, 'AuthenticationFailed');
    if (artifact.finalized) return blobError(409, 'BlobImmutableDueToPolicy');
    const comp = query.get('comp');
    if (comp === 'block') {
      const id = query.get('blockid');
      if (!id) return blobError(400, 'InvalidQueryParameterValue');
      artifact.blocks.set(id, raw);
    } else if (comp === 'blocklist') {
      const ids = [...raw.toString('utf8').matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\//g)];
      const blocks = ids.map((m) => artifact.blocks.get(m[2]!));
      if (blocks.some((b) => b === undefined)) return blobError(400, 'InvalidBlockList');
      artifact.blob = Buffer.concat(blocks as Buffer[]);
      artifact.blocks.clear();
    } else if (comp === null) {
      artifact.blob = raw;
    } else {
      return blobError(400, 'UnsupportedQueryParameter');
    }
    // The SDK treats anything but 201 as a failed upload.
    return {
      status: 201,
      headers: {
        etag: `"0x${artifact.id.toString(16)}"`,
        'last-modified': new Date().toUTCString(),
        'x-ms-request-server-encrypted': 'true',
      },
    };
  };
}

function blobError(status: number, code: string): ApiResponse {
  const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`;
  return {
    status,
    body: Buffer.from(xml),
    headers: { 'content-type': 'application/xml', 'x-ms-error-code': code },
  };
}
