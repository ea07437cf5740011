import type { ServerResponse } from 'node:http';
import type { CacheEntry, CacheState } from './cache-server-state.js';
import { corrupt, type Fault } from './cache-server-faults.js';

// The Azure SDK insists on `/<account>/<container>/<blob>` when the host is an IP address.
const ACCOUNT = 'pipekit';
const CONTAINER = 'actions-cache';

export function blobUrl(origin: string, entry: CacheEntry, permissions: 'cw' | 'r'): string {
  const query = new URLSearchParams({ sv: '2025-01-05', sr: 'b', sp: permissions, sig: entry.sig });
  return `${origin}/${ACCOUNT}/${CONTAINER}/${entry.id}?${query.toString()}`;
}

/** The entry a blob URL points at, when its path and signature are right. */
export function entryOfBlobUrl(state: CacheState, url: URL): CacheEntry | undefined {
  const match = new RegExp(`^/${ACCOUNT}/${CONTAINER}/(\\d+)$`).exec(url.pathname);
  const entry = match ? state.byId(Number(match[1])) : undefined;
  return entry && url.searchParams.get('sig') === entry.sig ? entry : undefined;
}

export function sendBlobError(res: ServerResponse, status: number, code: string): void {
  const body = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`;
  res.writeHead(status, {
    'content-type': 'application/xml',
    'content-length': Buffer.byteLength(body),
    'x-ms-error-code': code,
  });
  res.end(body);
}

/** Put Blob, Put Block and Put Block List: the calls the Azure SDK's uploadFile makes. */
export function handleUpload(
  res: ServerResponse,
  entry: CacheEntry | undefined,
  url: URL,
  body: Buffer,
): void {
  if (!entry) return sendBlobError(res, 403, 'AuthenticationFailed');
  if (entry.finalized) return sendBlobError(res, 409, 'BlobImmutableDueToPolicy');
  const comp = url.searchParams.get('comp');
  if (comp === 'block') {
    const id = url.searchParams.get('blockid');
    if (!id) return sendBlobError(res, 400, 'InvalidQueryParameterValue');
    entry.blocks.set(id, body);
  } else if (comp === 'blocklist') {
    const ids = [...body.toString('utf8').matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\//g)];
    const blocks = ids.map((m) => entry.blocks.get(m[2]!));
    if (blocks.some((b) => b === undefined)) return sendBlobError(res, 400, 'InvalidBlockList');
    entry.blob = Buffer.concat(blocks as Buffer[]);
    entry.blocks.clear();
  } else if (comp === null) {
    entry.blob = body;
  } else {
    return sendBlobError(res, 400, 'UnsupportedQueryParameter');
  }
  // The SDK treats anything but 201 as a failed upload.
  res.writeHead(201, {
    etag: `"0x${entry.seq.toString(16)}"`,
    'last-modified': new Date().toUTCString(),
    'x-ms-request-server-encrypted': 'true',
    'content-length': 0,
  });
  res.end();
}

/**
 * The plain GET the client makes for any host but `*.blob.core.windows.net`: one request,
 * whose byte count it checks against Content-Length, and nothing else.
 */
export function handleDownload(
  res: ServerResponse,
  entry: CacheEntry | undefined,
  fault: Fault | undefined,
  head: boolean,
): void {
  if (!entry) return sendBlobError(res, 403, 'AuthenticationFailed');
  if (!entry.finalized || entry.blob === undefined) return sendBlobError(res, 404, 'BlobNotFound');
  const blob = entry.blob;
  const half = blob.subarray(0, Math.floor(blob.length / 2));
  const headers = (length: number) => ({
    'content-type': 'application/octet-stream',
    'content-length': length,
  });
  if (head) {
    res.writeHead(200, headers(blob.length));
    return void res.end();
  }
  switch (fault?.damage) {
    case 'truncate':
      res.writeHead(200, headers(blob.length));
      // Dropping the connection mid-body is what a reset looks like to the client.
      res.write(half, () => res.destroy());
      return;
    case 'cut':
      res.writeHead(200, headers(half.length));
      return void res.end(half);
    case 'corrupt':
      res.writeHead(200, headers(blob.length));
      return void res.end(corrupt(blob));
    default:
      res.writeHead(200, headers(blob.length));
      res.end(blob);
  }
}
