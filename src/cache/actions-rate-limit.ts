import { setTimeout as sleep } from 'node:timers/promises';

/** What the Actions store waits with; tests pass one whose waits pass at once. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = { now: () => Date.now(), sleep: (ms) => sleep(ms) };

// The service answers 429 past 200 uploads a minute per repository, with Retry-After, and the
// client does not retry. A wait of up to a minute is cheaper than running a step again; a
// service that asks for longer, or rate-limits again, is left alone for the rest of the job.
const MAX_WAIT_MS = 60_000;
// v1 (GHES) does not show the header, and the service may not send it.
const DEFAULT_WAIT_MS = 5_000;
const MAX_TOTAL_MS = 2 * MAX_WAIT_MS;

/** After a 429: wait (said in `line`, when this is a new wait) and try once more, or stop. */
type Verdict = { waitMs: number; line?: string } | { off: string };

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
const LIMITED = 'the cache service is rate-limiting this repository (429)';

/**
 * The waits a job's calls take after a 429: one at a time, shared by every call in flight
 * when the 429 came (their own 429s are the same news), at most a minute each and two in
 * all. A call is tried again once; a second 429 for it ends the waiting.
 */
export class RateLimitWaits {
  private until = 0;
  private last = 0;
  private spent = 0;

  constructor(private readonly clock: Clock) {}

  /** Resolves once no wait is on. */
  async over(): Promise<void> {
    for (let left = this.left(); left > 0; left = this.left()) await this.clock.sleep(left);
  }

  /** For a call made at `startedAt` that met a 429 with this Retry-After. */
  decide(startedAt: number, retryAfter: string | undefined, retried: boolean): Verdict {
    if (retried) return { off: `${LIMITED}, still after waiting ${seconds(this.last)}` };
    // Sent before the current wait ended: the 429 that started it, heard again.
    if (startedAt < this.until) return { waitMs: this.left() };
    const asked = retryAfterMs(retryAfter, this.clock.now());
    if (asked !== undefined && asked > MAX_WAIT_MS) {
      return {
        off: `${LIMITED} for ${seconds(asked)}, longer than pipekit waits (${seconds(MAX_WAIT_MS)})`,
      };
    }
    const waitMs = Math.max(asked ?? DEFAULT_WAIT_MS, 1_000);
    if (this.spent + waitMs > MAX_TOTAL_MS) {
      return { off: `${LIMITED}, again after waiting ${seconds(this.spent)} in all` };
    }
    this.spent += waitMs;
    this.last = waitMs;
    this.until = this.clock.now() + waitMs;
    const why =
      asked === undefined
        ? `${seconds(waitMs)} (the service gave no Retry-After)`
        : `${seconds(waitMs)}, as the service asks (Retry-After)`;
    return {
      waitMs,
      line: `GitHub Actions cache: rate-limited (429); waiting ${why}, then trying once more`,
    };
  }

  private left(): number {
    return this.until - this.clock.now();
  }
}

/** Retry-After in ms from `now`: delay-seconds or an HTTP date (RFC 9110). */
function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(at - now, 0);
}
