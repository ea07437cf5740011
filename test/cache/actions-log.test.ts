import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultSink,
  emptyReport,
  fatalReason,
  readLine,
  tapClientLog,
} from '../../src/cache/actions-log.js';

const later = (line: string, ms: number) =>
  new Promise<void>((done) =>
    setTimeout(() => process.stdout.write(`${line}\n`, () => done()), ms),
  );

describe('tapClientLog', () => {
  const before = process.stdout.write;
  afterEach(() => {
    process.stdout.write = before;
  });

  it('attributes stdout lines to the call that wrote them, even when calls overlap', async () => {
    const seen: string[] = [];
    const [slow, fast] = await Promise.all([
      tapClientLog(
        async () => {
          await later('::debug::[Response] - 429', 20);
          await later('::warning::Failed to restore: Rate limited%0Asecond line', 1);
        },
        (line) => seen.push(line),
      ),
      tapClientLog(
        () => later('::debug::[Response] - 200', 5),
        (line) => seen.push(line),
      ),
    ]);
    expect([...slow.report.statuses]).toEqual([429]);
    expect(slow.report.problems).toEqual(['Failed to restore: Rate limited\nsecond line']);
    expect([...fast.report.statuses]).toEqual([200]);
    expect(fast.report.problems).toEqual([]);
    expect(seen).toHaveLength(3);
    expect(process.stdout.write).toBe(before);
  });

  it('returns what the call threw, with the report so far', async () => {
    const call = await tapClientLog(
      async () => {
        await later('::debug::[Response] - 503', 1);
        throw new Error('boom');
      },
      () => {},
    );
    expect(call.error).toEqual(new Error('boom'));
    expect(fatalReason(call.report)).toBe('the cache service is failing (503)');
  });

  it('passes the client log on to stdout with its warnings and errors as debug lines', async () => {
    const out: string[] = [];
    process.stdout.write = ((chunk: string) => out.push(chunk) > 0) as typeof process.stdout.write;
    await tapClientLog(async () => {
      await later('::warning::Failed to save: x', 1);
      await later('::error::Failed to restore: y', 1);
      await later('Cache hit for: k', 1);
    }, defaultSink);
    expect(out).toEqual([
      '::debug::Failed to save: x\n',
      '::debug::Failed to restore: y\n',
      'Cache hit for: k\n',
    ]);
  });
});

describe('readLine', () => {
  it.each([
    [
      // v1 (GHES): a conflict is only the server's message, after the client's own words.
      'Failed to save: Unable to reserve cache with key k, another job may be creating this ' +
        'cache. More details: Cache already exists. Scope: refs/heads/main, Key: k, Version: v',
      [409],
    ],
    // The client's words alone are said for any refused reservation, a 429 too.
    [
      'Failed to save: Unable to reserve cache with key k, another job may be creating this cache.',
      [],
    ],
    [
      'Failed to save: Unable to reserve cache with key k, another job may be creating this ' +
        'cache. More details: This legacy service is shutting down',
      [],
    ],
  ])('reads a refused reservation: %s', (line, statuses) => {
    const report = emptyReport();
    readLine(report, line);
    expect([...report.statuses]).toEqual(statuses);
  });

  it("reads a 429's Retry-After and the size of a save's archive", () => {
    const report = emptyReport();
    readLine(report, '::debug::Headers: {%0A  "retry-after": "17",%0A  "content-length": "50"%0A}');
    readLine(report, '::debug::File Size: 216');
    expect(report).toMatchObject({ retryAfter: '17', archiveBytes: 216 });
  });

  it.each([
    ['::debug::[Response] - 429', [429], undefined],
    [
      'Attempt 1 of 5 failed with error: Failed request: (502) Bad Gateway. Retrying',
      [502],
      undefined,
    ],
    [
      '::warning::Failed to restore: downloadCache failed: Cache service responded with 503',
      [503],
      undefined,
    ],
    [
      '::warning::Failed to restore: Failed to GetCacheEntryDownloadURL: Rate limited: x',
      [429],
      undefined,
    ],
    [
      '::warning::Failed to restore: Unable to make request: ECONNREFUSED%0AIf you are',
      [],
      'ECONNREFUSED',
    ],
    ['Cache hit for: pipekit-v1-m-abc', [], undefined],
  ])('reads %s', (line, statuses, network) => {
    const report = emptyReport();
    readLine(report, line);
    expect([...report.statuses]).toEqual(statuses);
    expect(report.network).toBe(network);
  });

  it('calls 5xx and connection failures fatal, and nothing else (a 429 says when to retry)', () => {
    const report = emptyReport();
    report.statuses.add(409).add(404).add(200).add(429);
    expect(fatalReason(report)).toBeUndefined();
    report.statuses.add(500);
    expect(fatalReason(report)).toMatch(/500/);
  });
});
