import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCacheServer, type CacheServer } from '../support/cache-server.js';
import { CommentsState, commentRoutes } from '../support/github-api-comments.js';
import { startGithubApi, type FakeGithubApi } from '../support/github-api-min.js';
import { commitCompiledWorkflow, runPipekitWorkflow } from '../support/pipekit-workflow.js';
import { makeRepo, type TestRepo } from '../support/repo.js';
import type { WorkflowEvent } from '../support/workflow-runner.js';

/** What the workflow runner gives every job as `github.token`. */
const TOKEN = 'ghs_pipekit-test-token';
const REPOSITORY = 'octo-org/pipekit-test';
const MARKER = '<!-- pipekit:.github/workflows/pipekit.yml -->';

const pipeline = (lr: string) => `name: pr-loop
runners:
  cpu: ubuntu-latest
  gpu: ubuntu-24.04
steps:
  prepare:
    run: echo rows > "$OUT"
    env: { OUT: "\${{ outputs.data }}" }
    outputs: { data: { type: file } }
  train:
    runner: gpu
    run: |
      { cat "$DATA"; echo "lr=$LR"; } > "$MODEL"
      echo "{\\"loss\\": $LR}" > "$METRICS"
    env:
      DATA: "\${{ inputs.data }}"
      LR: "\${{ inputs.lr }}"
      MODEL: "\${{ outputs.model }}"
      METRICS: "\${{ outputs.metrics }}"
    inputs: { data: { type: path }, lr: { type: number } }
    outputs: { model: { type: file }, metrics: { type: metrics } }
    with: { data: "\${{ steps.prepare.outputs.data }}", lr: ${lr} }
  evaluate:
    run: |
      echo "{\\"size\\": $(wc -c < "$MODEL")}" > "$SCORES"
    env: { MODEL: "\${{ inputs.model }}", SCORES: "\${{ outputs.scores }}" }
    inputs: { model: { type: path } }
    outputs: { scores: { type: metrics } }
    with: { model: "\${{ steps.train.outputs.model }}" }
`;

/** Each test runs the whole workflow once or twice. */
const WORKFLOW_RUNS = { timeout: 120_000 };

/**
 * The plan on the pull request, as GitHub runs the compiled workflow: the plan job writes
 * one comment, the result job edits it, every push edits it again; a fork's pull request
 * or a token that may not write gets the job summary alone, and no failure.
 */
describe('the comment on a pull request', () => {
  let cache: CacheServer;
  let api: FakeGithubApi;
  let comments: CommentsState;
  let origin: TestRepo;
  let runs = 0;
  const MAIN = { scope: 'refs/heads/main', readScopes: ['refs/heads/main'] };
  const prScope = (n: number) => ({
    scope: `refs/pull/${n}/merge`,
    readScopes: [`refs/pull/${n}/merge`, 'refs/heads/main'],
  });
  const run = (event: WorkflowEvent, scope: { scope: string; readScopes: string[] }) =>
    runPipekitWorkflow(origin, {
      event,
      cache: { url: cache.url, token: cache.token(scope) },
      runId: String(++runs),
      repository: REPOSITORY,
      api: { url: api.url, token: () => TOKEN },
    });
  const pr = (number: number, more: Partial<WorkflowEvent> = {}): WorkflowEvent =>
    ({
      name: 'pull_request',
      number,
      base: 'main',
      head: `change-${number}`,
      ...more,
    }) as WorkflowEvent;

  beforeAll(async () => {
    cache = await startCacheServer();
    comments = new CommentsState({ write: new Set([TOKEN]), read: new Set() });
    api = await startGithubApi([commentRoutes(comments)]);
    origin = makeRepo({ 'pipeline.yml': pipeline('0.05') });
    commitCompiledWorkflow(origin);
    // The base branch's run, whose result job records its steps for pull requests.
    const main = await run({ name: 'push', ref: 'refs/heads/main' }, MAIN);
    expect(Object.keys(main.started).sort()).toEqual(['evaluate', 'prepare', 'train']);
    origin.git('checkout', '-q', '-b', 'change-7');
  }, WORKFLOW_RUNS.timeout);
  afterAll(async () => {
    await api.close();
    await cache.close();
    origin.remove();
  });

  it(
    'is created by the plan job, updated by the result job, and edited in place on the next push',
    WORKFLOW_RUNS,
    async () => {
      origin.write({ 'pipeline.yml': pipeline('0.1') });
      origin.commit('train: lr 0.1');
      const first = await run(pr(7), prScope(7));
      expect(Object.keys(first.started).sort()).toEqual(['evaluate', 'train']);

      const plan = first.plan.summary;
      const planComment = plan.slice(plan.indexOf(MARKER));
      expect(planComment).toContain('## pipekit plan: pr-loop');
      expect(planComment).toMatch(/Compared with `main` at [0-9a-f]{12}\. \*\*2 steps to run\*\*/);
      expect(planComment).toContain('| `train` | run | `gpu` | `ubuntu-24.04` |');
      expect(planComment).toContain('- `train`: parameter lr: 0.05 -> 0.1');
      expect(planComment).toContain('- `evaluate`: upstream `train` changed: it runs first');

      const [comment, ...more] = comments.on(REPOSITORY, 7);
      expect(more).toEqual([]);
      expect(comment!.body.startsWith(MARKER)).toBe(true);
      // The result job's edit: what ran, the changes and the metrics beside main's.
      const result = first.report.summary;
      expect(comment!.body).toBe(result.slice(result.indexOf(MARKER)));
      expect(comment!.body).toContain('## pipekit result: pr-loop');
      expect(comment!.body).toContain('- `evaluate`: input model: upstream output changed');
      expect(comment!.body).toContain('| `train` | loss | 0.0500 | 0.1000 | +0.0500 |');
      expect(comment!.body).toContain('| `evaluate` | size | 13 | 12 | −1 |');
      expect(comment!.body).toContain('**Result: passed**');
      expect(comments.calls.map((c) => c.method)).toEqual(['GET', 'POST', 'GET', 'PATCH']);

      origin.write({ 'pipeline.yml': pipeline('0.2') });
      origin.commit('train: lr 0.2');
      await run(pr(7), prScope(7));
      const after = comments.on(REPOSITORY, 7);
      expect(after.map((c) => c.id)).toEqual([comment!.id]);
      expect(after[0]!.body).toContain('- `train`: parameter lr: 0.05 -> 0.2');
      expect(comments.calls.slice(4).map((c) => c.method)).toEqual([
        'GET',
        'PATCH',
        'GET',
        'PATCH',
      ]);
    },
  );

  it('finds its comment among many, past the first page', WORKFLOW_RUNS, async () => {
    for (let i = 0; i < 120; i++) comments.add(REPOSITORY, 8, `review note ${i}`, 'octocat');
    await run(pr(8), prScope(8));
    await run(pr(8), prScope(8));
    const ours = comments.on(REPOSITORY, 8).filter((c) => c.body.startsWith(MARKER));
    expect(ours).toHaveLength(1);
    expect(comments.on(REPOSITORY, 8)).toHaveLength(121);
  });

  it('a fork: no comment attempted, the summary written, no failure', WORKFLOW_RUNS, async () => {
    const before = comments.calls.length;
    const r = await run(pr(9, { fork: true }), prScope(9));
    expect(comments.calls.length).toBe(before);
    expect(comments.on(REPOSITORY, 9)).toEqual([]);
    const notice =
      '::notice::pipekit: the plan is in the job summary only: a pull request from a fork gets a read-only token';
    expect(r.plan.stdout).toContain(notice);
    expect(r.report.stdout).toContain(notice);
    expect(r.plan.summary).toContain(`${MARKER}\n## pipekit plan: pr-loop`);
    expect(r.report.summary).toContain(`${MARKER}\n## pipekit result: pr-loop`);
  });

  it(
    'a token that may not write: one notice line, the summary, no failure',
    WORKFLOW_RUNS,
    async () => {
      comments.tokens.write.delete(TOKEN);
      comments.tokens.read.add(TOKEN);
      try {
        const r = await run(pr(10), prScope(10));
        expect(comments.on(REPOSITORY, 10)).toEqual([]);
        const notices = r.plan.stdout.split('\n').filter((l) => l.startsWith('::notice::'));
        expect(notices).toEqual([
          '::notice::pipekit: the plan is in the job summary only: the token may not comment on pull requests (403; the job needs `permissions: pull-requests: write`)',
        ]);
        expect(r.plan.summary).toContain('## pipekit plan: pr-loop');
      } finally {
        comments.tokens.read.delete(TOKEN);
        comments.tokens.write.add(TOKEN);
      }
    },
  );
});
