import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBundledAction } from '../support/action-runner.js';
import { startCacheServer, type CacheServer, type TokenOptions } from '../support/cache-server.js';
import { makeRepo, type TestRepo } from '../support/repo.js';
import { SAMPLE } from '../support/sample-pipeline.js';

// A `cache: false` step that stamps what it is given, and a later one (that always runs too,
// so that it shows what it read) reading it.
const TRANSFER = {
  'pipeline.yml': `name: transfer
steps:
  stamp:
    run: printf '%s\\n' "$STAMP" > \${{ outputs.out }}
    outputs:
      out: { type: file }
    cache: false
  use:
    run: tr a-z A-Z < \${{ inputs.x }} > \${{ outputs.out }}
    inputs:
      x: { type: path }
    outputs:
      out: { type: file }
    with:
      x: \${{ steps.stamp.outputs.out }}
    cache: false
`,
};

describe('the action and the cache service as it is', () => {
  let server: CacheServer;
  let origin: TestRepo;
  let scratch: string;
  beforeEach(async () => {
    server = await startCacheServer();
    scratch = realpathSync(mkdtempSync(join(tmpdir(), 'pipekit-event-')));
  });
  afterEach(async () => {
    await server.close();
    origin.remove();
    rmSync(scratch, { recursive: true, force: true });
  });

  const checkout = (): string => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'pipekit-checkout-')));
    execFileSync('git', ['clone', '-q', origin.dir, dir]);
    return dir;
  };
  /** The event payload the runner leaves at GITHUB_EVENT_PATH. */
  const event = (payload: unknown): string => {
    const file = join(scratch, `event-${Math.random()}.json`);
    writeFileSync(file, JSON.stringify(payload));
    return file;
  };
  const stepJob = (
    step: string,
    opts: {
      token?: TokenOptions;
      github?: Record<string, string>;
      env?: Record<string, string>;
      workspace?: string;
    },
  ) =>
    runBundledAction({
      workspace: opts.workspace ?? checkout(),
      inputs: { command: 'step', step },
      cache: { url: server.url, token: server.token(opts.token) },
      github: opts.github,
      env: { PIPEKIT_TEST_LOG: '/dev/null', ...opts.env },
    });
  const lines = (stdout: string, kind: 'error' | 'warning') =>
    stdout.split('\n').filter((l) => l.startsWith(`::${kind}`));
  const readOnly = { scope: 'refs/heads/main', readOnly: true };

  it('a write denied on a push to the default branch fails the job: its outputs would never be reused', async () => {
    origin = makeRepo(SAMPLE);
    const push = {
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: event({ repository: { default_branch: 'main' } }),
    };
    const r = await stepJob('gen', { token: readOnly, github: push });
    expect(r.code, r.stdout).toBe(1);
    expect(JSON.parse(r.outputs.ran!)).toEqual(['gen']);
    expect(lines(r.stdout, 'error')).toEqual([
      expect.stringMatching(
        /cache write denied: read-only token\. This is a push to the default branch \(main\): the outputs of this run will never be reused/,
      ),
    ]);
    expect(server.calls.filter((c) => c.method === 'CreateCacheEntry')).toHaveLength(1);
  });

  it('elsewhere a denied write stays a warning: pull_request_target, or a push to another branch', async () => {
    origin = makeRepo(SAMPLE);
    const payload = event({ repository: { default_branch: 'main' } });
    for (const github of [
      { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: payload } as Record<
        string,
        string
      >,
      { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: payload, GITHUB_REF: 'refs/heads/dev' },
    ]) {
      const r = await stepJob('gen', { token: readOnly, github });
      expect(r.code, r.stdout).toBe(0);
      expect(lines(r.stdout, 'error')).toEqual([]);
      expect(lines(r.stdout, 'warning')).toEqual([
        expect.stringMatching(/read-only for this run, nothing is saved: cache write denied/),
      ]);
    }
  });

  it('cache-mode read: one line for the job, not a warning per step, and no save tried', async () => {
    origin = makeRepo(SAMPLE);
    const r = await runBundledAction({
      workspace: checkout(),
      inputs: { command: 'run' },
      cache: { url: server.url, token: server.token() },
      env: { PIPEKIT_TEST_LOG: '/dev/null', ACTIONS_CACHE_MODE: 'read' },
    });
    expect(r.code, r.stdout).toBe(0);
    expect(JSON.parse(r.outputs.ran!)).toHaveLength(5);
    expect(r.stdout.split('\n').filter((l) => l.includes('cache-mode'))).toEqual([
      'GitHub Actions cache-mode is read (ACTIONS_CACHE_MODE): outputs are restored, nothing is saved in this job',
    ]);
    expect(lines(r.stdout, 'warning')).toEqual([]);
    expect(server.calls.filter((c) => c.method === 'CreateCacheEntry')).toEqual([]);
  });

  it("a re-run of a cache: false step hands on its new outputs, not the first attempt's", async () => {
    origin = makeRepo(TRANSFER);
    const attempt = (n: number) => ({ GITHUB_RUN_ID: '300', GITHUB_RUN_ATTEMPT: String(n) });
    const use = async (n: number) => {
      const workspace = checkout();
      const r = await stepJob('use', { github: attempt(n), workspace });
      expect(r.code, r.stdout).toBe(0);
      // The stamp step is not run again in this job: its transfer entry was found.
      expect(JSON.parse(r.outputs.ran!)).toEqual(['use']);
      expect(lines(r.stdout, 'warning')).toEqual([]);
      return readFileSync(join(workspace, '.pipekit/out/use/out'), 'utf8');
    };
    expect((await stepJob('stamp', { github: attempt(1), env: { STAMP: 'first' } })).code).toBe(0);
    expect(await use(1)).toBe('FIRST\n');
    // Re-run all jobs: the step runs again and its dependents read what it made this time.
    expect((await stepJob('stamp', { github: attempt(2), env: { STAMP: 'second' } })).code).toBe(0);
    expect(await use(2)).toBe('SECOND\n');
    // Re-run failed jobs: the dependent alone, which reads what the step made last.
    expect(await use(3)).toBe('SECOND\n');
  });
});
