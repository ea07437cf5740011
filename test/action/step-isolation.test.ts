import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundledAction } from '../support/action-runner.js';
import { startCacheServer, type CacheServer } from '../support/cache-server.js';
import { makeRepo, type TestRepo } from '../support/repo.js';

/**
 * A step's code (and whatever it installs) gets nothing that would let it forge what later
 * jobs trust: no cache or results credentials, no runner command files, no action inputs;
 * and what it prints cannot issue workflow commands through pipekit's log.
 */
describe("a step job's step cannot reach the runner", () => {
  let server: CacheServer;
  let repo: TestRepo;
  beforeAll(async () => {
    server = await startCacheServer();
    repo = makeRepo({
      'pipeline.yml': `name: isolation
steps:
  nosy:
    run: |
      env | cut -d= -f1 | sort
      echo '::add-mask::alpha'
      echo '::error title=forged::forged annotation'
      echo '::set-output name=jobs::{"nosy":false}'
      echo '::stop-commands::x'
`,
    });
  });
  afterAll(async () => {
    await server.close();
    repo.remove();
  });

  it('finds no runtime token, no command file and no action input in its environment', async () => {
    const r = await runBundledAction({
      workspace: repo.dir,
      inputs: { command: 'step', step: 'nosy', params: '{}' },
      cache: { url: server.url, token: server.token() },
      env: {
        ACTIONS_CACHE_URL: 'http://cache.invalid/',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://oidc.invalid/',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
        GITHUB_ENV: '/tmp/env',
        GITHUB_PATH: '/tmp/path',
        GITHUB_STATE: '/tmp/state',
      },
    });
    expect(r.code, r.stdout).toBe(0);
    const names = r.stdout.split('\n');
    for (const name of [
      'ACTIONS_RUNTIME_TOKEN',
      'ACTIONS_RESULTS_URL',
      'ACTIONS_CACHE_URL',
      'ACTIONS_ID_TOKEN_REQUEST_URL',
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      'GITHUB_OUTPUT',
      'GITHUB_ENV',
      'GITHUB_PATH',
      'GITHUB_STATE',
      'INPUT_STEP',
      'INPUT_PARAMS',
    ]) {
      expect(names, name).not.toContain(name);
    }
    // What a step may use stays: the workspace, the ref, its PATH.
    expect(names).toEqual(expect.arrayContaining(['GITHUB_WORKSPACE', 'GITHUB_REF', 'PATH']));
  });

  it("re-emits the step's output between stop-commands, so no line of it is a workflow command", async () => {
    const r = await runBundledAction({
      workspace: repo.dir,
      inputs: { command: 'step', step: 'nosy', cache: 'false' },
    });
    const lines = r.stdout.split('\n');
    const stop = lines.findIndex((l) => /^::stop-commands::pipekit-[0-9a-f-]{36}$/.test(l));
    expect(stop).toBeGreaterThanOrEqual(0);
    const token = lines[stop]!.slice('::stop-commands::'.length);
    const resume = lines.indexOf(`::${token}::`);
    for (const injected of ['::add-mask::alpha', '::error title=forged::forged annotation']) {
      const at = lines.indexOf(injected);
      expect(at, injected).toBeGreaterThan(stop);
      expect(at, injected).toBeLessThan(resume);
    }
    // The step's own `::stop-commands::x` cannot end pipekit's: only the fresh token does.
    expect(lines.indexOf('::stop-commands::x')).toBeLessThan(resume);
    expect(r.outputs.jobs).toBeUndefined();
  });
});

describe('live logs', () => {
  it("shows a running step's output in the job log before the step ends", async () => {
    const repo = makeRepo({
      'pipeline.yml': `name: live
steps:
  train:
    run: |
      echo 'epoch 1 done'
      sleep 2
      echo 'epoch 2 done'
      touch "$FINISHED"
`,
    });
    const finished = `${repo.dir}/../finished-${process.pid}`;
    let seenWhileRunning: boolean | undefined;
    try {
      const r = await runBundledAction({
        workspace: repo.dir,
        inputs: { command: 'step', step: 'train', cache: 'false' },
        env: { FINISHED: finished },
        onStdout: (text) => {
          if (seenWhileRunning === undefined && text.includes('epoch 1 done')) {
            seenWhileRunning = !existsSync(finished);
          }
        },
      });
      expect(r.code, r.stdout).toBe(0);
      expect(seenWhileRunning).toBe(true);
      // Every line, once, and the step's end after it.
      expect(r.stdout.match(/epoch \d done/g)).toEqual(['epoch 1 done', 'epoch 2 done']);
      expect(r.stdout.indexOf('ran train:')).toBeGreaterThan(r.stdout.indexOf('epoch 2 done'));
    } finally {
      repo.remove();
    }
  });
});
