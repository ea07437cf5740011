import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What one call of @actions/cache told us about the service. The client hides almost every
 * failure: restoreCache returns undefined and saveCache -1 whether the service said 409,
 * 429 or 503 or was unreachable. What it does not hide is its log, which @actions/core
 * writes to stdout as workflow commands (`::debug::[Response] - 429`, `Failed request:
 * (503)`, `Unable to make request: ECONNREFUSED`). So each call runs with stdout tapped,
 * attributed to that call through AsyncLocalStorage, and the lines are read back as data.
 */
interface ClientReport {
  /** HTTP statuses the client got from the service (twirp and blob). */
  statuses: Set<number>;
  /** A connection error code, when the service could not be reached. */
  network: string | undefined;
  /** The client's own account of a failure: its warnings, errors and "Failed to ..." lines. */
  problems: string[];
  /** A 429's Retry-After header as sent (seconds or an HTTP date); v2 logs it, v1 does not. */
  retryAfter: string | undefined;
  /** The size of the archive a save made, in bytes. */
  archiveBytes: number | undefined;
}

export interface ClientCall<T> {
  value?: T;
  error?: unknown;
  report: ClientReport;
}

export const emptyReport = (): ClientReport => ({
  statuses: new Set(),
  network: undefined,
  problems: [],
  retryAfter: undefined,
  archiveBytes: undefined,
});

/**
 * Why a report means the service should not be called again this run. A 429 is not such a
 * reason by itself: the service says when to come back (actions-rate-limit.ts).
 */
export function fatalReason(report: ClientReport): string | undefined {
  if (report.network) return `the cache service is unreachable (${report.network})`;
  const failure = [...report.statuses].find((status) => status >= 500);
  return failure ? `the cache service is failing (${failure})` : undefined;
}

/** The call threw, or the client complained, or the service failed or rate-limited it. */
export function failed(call: ClientCall<unknown>): boolean {
  return (
    call.error !== undefined ||
    call.report.problems.length > 0 ||
    call.report.statuses.has(429) ||
    fatalReason(call.report) !== undefined
  );
}

/** One line on what went wrong, for a warning. */
export function describeFailure(cause: unknown): string {
  if (typeof cause === 'string') return cause;
  if (cause instanceof Error) return cause.message;
  const call = cause as ClientCall<unknown>;
  // The client's "Failed to restore: ..." says most; its self-hosted-runner advice does not.
  const problems = call.report.problems;
  const problem = problems.find((p) => p.startsWith('Failed to')) ?? problems[0];
  if (problem) return problem.split('\n')[0]!;
  if (call.error !== undefined) return describeFailure(call.error);
  return fatalReason(call.report) ?? 'the cache client reported nothing';
}

/** Where the client's log lines go once read. */
export type LineSink = (line: string) => void;

interface Tapped {
  report: ClientReport;
  sink: LineSink;
  onLine: (report: ClientReport) => void;
}

const current = new AsyncLocalStorage<Tapped>();
type Write = typeof process.stdout.write;
let original: Write | undefined;
let wrapper: Write | undefined;
let active = 0;

// Statuses as the 6.x client spells them: twirp debug lines, twirp and v1 error messages,
// and the blob SDK's upload error.
const STATUS_PATTERNS = [
  /^::debug::\[Response\] - (\d{3})\b/,
  /Failed request: \((\d{3})\)/,
  /responded with (\d{3})\b/,
  /status code:? (\d{3})\b/i,
];
const NETWORK_PATTERN = /Unable to make request: ([A-Z][A-Z_]+)/;
const PROBLEM_PATTERN = /^(?:::(?:warning|error)[^:]*::(.*)|(Failed to (?:save|restore): .*))$/;
// v1 (GHES) drops the status of a refused reservation and says "another job may be creating
// this cache" for any of them (a 429 too); only the server's message, which follows "More
// details:", tells a conflict: "Cache already exists. Scope: ..., Key: ..., Version: ...".
const V1_CONFLICT = /another job may be creating this cache\. More details: .*\balready exists\b/i;
// v2 logs a response's headers as JSON, escaped onto one line.
const RETRY_AFTER = /^::debug::Headers: [\s\S]*?"retry-after": "([^"]*)"/i;
const ARCHIVE_SIZE = /^::debug::File Size: (\d+)$/;

/**
 * Runs `fn` with the client's stdout lines attributed to it. `onLine` sees the report grow
 * line by line, so a caller can stop other calls while the client is still retrying.
 */
export async function tapClientLog<T>(
  fn: () => Promise<T>,
  sink: LineSink,
  onLine: (report: ClientReport) => void = () => {},
): Promise<ClientCall<T>> {
  const report = emptyReport();
  install();
  try {
    const value = await current.run({ report, sink, onLine }, fn);
    return { value, report };
  } catch (error) {
    return { error, report };
  } finally {
    uninstall();
  }
}

/** The line's own text with workflow-command escaping undone. */
const unescape = (text: string) =>
  text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');

/** Reads one line of the client's log into the report of its call. */
// tsr-skip: exported for its own table of client log lines in test/cache/actions-log.test.ts
export function readLine(report: ClientReport, line: string): void {
  for (const pattern of STATUS_PATTERNS) {
    const status = pattern.exec(line)?.[1];
    if (status) report.statuses.add(Number(status));
  }
  if (/Rate limited/.test(line)) report.statuses.add(429);
  if (V1_CONFLICT.test(line)) report.statuses.add(409);
  report.retryAfter ??= RETRY_AFTER.exec(unescape(line))?.[1];
  const size = ARCHIVE_SIZE.exec(line)?.[1];
  if (size) report.archiveBytes = Number(size);
  const network = NETWORK_PATTERN.exec(line)?.[1];
  if (network) report.network = network;
  const problem = PROBLEM_PATTERN.exec(line);
  if (problem) report.problems.push(unescape(problem[1] ?? problem[2] ?? '').trim());
}

function install(): void {
  if (active++ > 0) return;
  const write: Write = process.stdout.write;
  original = write;
  wrapper = function (this: unknown, chunk: unknown, ...rest: unknown[]): boolean {
    const tapped = current.getStore();
    if (!tapped) return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString();
    for (const line of text.split(/\r?\n/)) {
      if (line === '') continue;
      readLine(tapped.report, line);
      tapped.sink(line);
      tapped.onLine(tapped.report);
    }
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  } as Write;
  process.stdout.write = wrapper;
}

function uninstall(): void {
  if (--active > 0) return;
  // Someone who wrapped stdout after us keeps their wrapper; ours passes through when idle.
  if (process.stdout.write === wrapper && original) process.stdout.write = original;
  original = wrapper = undefined;
}

/**
 * Forwards the client's lines to stdout, its warnings and errors as debug lines: pipekit
 * reports cache trouble once, as a warning of its own, and the client would annotate an
 * `::error::` for a 5xx as if the job had failed.
 */
export function defaultSink(line: string): void {
  const write = original ?? process.stdout.write;
  const demoted = line.replace(/^::(?:warning|error)[^:]*::/, '::debug::');
  write.call(process.stdout, `${demoted}\n`);
}
