import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  blobUrl,
  entryOfBlobUrl,
  handleDownload,
  handleUpload,
  sendBlobError,
} from './cache-server-blob.js';
import {
  FaultList,
  twirpCode,
  type CallMethod,
  type Fault,
  type TwirpMethod,
} from './cache-server-faults.js';
import { CacheState, type Caller } from './cache-server-state.js';
import { callerOf, mintToken, type TokenOptions } from './cache-server-token.js';
import { sendV1, v1Call, v1Request } from './cache-server-v1.js';

export type { CallMethod, Fault } from './cache-server-faults.js';
export type { TokenOptions } from './cache-server-token.js';

/** v2: github.com's Twirp service. v1: the REST service GHES (and act) run. */
export type CacheProtocol = 'v1' | 'v2';

export interface CacheServerOptions {
  /** Latency added to every call, twirp and blob (for the plan-latency bench). */
  latencyMs?: number;
  /** The protocol it answers; calls of the other one get a 404. Default v2. */
  protocol?: CacheProtocol;
}

export interface CallRecord {
  /** Under v1, the name of the v2 call it stands for (see cache-server-v1.ts). */
  method: CallMethod;
  /** The request's key (twirp) or the blob's entry key. */
  key: string | undefined;
  /** The request's version (twirp) or the blob's entry version. */
  version: string | undefined;
  status: number;
  /** The caller's write scope, when its token was readable. */
  scope: string | undefined;
}

export interface EntryInfo {
  id: number;
  key: string;
  version: string;
  scope: string;
  finalized: boolean;
  size: number | undefined;
}

/** Another job's upload of an entry, caught in flight. */
export interface HeldEntry {
  /** The upload finishes: the entry becomes readable. */
  release(): void;
  /** The job dies: the reservation expires and the entry is gone. */
  abandon(): void;
}

/** Another Twirp service of the results service (artifacts), answering with a status and JSON. */
export type TwirpService = (call: {
  method: string;
  json: Json;
  authorization: string | undefined;
}) => { status: number; body: Json } | Promise<{ status: number; body: Json }>;

export interface CacheServer {
  /** Base URL for ACTIONS_RESULTS_URL (its path is ignored by the client), or v1's ACTIONS_CACHE_URL. */
  readonly url: string;
  readonly protocol: CacheProtocol;
  readonly calls: CallRecord[];
  /** Requests being handled now, and the most at once so far (to check bounded concurrency). */
  readonly load: { inFlight: number; max: number };
  /** A runtime token for one simulated run: where it writes and what it may read. */
  token(options?: TokenOptions): string;
  inject(fault: Fault): void;
  clearFaults(): void;
  entries(): EntryInfo[];
  /** The stored archive of the newest entry with this key. */
  blob(key: string): Buffer | undefined;
  /** Replaces a stored archive, as storage gone bad (or a bug) would. */
  setBlob(key: string, bytes: Buffer): void;
  /**
   * Takes the newest entry with this key back to reserved and uploading, as if the job that
   * saved it had not finished yet: a CreateCacheEntry for it gets the 409 of an upload in
   * flight, and lookups miss it, until it is released (or never, once abandoned).
   */
  hold(key: string): HeldEntry;
  /**
   * A run that was cancelled after reserving: from now on the first reservation of a key
   * matching `pattern` finds it reserved (a 409, whatever its version or scope), and it stays
   * reserved and unreadable, as the service keeps such a reservation for up to a day.
   */
  strand(pattern: string | RegExp): void;
  /** Removes the finished entries with this key, as least-recently-used eviction does. */
  evict(key: string): void;
  /** Changes the latency added to every call from now on. */
  setLatency(ms: number): void;
  /** Answers `/twirp/<service>/<method>` with this handler: the results service's other services. */
  serve(service: string, handler: TwirpService): void;
  /** Adds a finalized entry directly, as another tool or an earlier run would have. */
  seed(entry: { key: string; version: string; blob: Buffer; scope?: string }): void;
  close(): Promise<void>;
}

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';

type Json = Record<string, unknown>;

interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  body: Buffer;
}

/** Speaks the cache service v2 protocol on 127.0.0.1, in memory, for the real client. */
export async function startCacheServer(options: CacheServerOptions = {}): Promise<CacheServer> {
  const state = new CacheState();
  const faults = new FaultList();
  const calls: CallRecord[] = [];
  const load = { inFlight: 0, max: 0 };
  const protocol = options.protocol ?? 'v2';
  let latencyMs = options.latencyMs ?? 0;
  let origin = '';
  const newest = (key: string) =>
    state.entries.filter((e) => e.key === key).sort((a, b) => b.seq - a.seq)[0];

  const services = new Map<string, TwirpService>();

  async function handle({ req, res, url, body }: Exchange): Promise<void> {
    const other = /^\/twirp\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    const service = other ? services.get(other[1]!) : undefined;
    if (other && service) {
      const json = parseJson(body);
      if (!json) return sendTwirp(res, 400, { code: 'malformed', msg: 'body is not JSON' });
      const answer = await service({
        method: other[2]!,
        json,
        authorization: req.headers.authorization,
      });
      return sendTwirp(res, answer.status, answer.body);
    }
    const twirp = url.pathname.startsWith(SERVICE);
    // A blob's bytes are not parsed: only the calls of either protocol carry JSON.
    const json = twirp || url.pathname.includes('/_apis/') ? parseJson(body) : undefined;
    const v1 = twirp ? undefined : v1Request(req.method ?? 'GET', url, json, state);
    const entry = twirp || v1 ? undefined : entryOfBlobUrl(state, url);
    const field = (name: string) => (typeof json?.[name] === 'string' ? json[name] : undefined);
    const method: CallMethod = twirp
      ? (url.pathname.slice(SERVICE.length) as TwirpMethod)
      : (v1?.method ?? (req.method === 'PUT' ? 'upload' : 'download'));
    const key = twirp ? field('key') : v1 ? v1.key : entry?.key;
    const version = twirp ? field('version') : v1 ? v1.version : entry?.version;
    const isService = twirp || v1 !== undefined;
    const caller = isService ? callerOf(req.headers.authorization) : undefined;
    // 'close' also comes for a download cut short on purpose, which never finishes.
    res.on('close', () =>
      calls.push({ method, key, version, status: res.statusCode, scope: caller?.writeScope }),
    );

    if ((twirp && protocol !== 'v2') || (v1 && protocol !== 'v1')) {
      return sendV1(res, 404, { message: `this server speaks cache protocol ${protocol}` });
    }
    if (latencyMs > 0) await sleep(latencyMs);
    const fault = faults.take(method, key);
    if (fault?.delayMs) await sleep(fault.delayMs);
    if (fault?.status !== undefined)
      return sendFault(res, fault, twirp ? 'twirp' : v1 ? 'v1' : 'blob');

    if (v1) {
      if (!caller) return sendV1(res, 401, { message: 'bad runtime token' });
      const contentRange = req.headers['content-range'];
      return v1Call({ res, request: v1, url, body, caller, state, origin, contentRange });
    }
    if (!twirp) {
      if (method === 'upload') return handleUpload(res, entry, url, body);
      return handleDownload(res, entry, fault, req.method === 'HEAD');
    }
    if (!caller) return sendTwirp(res, 401, { code: 'unauthenticated', msg: 'bad runtime token' });
    if (!json) return sendTwirp(res, 400, { code: 'malformed', msg: 'body is not JSON' });
    return twirpCall(res, method, json, caller);
  }

  function twirpCall(res: ServerResponse, method: CallMethod, json: Json, caller: Caller): void {
    const key = String(json.key ?? '');
    const version = String(json.version ?? '');
    if (!key || !version) {
      return sendTwirp(res, 400, { code: 'invalid_argument', msg: 'key and version are required' });
    }
    switch (method) {
      case 'CreateCacheEntry': {
        const created = state.create(caller, key, version);
        // The client turns `ok: false` with this prefix into a CacheWriteDeniedError.
        if (created === 'denied') {
          return sendTwirp(res, 200, { ok: false, message: 'cache write denied: read-only token' });
        }
        if (created === 'exists') {
          return sendTwirp(res, 409, {
            code: 'already_exists',
            msg: 'cache entry with the same key, version, and scope already exists',
          });
        }
        return sendTwirp(res, 200, { ok: true, signed_upload_url: blobUrl(origin, created, 'cw') });
      }
      case 'FinalizeCacheEntryUpload': {
        const done = state.finalize(caller, key, version, Number(json.size_bytes ?? 0));
        if (done === 'not_found') {
          return sendTwirp(res, 404, { code: 'not_found', msg: 'no upload in progress' });
        }
        if (done === 'size_mismatch') {
          return sendTwirp(res, 400, { code: 'invalid_argument', msg: 'size does not match' });
        }
        // int64 fields travel as JSON strings.
        return sendTwirp(res, 200, { ok: true, entry_id: String(done.id) });
      }
      case 'GetCacheEntryDownloadURL': {
        if (caller.readScopes.length === 0) {
          const msg = 'cache read denied: token has no readable cache scopes';
          return sendTwirp(res, 403, { code: 'permission_denied', msg });
        }
        const restoreKeys = Array.isArray(json.restore_keys) ? json.restore_keys.map(String) : [];
        const hit = state.match(caller, key, restoreKeys, version);
        if (!hit) return sendTwirp(res, 200, { ok: false });
        return sendTwirp(res, 200, {
          ok: true,
          signed_download_url: blobUrl(origin, hit, 'r'),
          matched_key: hit.key,
        });
      }
      default:
        return sendTwirp(res, 404, { code: 'bad_route', msg: `no method ${method}` });
    }
  }

  const server = createServer((req, res) => {
    load.max = Math.max(load.max, ++load.inFlight);
    res.on('close', () => load.inFlight--);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', origin);
      handle({ req, res, url, body: Buffer.concat(chunks) }).catch((error: unknown) => {
        if (!res.headersSent) sendTwirp(res, 500, { code: 'internal', msg: String(error) });
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: `${origin}/`,
    protocol,
    calls,
    load,
    token: mintToken,
    inject: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    entries: () =>
      state.entries.map((e) => ({
        id: e.id,
        key: e.key,
        version: e.version,
        scope: e.scope,
        finalized: e.finalized,
        size: e.blob?.length,
      })),
    blob: (key) => newest(key)?.blob,
    setBlob: (key, bytes) => {
      const entry = newest(key);
      if (!entry) throw new Error(`no entry ${key}`);
      entry.blob = bytes;
    },
    hold: (key) => {
      const entry = newest(key);
      if (!entry?.finalized) throw new Error(`no finalized entry ${key}`);
      state.hold(entry);
      return { release: () => state.release(entry), abandon: () => state.drop(entry) };
    },
    strand: (pattern) => state.strand(pattern),
    evict: (key) => {
      if (state.evict(key) === 0) throw new Error(`no finished entry ${key}`);
    },
    setLatency: (ms) => void (latencyMs = ms),
    serve: (name, handler) => void services.set(name, handler),
    seed: ({ key, version, blob, scope = 'refs/heads/main' }) => {
      const created = state.create({ writeScope: scope, readScopes: [] }, key, version);
      if (typeof created === 'string') throw new Error(`cannot seed ${key}: ${created}`);
      created.blob = blob;
      state.finalize({ writeScope: scope, readScopes: [] }, key, version, blob.length);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}

/** A URL nothing listens on: the port of a server that was just closed. */
export async function unreachableUrl(): Promise<string> {
  const server = await startCacheServer();
  await server.close();
  return server.url;
}

function parseJson(body: Buffer): Json | undefined {
  try {
    const value: unknown = JSON.parse(body.toString('utf8') || '{}');
    return value !== null && typeof value === 'object' ? (value as Json) : undefined;
  } catch {
    return undefined;
  }
}

// Every answer, errors included, is JSON: the client parses error bodies too and retries a
// body that is not JSON as if the service were down.
function sendTwirp(res: ServerResponse, status: number, body: Json): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function sendFault(res: ServerResponse, fault: Fault, route: 'twirp' | 'v1' | 'blob'): void {
  const status = fault.status!;
  for (const [name, value] of Object.entries(fault.headers ?? {})) res.setHeader(name, value);
  if (fault.body === undefined) {
    if (route === 'twirp') {
      return sendTwirp(res, status, { code: twirpCode(status), msg: 'injected fault' });
    }
    if (route === 'v1') return sendV1(res, status, { message: 'injected fault' });
    return sendBlobError(res, status, 'InjectedFault');
  }
  const text = typeof fault.body === 'string' ? fault.body : JSON.stringify(fault.body);
  res.writeHead(status, { 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
