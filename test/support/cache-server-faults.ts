export type TwirpMethod =
  'CreateCacheEntry' | 'FinalizeCacheEntryUpload' | 'GetCacheEntryDownloadURL';
/** Twirp methods plus the two blob operations behind the signed URLs. */
export type CallMethod = TwirpMethod | 'upload' | 'download';

/** How a download goes wrong. */
export type Damage =
  /** Content-Length of the whole blob, half of it sent, then the connection dropped. */
  | 'truncate'
  /** A consistent but cut body: Content-Length says half, half is sent. */
  | 'cut'
  /** Every byte sent, some of them flipped. */
  | 'corrupt';

export interface Fault {
  method: CallMethod | '*';
  /** Only calls about this cache key (a twirp request's key, a blob's entry key). */
  key?: string | RegExp;
  /** Answer with this status instead of handling the call. */
  status?: number;
  /** The answer's body: a string is sent as is, anything else as JSON. Default: a twirp error. */
  body?: unknown;
  headers?: Record<string, string>;
  /** How many calls it applies to; default 1, `Infinity` for all. */
  times?: number;
  /** Added latency before the call is handled (or answered with `status`). */
  delayMs?: number;
  /** Downloads only. */
  damage?: Damage;
}

export class FaultList {
  private faults: Array<Fault & { left: number }> = [];

  add(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  clear(): void {
    this.faults = [];
  }

  /** The first fault for this call, used up by one. */
  take(method: CallMethod, key: string | undefined): Fault | undefined {
    const fault = this.faults.find(
      (f) =>
        f.left > 0 &&
        (f.method === '*' || f.method === method) &&
        (f.key === undefined ||
          (key !== undefined && (typeof f.key === 'string' ? f.key === key : f.key.test(key)))),
    );
    if (fault) fault.left -= 1;
    return fault;
  }
}

const TWIRP_CODES: Record<number, string> = {
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  409: 'already_exists',
  429: 'resource_exhausted',
  500: 'internal',
  503: 'unavailable',
};

export const twirpCode = (status: number): string => TWIRP_CODES[status] ?? 'unknown';

/** Flips a few bytes in the middle, where an archive's compressed payload is. */
export function corrupt(blob: Buffer): Buffer {
  const copy = Buffer.from(blob);
  const middle = Math.floor(copy.length / 2);
  for (let i = middle; i < Math.min(copy.length, middle + 8); i++) copy[i] = copy[i]! ^ 0xff;
  return copy;
}
