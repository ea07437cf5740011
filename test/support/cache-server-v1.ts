import type { ServerResponse } from 'node:http';
import { blobUrl } from './cache-server-blob.js';
import type { CallMethod } from './cache-server-faults.js';
import type { CacheEntry, CacheState, Caller } from './cache-server-state.js';

/**
 * The cache service's protocol v1, as GHES (and act) speak it and as the client's
 * `internal/cacheHttpClient.js` calls it: REST under `<ACTIONS_CACHE_URL>_apis/artifactcache/`.
 * Its calls are recorded and faulted under the names of their v2 counterparts.
 *
 * | call                                    | answer                                             |
 * | --------------------------------------- | -------------------------------------------------- |
 * | `GET cache?keys=k1,k2&version=v`         | 200 `{cacheKey, scope, archiveLocation, ...}`, 204 a miss |
 * | `POST caches {key, version, cacheSize}`  | 201 `{cacheId}`; 409 with GHES's "Cache already exists" message |
 * | `PATCH caches/<id>` with `Content-Range` | 204, one chunk (32 MiB by default, several in parallel) |
 * | `POST caches/<id> {size}`                | 204 once every byte is there                       |
 *
 * Errors are JSON `{message}`: the client's HttpClient takes `message` as the error's text
 * and drops the status code, which is why a conflict shows in the client's log only as the
 * server's sentence.
 */
const V1_PATH = /\/_apis\/artifactcache\/(cache|caches)(?:\/(\d+))?$/;

export interface V1Request {
  method: CallMethod;
  key: string | undefined;
  version: string | undefined;
  /** The entry an upload or commit names by id. */
  entry: CacheEntry | undefined;
  json: Record<string, unknown> | undefined;
}

/** The v1 call a request is, or undefined when it is not one. */
export function v1Request(
  httpMethod: string,
  url: URL,
  json: Record<string, unknown> | undefined,
  state: CacheState,
): V1Request | undefined {
  const match = V1_PATH.exec(url.pathname);
  if (!match) return undefined;
  const [, resource, id] = match;
  const entry = id === undefined ? undefined : state.byId(Number(id));
  const field = (name: string) => (typeof json?.[name] === 'string' ? json[name] : undefined);
  if (resource === 'cache' && httpMethod === 'GET') {
    const keys = url.searchParams.get('keys') ?? '';
    const version = url.searchParams.get('version') ?? undefined;
    return { method: 'GetCacheEntryDownloadURL', key: keys.split(',')[0], version, entry, json };
  }
  if (resource !== 'caches') return undefined;
  if (id === undefined && httpMethod === 'POST') {
    return {
      method: 'CreateCacheEntry',
      key: field('key'),
      version: field('version'),
      entry,
      json,
    };
  }
  const named = { key: entry?.key, version: entry?.version, entry, json };
  if (id !== undefined && httpMethod === 'PATCH') return { method: 'upload', ...named };
  if (id !== undefined && httpMethod === 'POST') {
    return { method: 'FinalizeCacheEntryUpload', ...named };
  }
  return undefined;
}

export function sendV1(res: ServerResponse, status: number, body?: Record<string, unknown>): void {
  if (body === undefined) {
    res.writeHead(status, { 'content-length': 0 });
    return void res.end();
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** GHES's answer to a second reservation of a key, finished or not. */
const alreadyExists = (caller: Caller, key: string, version: string) => ({
  $id: '1',
  innerException: null,
  message: `Cache already exists. Scope: ${caller.writeScope}, Key: ${key}, Version: ${version}`,
  typeName: 'Microsoft.Azure.DevOps.PipelineCache.WebApi.ArtifactCacheAlreadyExistsException',
  typeKey: 'ArtifactCacheAlreadyExistsException',
  errorCode: 0,
  eventId: 3000,
});

export interface V1Context {
  res: ServerResponse;
  request: V1Request;
  url: URL;
  body: Buffer;
  caller: Caller;
  state: CacheState;
  origin: string;
  contentRange: string | undefined;
}

export function v1Call(context: V1Context): void {
  const { res, request, url, body, caller, state, origin, contentRange } = context;
  const { method, key, version, entry, json } = request;
  switch (method) {
    case 'GetCacheEntryDownloadURL': {
      if (!key || !version) return sendV1(res, 400, { message: 'keys and version are required' });
      if (caller.readScopes.length === 0) {
        return sendV1(res, 403, { message: 'cache read denied: token has no readable scopes' });
      }
      const keys = (url.searchParams.get('keys') ?? '').split(',');
      const hit = state.match(caller, key, keys.slice(1), version);
      if (!hit) return sendV1(res, 204);
      return sendV1(res, 200, {
        cacheKey: hit.key,
        scope: hit.scope,
        cacheVersion: hit.version,
        creationTime: new Date().toISOString(),
        archiveLocation: blobUrl(origin, hit, 'r'),
      });
    }
    case 'CreateCacheEntry': {
      if (!key || !version) return sendV1(res, 400, { message: 'key and version are required' });
      const created = state.create(caller, key, version);
      if (created === 'denied') {
        return sendV1(res, 403, { message: 'cache write denied: read-only token' });
      }
      if (created === 'exists') return sendV1(res, 409, alreadyExists(caller, key, version));
      return sendV1(res, 201, { cacheId: created.id });
    }
    case 'upload': {
      if (!entry || entry.finalized || entry.scope !== caller.writeScope) {
        return sendV1(res, 404, { message: 'no reservation with this id' });
      }
      const range = /^bytes (\d+)-(\d+)\/\*$/.exec(contentRange ?? '');
      if (!range || Number(range[2]) - Number(range[1]) + 1 !== body.length) {
        return sendV1(res, 400, { message: `bad Content-Range: ${contentRange}` });
      }
      // Chunks come in parallel and in any order: kept by offset until the commit.
      entry.blocks.set(range[1]!, body);
      return sendV1(res, 204);
    }
    case 'FinalizeCacheEntryUpload': {
      if (!entry || entry.finalized || entry.scope !== caller.writeScope) {
        return sendV1(res, 404, { message: 'no reservation with this id' });
      }
      const chunks = [...entry.blocks].sort((a, b) => Number(a[0]) - Number(b[0]));
      entry.blob = Buffer.concat(chunks.map(([, chunk]) => chunk));
      entry.blocks.clear();
      const done = state.finalize(caller, entry.key, entry.version, Number(json?.size));
      if (typeof done === 'string') return sendV1(res, 400, { message: `cannot commit: ${done}` });
      return sendV1(res, 204);
    }
    default:
      return sendV1(res, 404, { message: `no route for ${method}` });
  }
}
