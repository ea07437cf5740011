import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { message } from '../support/github-api.js';
import { copyDefaultBranchCache, runPush } from '../support/github-run.js';
import type { ArtifactRecord } from '../support/github-api-state.js';
import { makeMergeWorld, mergePull, PIPELINE, type MergeWorld } from './merge-world.js';

/**
 * What the push after a merge must not reuse. Each case merges the pull request of the same
 * world (train changed, its run trained once) with one thing wrong, and main trains again.
 */
describe('the push after a merge reuses nothing it cannot trust', () => {
  let world: MergeWorld;
  const trainArtifact = (): ArtifactRecord => {
    const artifacts = world.github.api.state.repo().artifacts;
    const found = artifacts.find((a) => a.runId === world.pullRun.id && stepOf(a) === 'train');
    if (!found) throw new Error('no artifact of train');
    return found;
  };
  /** A push of `merged` to main with only main's entries in the cache; returns its view. */
  const push = async (merged: string) => {
    const cache = await copyDefaultBranchCache(world.github.cache);
    try {
      return (await runPush(world.github, world.origin, { sha: merged, cache })).view;
    } finally {
      await cache.close();
    }
  };
  const trainsAgain = (view: Awaited<ReturnType<typeof push>>) => {
    expect(view.jobs.train).toBe(true);
    expect(view.executed).toContain('train');
    expect(view.plan.stdout).not.toMatch(/merge: train reused/);
  };

  beforeAll(async () => {
    world = await makeMergeWorld();
  }, 300_000);
  afterAll(async () => {
    await world.close();
  });

  it('from a run of another workflow file', async () => {
    world.pullRun.path = '.github/workflows/other.yml';
    try {
      const view = await push(mergePull(world, 'merge'));
      trainsAgain(view);
      expect(view.plan.stdout).toMatch(
        /pull request #1 has no successful run of \.github\/workflows\/pipekit\.yml/,
      );
    } finally {
      world.pullRun.path = '.github/workflows/pipekit.yml';
    }
  }, 300_000);

  it('from a run of an older head commit of the pull request', async () => {
    const { origin, pull } = world;
    const head = pull.head.sha;
    origin.git('checkout', '-q', 'feature');
    origin.write({ 'steps/train/NOTES.md': 'lr 0.2 tried\n' });
    origin.commit('notes');
    pull.head.sha = origin.git('rev-parse', 'HEAD').trim();
    origin.git('checkout', '-q', 'main');
    try {
      const view = await push(mergePull(world, 'squash'));
      trainsAgain(view);
      expect(view.plan.stdout).toMatch(/has no successful run .* for its head/);
    } finally {
      pull.head.sha = head;
    }
  }, 300_000);

  it('from a failed run', async () => {
    world.pullRun.conclusion = 'failure';
    try {
      trainsAgain(await push(mergePull(world, 'merge')));
    } finally {
      world.pullRun.conclusion = 'success';
    }
  }, 300_000);

  it('that the run restored rather than computed', async () => {
    // A later run of the same head, whose train job found the entry and uploaded it anyway:
    // its manifest names the run that computed it.
    const { state } = world.github.api;
    const later = state.addRun({
      event: 'pull_request',
      head_sha: world.head,
      head_branch: 'feature',
      conclusion: 'success',
      pull_requests: [1],
    });
    const copied = trainArtifact();
    state.seedArtifact(later, copied.name, copied.blob!);
    try {
      const view = await push(mergePull(world, 'merge'));
      trainsAgain(view);
      expect(view.plan.stdout).toContain(
        `is not reused: it was computed by run ${world.pullRun.id}, not by run ${later.id}`,
      );
    } finally {
      const repo = state.repo();
      repo.runs = repo.runs.filter((r) => r !== later);
    }
  }, 300_000);

  it('whose bytes were altered after the run', async () => {
    const artifact = trainArtifact();
    const original = artifact.blob!;
    artifact.blob = alterWeights(original);
    try {
      const view = await push(mergePull(world, 'rebase'));
      trainsAgain(view);
      expect(view.plan.stdout).toMatch(
        /train's outputs from pull request #1's run \d+ are not reused: output model, file weights\.txt: content does not match its digest/,
      );
    } finally {
      artifact.blob = original;
    }
  }, 300_000);

  it('for another key: the base moved under the pull request', async () => {
    const { origin } = world;
    origin.git('checkout', '-q', '-b', 'moved', world.base);
    const component = PIPELINE['steps/train/component.yml']!;
    origin.write({ 'steps/train/component.yml': `${component}env: { OMP_NUM_THREADS: "4" }\n` });
    origin.commit('train: four threads');
    const moved = origin.git('rev-parse', 'HEAD').trim();
    origin.git('checkout', '-q', 'main');
    const view = await push(mergePull(world, 'merge', moved));
    trainsAgain(view);
    expect(view.jobs.prepare).toBe(false);

    // An artifact renamed for the key main computes still holds the pull request's manifest.
    const plan = JSON.parse(view.plan.outputs.plan!) as { steps: { id: string; key?: string }[] };
    const mainKey = plan.steps.find((s) => s.id === 'train')!.key!;
    const artifact = trainArtifact();
    const name = artifact.name;
    artifact.name = `pipekit-${mainKey}`;
    try {
      const renamed = await push(mergePull(world, 'merge', moved));
      trainsAgain(renamed);
      expect(renamed.plan.stdout).toMatch(/is not reused: its manifest is unusable: it holds key/);
    } finally {
      artifact.name = name;
    }
  }, 300_000);

  it('once the artifacts expired: listed as expired, or a 410 for the zip', async () => {
    const calls = world.github.api.calls;
    const artifacts = world.github.api.state
      .repo()
      .artifacts.filter((a) => a.runId === world.pullRun.id);
    for (const a of artifacts) a.expired = true;
    let before = calls.length;
    try {
      const view = await push(mergePull(world, 'merge'));
      trainsAgain(view);
      expect(view.plan.stdout).toMatch(
        /artifact pipekit-\w+ of pull request #1's run \d+ has expired; the step runs/,
      );
      // The list says so: no download is tried.
      expect(calls.slice(before).map((c) => c.route)).toEqual([
        'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
        'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
        'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
      ]);
    } finally {
      for (const a of artifacts) a.expired = false;
    }

    // Expired between the list and the download: GitHub answers the zip with 410 Gone.
    world.github.api.route(
      'GET',
      '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
      () => message(410, 'Artifact has expired'),
      { needs: { actions: 'read' } },
    );
    before = calls.length;
    const view = await push(mergePull(world, 'merge'));
    trainsAgain(view);
    expect(view.plan.stdout).toMatch(
      /::warning::merge: could not reuse artifact pipekit-\w+ of pull request #1's run \d+: /,
    );
    expect(
      calls.slice(before).map((c) => `${c.status} ${c.route.split(' ')[1]!.split('/').pop()}`),
    ).toEqual(['200 pulls', '200 runs', '200 artifacts', '410 {archive_format}']);
  }, 300_000);
});

/** The step whose manifest an artifact holds. */
function stepOf(artifact: ArtifactRecord): string {
  const script =
    'import sys, zipfile, io; print(zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read())).read("manifest.json").decode())';
  const text = execFileSync('python3', ['-c', script], { input: artifact.blob!, encoding: 'utf8' });
  return (JSON.parse(text) as { step: string }).step;
}

/** The zip with its weights file given other bytes of the same size, its manifest as it was. */
function alterWeights(zip: Buffer): Buffer {
  const script = `
import sys, zipfile, io
src = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))
out = io.BytesIO()
with zipfile.ZipFile(out, "w") as dst:
    for name in src.namelist():
        data = src.read(name)
        if name.startswith("files/") and data.startswith(b"lr="):
            data = b"lr=9" + data[4:]
        dst.writestr(name, data)
sys.stdout.buffer.write(out.getvalue())
`;
  return execFileSync('python3', ['-c', script], { input: zip });
}
