import type { PullRequestRecord, WorkflowRunRecord } from '../support/github-api-state.js';
import {
  startFakeGitHub,
  runPullRequest,
  runPush,
  type FakeGitHub,
} from '../support/github-run.js';
import { commitCompiledWorkflow } from '../support/pipekit-workflow.js';
import type { PipekitRun } from '../support/pipekit-workflow.js';
import { makeRepo, type TestRepo } from '../support/repo.js';

/**
 * prepare -> train (on the GPU) -> evaluate, and `inspect` (cache: false), which writes a
 * fingerprint of train's model folder to the log: its files' bytes, its executable bit, its
 * symlink, its empty folder. train writes a fresh nonce into its model, so two runs of it
 * never give the same bytes: equal fingerprints mean the model was reused, not recomputed.
 */
export const PIPELINE: Record<string, string> = {
  'pipeline.yml': `name: merge
runners:
  cpu: ubuntu-latest
  gpu: [self-hosted, gpu]
steps:
  prepare:
    uses: ./steps/prepare
    with:
      raw: data/raw.txt
  train:
    uses: ./steps/train
    runner: gpu
    with:
      data: \${{ steps.prepare.outputs.data }}
  evaluate:
    run: |
      echo evaluate >> "$PIPEKIT_TEST_LOG"
      echo "{\\"lines\\": $(wc -l < \${{ inputs.model }}/weights.txt)}" > \${{ outputs.metrics }}
    inputs:
      model: { type: path }
    outputs:
      metrics: { type: metrics }
    with:
      model: \${{ steps.train.outputs.model }}
  inspect:
    run: |
      cd \${{ inputs.model }}
      sum=$({ find . -printf '%P %y %l\\n' | LC_ALL=C sort; find . -type f -perm -u+x; find . -type f | LC_ALL=C sort | xargs sha256sum; } | sha256sum | cut -c1-16)
      echo "inspect $sum" >> "$PIPEKIT_TEST_LOG"
    inputs:
      model: { type: path }
    cache: false
    with:
      model: \${{ steps.train.outputs.model }}
`,
  'data/raw.txt': 'beta\nalpha\n',
  'steps/prepare/component.yml': `name: prepare
inputs:
  raw: { type: path }
outputs:
  data: { type: dir }
run: |
  echo prepare >> "$PIPEKIT_TEST_LOG"
  sort \${{ inputs.raw }} > \${{ outputs.data }}/rows.txt
`,
  'steps/train/component.yml': `name: train
inputs:
  data: { type: path }
outputs:
  model: { type: dir }
code: [train.sh]
run: ./train.sh \${{ inputs.data }} \${{ outputs.model }}
`,
  'steps/train/train.sh': `#!/usr/bin/env bash
echo train >> "$PIPEKIT_TEST_LOG"
lr=0.1
{ echo "lr=$lr"; cat "$1/rows.txt"; od -An -N8 -tx8 /dev/urandom; } > "$2/weights.txt"
printf '#!/bin/sh\\necho serving\\n' > "$2/serve.sh"
chmod +x "$2/serve.sh"
ln -s weights.txt "$2/latest"
mkdir "$2/logs"
`,
};

/** The learning rate a pull request changes. */
export const CHANGED_TRAIN = PIPELINE['steps/train/train.sh']!.replace('lr=0.1', 'lr=0.2');

export type MergeMethod = 'merge' | 'squash' | 'rebase';

/**
 * A repository whose main has run once, and pull request #1 changing train, run once: what
 * every test of the merge starts from.
 */
export interface MergeWorld {
  github: FakeGitHub;
  origin: TestRepo;
  /** main's commit before the merge, the pull request's head commit. */
  base: string;
  head: string;
  pullRun: WorkflowRunRecord;
  pullView: PipekitRun;
  pull: PullRequestRecord;
  close(): Promise<void>;
}

export async function makeMergeWorld(): Promise<MergeWorld> {
  const github = await startFakeGitHub();
  const origin = makeRepo(PIPELINE);
  commitCompiledWorkflow(origin);
  const base = origin.git('rev-parse', 'HEAD').trim();
  await runPush(github, origin, { sha: base });

  origin.git('checkout', '-q', '-b', 'feature');
  origin.write({ 'steps/train/train.sh': CHANGED_TRAIN });
  origin.commit('train: learning rate 0.2');
  const head = origin.git('rev-parse', 'HEAD').trim();
  // GitHub runs a pull request at a test merge of its head into its base.
  origin.git('checkout', '-q', '-b', 'pull/1/merge', base);
  origin.git('merge', '-q', '--no-ff', '-m', 'test merge', 'feature');
  const testMerge = origin.git('rev-parse', 'HEAD').trim();
  origin.git('checkout', '-q', 'main');
  const pull = github.api.state.addPull({
    number: 1,
    head: { ref: 'feature', sha: head, repo: 'octo-org/pipekit-test' },
    base: { ref: 'main', sha: base },
    merge_commit_sha: testMerge,
  });
  const { view, run } = await runPullRequest(github, origin, {
    number: 1,
    head: { ref: 'feature', sha: head },
    sha: testMerge,
  });
  return {
    github,
    origin,
    base,
    head,
    pullRun: run,
    pullView: view,
    pull,
    close: async () => {
      await github.close();
      origin.remove();
    },
  };
}

/**
 * Merges the pull request as GitHub's button does, on a branch of its own from `onto` (main
 * unless given): a merge commit, one squashed commit, or the head's commits replayed. The
 * pull request is then merged, its merge_commit_sha the commit the base branch moved to, and
 * the rebased commits associated with it. Returns that commit.
 */
export function mergePull(world: MergeWorld, method: MergeMethod, onto = world.base): string {
  const { origin, pull } = world;
  const branch = `merged-${method}-${Math.random().toString(36).slice(2, 8)}`;
  origin.git('checkout', '-q', '-b', branch, onto);
  if (method === 'merge') {
    origin.git('merge', '-q', '--no-ff', '-m', `Merge pull request #${pull.number}`, pull.head.sha);
  } else if (method === 'squash') {
    origin.git('merge', '-q', '--squash', pull.head.sha);
    origin.commit(`train: learning rate 0.2 (#${pull.number})`);
  } else {
    const commits = origin
      .git('rev-list', '--reverse', `${world.base}..${pull.head.sha}`)
      .split('\n');
    // GitHub rewrites every commit it replays: a new committer date makes a new commit.
    process.env.GIT_COMMITTER_DATE = '2030-01-01T00:00:00Z';
    try {
      for (const commit of commits.filter(Boolean)) origin.git('cherry-pick', commit);
    } finally {
      delete process.env.GIT_COMMITTER_DATE;
    }
  }
  const merged = origin.git('rev-parse', 'HEAD').trim();
  origin.git('checkout', '-q', 'main');
  pull.state = 'closed';
  pull.merged_at = new Date().toISOString();
  pull.merge_commit_sha = merged;
  if (method === 'rebase') pull.commits = [...pull.commits, merged];
  return merged;
}

/** The fingerprint `inspect` logged of train's model. */
export function modelFingerprint(view: PipekitRun): string {
  const line = view.executed.find((l) => l.startsWith('inspect '));
  if (!line) throw new Error(`inspect did not run: ${view.executed.join(', ')}`);
  return line.slice('inspect '.length);
}
