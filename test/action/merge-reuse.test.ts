import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyDefaultBranchCache, runPush } from '../support/github-run.js';
import { publishedName } from '../../src/records/published.js';
import type { StepKey } from '../../src/records/brands.js';
import {
  makeMergeWorld,
  mergePull,
  modelFingerprint,
  type MergeMethod,
  type MergeWorld,
} from './merge-world.js';

/**
 * A pull request changes train; its run trains once on the GPU. After the merge, by any of
 * GitHub's three methods, the push to main reuses what that run computed: train does not run
 * again, and main's model is the pull request's, byte for byte.
 */
describe('a merged pull request is not computed twice', () => {
  let world: MergeWorld;
  beforeAll(async () => {
    world = await makeMergeWorld();
  }, 300_000);
  afterAll(async () => {
    await world.close();
  });

  it('publishes what the pull request run computed, and only that, as artifacts of its run', () => {
    const { pullView, pullRun, github } = world;
    expect(pullView.executed.filter((l) => !l.startsWith('inspect'))).toEqual([
      'evaluate',
      'train',
    ]);
    const names = github.api.state
      .repo()
      .artifacts.filter((a) => a.runId === pullRun.id)
      .map((a) => a.name)
      .sort();
    // What the run saved under a step key in its own scope: train and evaluate. prepare came
    // from main's cache, not this run's to publish; inspect is `cache: false`.
    const computed = github.cache
      .entries()
      .filter((e) => e.scope === 'refs/pull/1/merge' && e.key.includes('-m-'))
      .map((e) => publishedName('pipekit', e.key.split('-m-')[1] as StepKey))
      .sort();
    expect(computed).toHaveLength(2);
    expect(names).toEqual(computed);
  });

  for (const method of ['merge', 'squash', 'rebase'] as MergeMethod[]) {
    it(`reuses train after a ${method === 'merge' ? 'merge commit' : `${method} merge`}: it does not run on main, and its model is the same bytes`, async () => {
      const merged = mergePull(world, method);
      const cache = await copyDefaultBranchCache(world.github.cache);
      const calls = world.github.api.calls;
      try {
        const before = calls.length;
        const { view } = await runPush(world.github, world.origin, { sha: merged, cache });
        expect(view.jobs).toMatchObject({ prepare: false, train: false, evaluate: false });
        expect(view.executed.filter((l) => !l.startsWith('inspect'))).toEqual([]);
        expect(modelFingerprint(view)).toBe(modelFingerprint(world.pullView));
        expect(view.plan.stdout).toMatch(/merge: train reused from pull request #1's run \d+/);
        // All from the plan job, in this order: the pull request, its run, the run's
        // artifacts, then per reused step its zip (a 302) and the blob.
        expect(calls.slice(before).map((c) => `${c.status} ${c.route}`)).toEqual([
          '200 GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
          '200 GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
          '200 GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
          '302 GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
          '200 GET /pipekit/artifacts/{artifact_id}',
          '302 GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
          '200 GET /pipekit/artifacts/{artifact_id}',
        ]);
        // Once saved on main, nothing misses: the next push asks GitHub nothing.
        const again = calls.length;
        const second = await runPush(world.github, world.origin, { sha: merged, cache });
        expect(second.view.jobs).toMatchObject({ prepare: false, train: false, evaluate: false });
        expect(calls.length).toBe(again);
      } finally {
        await cache.close();
      }
    }, 300_000);
  }
});
