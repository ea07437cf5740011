import type { CacheServer, TwirpService } from './cache-server.js';
import { resultsIdsOf } from './cache-server-token.js';
import { artifactBlobUrl } from './github-api-actions.js';
import type { GitHubApi } from './github-api.js';
import { sha256Digest } from './github-api-state.js';

export const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService';

/** A Twirp error body, as the client reads it (`msg`). */
const fail = (status: number, code: string, msg: string) => ({ status, body: { code, msg } });

/**
 * The results service's ArtifactService (what `@actions/artifact` v2 and later speak with
 * ACTIONS_RUNTIME_TOKEN): CreateArtifact (a signed upload URL), FinalizeArtifact,
 * ListArtifacts and GetSignedArtifactURL, over the runs and artifacts of the fake GitHub.
 * The run is the one whose backend id the token's `scp` claim names, and the request must
 * name the same: a job uploads to its own run only. Served on the cache server's origin,
 * since both services share ACTIONS_RESULTS_URL; blobs live on the fake GitHub's origin.
 */
export function serveArtifacts(cache: CacheServer, api: GitHubApi): void {
  cache.serve(ARTIFACT_SERVICE, artifactService(api));
}

function artifactService(api: GitHubApi): TwirpService {
  return ({ method, json, authorization }) => {
    const ids = resultsIdsOf(authorization);
    if (!ids) return fail(401, 'unauthenticated', 'token has no Actions.Results scope');
    // Uploads name the token's own job; lookups may name another job of the same run.
    const upload = method === 'CreateArtifact' || method === 'FinalizeArtifact';
    if (
      json.workflow_run_backend_id !== ids.run ||
      (upload && json.workflow_job_run_backend_id !== ids.job)
    ) {
      return fail(403, 'permission_denied', 'the request names another run or job than the token');
    }
    const found = api.state.runOfBackendId(ids.run);
    if (!found) return fail(404, 'not_found', 'no such workflow run');
    const { repo, run } = found;
    const name = typeof json.name === 'string' ? json.name : '';
    const ofRun = repo.artifacts.filter((a) => a.runId === run.id);
    switch (method) {
      case 'CreateArtifact': {
        if (!name) return fail(400, 'invalid_argument', 'name is required');
        if (ofRun.some((a) => a.name === name && a.finalized)) {
          return fail(
            409,
            'already_exists',
            'an artifact with this name already exists on the workflow run',
          );
        }
        const expiresAt = typeof json.expires_at === 'string' ? Date.parse(json.expires_at) : NaN;
        const days = Number.isNaN(expiresAt) ? 90 : (expiresAt - Date.now()) / 86_400_000;
        const artifact = api.state.createArtifact(run, name, days, repo, ids.job);
        return {
          status: 200,
          body: { ok: true, signed_upload_url: artifactBlobUrl(api.url, artifact) },
        };
      }
      case 'FinalizeArtifact': {
        const artifact = ofRun.filter((a) => a.name === name && !a.finalized).pop();
        if (!artifact?.blob) return fail(404, 'not_found', 'no upload of this artifact');
        if (String(artifact.blob.length) !== String(json.size)) {
          return fail(400, 'invalid_argument', 'size does not match the upload');
        }
        if (typeof json.hash === 'string' && json.hash !== sha256Digest(artifact.blob)) {
          return fail(400, 'invalid_argument', 'hash does not match the upload');
        }
        artifact.finalized = true;
        return { status: 200, body: { ok: true, artifact_id: String(artifact.id) } };
      }
      case 'ListArtifacts': {
        const nameFilter = typeof json.name_filter === 'string' ? json.name_filter : undefined;
        const idFilter = json.id_filter === undefined ? undefined : String(json.id_filter);
        const listed = ofRun
          .filter((a) => a.finalized && !a.expired)
          .filter((a) => nameFilter === undefined || a.name === nameFilter)
          .filter((a) => idFilter === undefined || String(a.id) === idFilter);
        return {
          status: 200,
          body: {
            artifacts: listed.map((a) => ({
              workflow_run_backend_id: run.backendId,
              workflow_job_run_backend_id: a.jobBackendId,
              database_id: String(a.id),
              name: a.name,
              size: String(a.blob?.length ?? 0),
              created_at: a.created_at,
              digest: sha256Digest(a.blob!),
            })),
          },
        };
      }
      case 'GetSignedArtifactURL': {
        const artifact = ofRun.find((a) => a.name === name && a.finalized && !a.expired);
        if (!artifact) return fail(404, 'not_found', 'no such artifact');
        return { status: 200, body: { signed_url: artifactBlobUrl(api.url, artifact) } };
      }
      default:
        return fail(404, 'bad_route', `no method ${method}`);
    }
  };
}
