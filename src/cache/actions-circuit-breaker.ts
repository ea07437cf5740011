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

/**
 * A circuit breaker for the cache service: whether it may still be called this run. The first
 * 429, 5xx or connection failure trips it for good (a slow, full or rate-limited cache must
 * never cost more than a warning: docs/architecture.md, "The cache is an optimisation"), and
 * that is said once; later failures are then silent.
 */
export class CircuitBreaker {
  private off: string | undefined;
  private announced = false;
  private checked = false;

  constructor(
    private readonly warn: Warn,
    private readonly sink: LineSink,
    /** Settings without which every call would fail the same way; checked on first use. */
    private readonly environmentProblem: () => string | undefined,
  ) {}

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

  /** One client call with its log read back; skipped once the breaker has tripped. */
  async call<T>(fn: () => Promise<T>): Promise<ClientCall<T>> {
    // Checked per call, not per store method: a save is two uploads.
    if (this.off) return { error: new Error(this.off), report: emptyReport() };
    const call = await tapClientLog(fn, this.sink, (report) => {
      // Closed while the client is still retrying, so queued calls do not start.
      this.off ??= fatalReason(report);
    });
    if (this.off && !this.announced) {
      const detail = call.report.problems.length > 0 ? describeFailure(call) : undefined;
      this.announce(detail ? `${this.off}: ${detail}` : this.off);
    }
    return call;
  }

  /** Warns about a failure, unless the breaker has tripped (which was announced once). */
  trouble(what: string, cause: unknown): void {
    if (this.off) return;
    this.warn(`${what}: ${describeFailure(cause)}; running the step`);
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
