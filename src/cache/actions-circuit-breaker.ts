import * as cache from '@actions/cache';
import { realpathSync } from 'node:fs';
import type { Warn } from './store.js';
import {
  describeFailure,
  emptyReport,
  fatalReason,
  tapClientLog,
  type ClientCall,
  type LineSink,
} from './actions-log.js';
import { RateLimitWaits, type Clock } from './actions-rate-limit.js';

/**
 * A circuit breaker for the cache service: whether it may still be called this run. The first
 * 5xx or connection failure trips it for good (a slow, full or failing cache must never cost
 * more than a warning: docs/architecture.md, "The cache is an optimisation"), and that is
 * said once; later failures are then silent. A 429 holds every call for as long as the
 * service asks (within bounds) and retries the call once; past that it trips too.
 */
export class CircuitBreaker {
  private off: string | undefined;
  private announced = false;
  private checked = false;
  private readonly rateLimit: RateLimitWaits;

  constructor(
    private readonly warn: Warn,
    private readonly sink: LineSink,
    /** Settings without which every call would fail the same way; checked on first use. */
    private readonly environmentProblem: () => string | undefined,
    private readonly clock: Clock,
  ) {
    this.rateLimit = new RateLimitWaits(clock);
  }

  get reason(): string | undefined {
    return this.off;
  }

  allowsCalls(): boolean {
    if (!this.checked) {
      this.checked = true;
      const problem = this.environmentProblem();
      if (problem) {
        this.off = problem;
        this.announce(problem);
      }
    }
    return this.off === undefined;
  }

  /**
   * One client call with its log read back; skipped once the breaker has tripped. After a
   * 429 it waits and calls again, once.
   */
  async call<T>(fn: () => Promise<T>): Promise<ClientCall<T>> {
    for (let retried = false; ; retried = true) {
      await this.rateLimit.over();
      // Checked per call, not per store method: a save is two uploads.
      if (this.off) return { error: new Error(this.off), report: emptyReport() };
      const startedAt = this.clock.now();
      const call = await tapClientLog(fn, this.sink, (report) => {
        // Closed while the client is still retrying, so queued calls do not start.
        this.off ??= fatalReason(report);
      });
      if (!this.off && call.report.statuses.has(429)) {
        const verdict = this.rateLimit.decide(startedAt, call.report.retryAfter, retried);
        if (!('off' in verdict)) {
          if (verdict.line) this.warn(verdict.line);
          continue;
        }
        this.off = verdict.off;
        this.announce(verdict.off);
      }
      if (this.off && !this.announced) {
        const detail = call.report.problems.length > 0 ? describeFailure(call) : undefined;
        this.announce(detail ? `${this.off}: ${detail}` : this.off);
      }
      return call;
    }
  }

  /**
   * Warns about a failure, unless the breaker has tripped (which was announced once).
   * `consequence` ends the line; a failed save says none, its `what` says it all.
   */
  trouble(what: string, cause: unknown, consequence = 'running the step'): void {
    if (this.off) return;
    this.warn(`${what}: ${describeFailure(cause)}${consequence && `; ${consequence}`}`);
  }

  private announce(reason: string): void {
    this.announced = true;
    this.warn(`GitHub Actions cache off for the rest of this run: ${reason}`);
  }
}

/** Settings without which every call would fail the same way: checked once, no request made. */
export function environmentProblem(): string | undefined {
  if (!cache.isFeatureAvailable()) {
    return 'no cache service configured (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset)';
  }
  if (!process.env.ACTIONS_RUNTIME_TOKEN) {
    return 'no ACTIONS_RUNTIME_TOKEN (only JavaScript and container actions get one)';
  }
  const workspace = process.env.GITHUB_WORKSPACE;
  // The client archives relative to GITHUB_WORKSPACE but resolves paths against cwd.
  if (workspace && realOrSelf(workspace) !== realOrSelf(process.cwd())) {
    return `the working directory is not GITHUB_WORKSPACE (${workspace})`;
  }
  return undefined;
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
