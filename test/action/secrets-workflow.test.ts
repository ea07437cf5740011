import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startCacheServer, type CacheServer } from '../support/cache-server.js';
import { commitCompiledWorkflow, runPipekitWorkflow } from '../support/pipekit-workflow.js';
import { makeRepo, type TestRepo } from '../support/repo.js';

const HF_TOKEN = 'hf_workflow-secret-Zq9';

/**
 * `secrets: [HF_TOKEN]` on one step, through the compiled workflow as GitHub runs it: only
 * that step's job references the secret, only that step's process gets it, and no key,
 * output or log holds it.
 */
describe('a step secret through the compiled workflow', () => {
  let server: CacheServer;
  let origin: TestRepo;
  let workflow: string;
  beforeAll(async () => {
    server = await startCacheServer();
    origin = makeRepo({
      'pipeline.yml': `name: secrets
steps:
  fetch:
    run: |
      echo fetch >> "$PIPEKIT_TEST_LOG"
      echo "token of \${#HF_TOKEN} characters" > "$OUT"
    env: { OUT: "\${{ outputs.data }}" }
    outputs: { data: { type: file } }
    secrets: [HF_TOKEN]
    environment: { name: data, url: 'https://example.com' }
    permissions: { id-token: write }
  train:
    run: |
      echo train >> "$PIPEKIT_TEST_LOG"
      { cat "$DATA"; echo "train sees [\${HF_TOKEN:-nothing}]"; } > "$OUT"
    env: { DATA: "\${{ inputs.data }}", OUT: "\${{ outputs.model }}" }
    inputs: { data: { type: path } }
    outputs: { model: { type: file } }
    with: { data: "\${{ steps.fetch.outputs.data }}" }
`,
    });
    workflow = commitCompiledWorkflow(origin);
  });
  afterAll(async () => {
    await server.close();
    origin.remove();
  });

  it("compiles the secret, environment and permissions into that step's job only", () => {
    const jobs = (parse(workflow) as { jobs: Record<string, Record<string, unknown>> }).jobs;
    expect(workflow.match(/secrets\.HF_TOKEN/g)).toHaveLength(1);
    expect(jobs.fetch).toMatchObject({
      environment: { name: 'data', url: 'https://example.com' },
      permissions: { contents: 'read', 'id-token': 'write' },
    });
    expect((jobs.fetch!.steps as { env?: unknown }[])[1]!.env).toEqual({
      HF_TOKEN: '${{ secrets.HF_TOKEN }}',
    });
    expect(jobs.train!.permissions).toBeUndefined();
    // The plan and result jobs comment on pull requests; the plan also reads the merged pull
    // request's run after a merge. Neither may do more.
    expect(jobs.plan!.permissions).toEqual({
      contents: 'read',
      actions: 'read',
      'pull-requests': 'write',
    });
    expect(jobs.pipekit!.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    for (const id of ['plan', 'train', 'pipekit']) {
      expect(JSON.stringify(jobs[id]), id).not.toContain('HF_TOKEN');
    }
  });

  it("gives it to that step's process only; no key, output or log holds it", async () => {
    const cache = {
      url: server.url,
      token: server.token({ scope: 'refs/heads/main', readScopes: ['refs/heads/main'] }),
    };
    const r = await runPipekitWorkflow(origin, {
      cache,
      runId: '1',
      secrets: { HF_TOKEN },
      environments: { data: {} },
    });
    expect(r.executed).toEqual(['fetch', 'train']);
    const model = r.run.jobs.train!.workspace + '/.pipekit/out/train/model';
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(model, 'utf8')).toBe(
      `token of ${HF_TOKEN.length} characters\ntrain sees [nothing]\n`,
    );
    for (const job of Object.values(r.run.jobs)) {
      for (const action of job.actions) {
        // `::add-mask::` is the command that hides it: the runner prints *** for it from then on.
        const shown = (action.stdout + action.stderr + action.summary)
          .split('\n')
          .filter((line) => !line.startsWith('::add-mask::'));
        expect(shown.join('\n'), job.id).not.toContain(HF_TOKEN);
      }
    }
    for (const entry of server.entries()) {
      expect(server.blob(entry.key)?.toString('latin1') ?? '', entry.key).not.toContain(HF_TOKEN);
    }
    // Another value of the secret changes no key: the next run reuses both steps.
    const again = await runPipekitWorkflow(origin, {
      cache,
      runId: '2',
      secrets: { HF_TOKEN: 'hf_rotated' },
      environments: { data: {} },
    });
    expect(again.executed).toEqual([]);
  });
});
