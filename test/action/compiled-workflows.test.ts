import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startCacheServer } from '../support/cache-server.js';
import { runPipekitWorkflow, WORKFLOW_PATH, type PipekitRun } from '../support/pipekit-workflow.js';
import { makeRepo, type TestRepo } from '../support/repo.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
const TEMPLATE = join(repoRoot, 'templates/tabular-classification');
const templateWorkflow = readFileSync(join(TEMPLATE, WORKFLOW_PATH), 'utf8');
const GOLDEN = join(repoRoot, 'test/github/golden');
const goldens = readdirSync(GOLDEN)
  .filter((file) => file.endsWith('.yml'))
  .map((file) => ({ name: file.slice(0, -4), text: readFileSync(join(GOLDEN, file), 'utf8') }));

/** Every file under `dir`, by path relative to it. */
function filesOf(dir: string): Record<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return Object.fromEntries(
    entries
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [relative(dir, path), readFileSync(path, 'utf8')];
      }),
  );
}

/** A repository holding the pipeline and the workflow, run on a push to main with a fresh cache. */
async function withRepo<T>(
  files: Record<string, string>,
  body: (origin: TestRepo, run: (runId: string) => Promise<PipekitRun>) => Promise<T>,
): Promise<T> {
  const server = await startCacheServer();
  const origin = makeRepo(files);
  const token = server.token({ scope: 'refs/heads/main', readScopes: ['refs/heads/main'] });
  try {
    return await body(origin, (runId) =>
      runPipekitWorkflow(origin, { cache: { url: server.url, token }, runId }),
    );
  } finally {
    await server.close();
    origin.remove();
  }
}

/** A first run: the plan wants every step, each step job starts and runs just its step. */
function expectEveryStepRan(r: PipekitRun): void {
  for (const [id, job] of Object.entries(r.run.jobs)) {
    expect(['success', 'skipped'], `${id}: ${job.error ?? ''}`).toContain(job.result);
  }
  expect(Object.values(r.jobs).every(Boolean), JSON.stringify(r.jobs)).toBe(true);
  // An instance of a matrix step runs in its matrix step's job.
  const jobOf = (id: string) => id.replace(/\[.*$/, '');
  expect([...new Set(Object.keys(r.started).map(jobOf))].sort()).toEqual(
    Object.keys(r.jobs).sort(),
  );
  for (const [id, action] of Object.entries(r.started)) {
    expect(action.code, `${id}: ${action.stdout}`).toBe(0);
    expect(JSON.parse(action.outputs.ran!), id).toEqual([id]);
  }
}

// A run spawns a process or two per job: a whole pipeline's worth takes seconds.
describe(
  'every golden workflow runs on a push, job by job, as GitHub would run it',
  { timeout: 90_000 },
  () => {
    // A golden that is the template's workflow (as YAML data) is run by the template's test.
    const template = parse(templateWorkflow) as unknown;
    const distinct = goldens.filter((g) => !isDeepStrictEqual(parse(g.text), template));
    it('the goldens cover more than the template', () => {
      expect(distinct.map((g) => g.name).length).toBeGreaterThanOrEqual(3);
    });
    it.each(distinct)('$name', async ({ name, text }) => {
      const files = {
        ...filesOf(join(repoRoot, 'test/github/pipelines', name)),
        [WORKFLOW_PATH]: text,
      };
      await withRepo(files, async (_origin, run) => expectEveryStepRan(await run('1')));
    });

    it("the template's workflow: a first run runs every step in its own job, a second run of the same commit reuses them all", async () => {
      await withRepo(filesOf(TEMPLATE), async (origin, run) => {
        expect(origin.read(WORKFLOW_PATH)).toBe(templateWorkflow);
        expectEveryStepRan(await run('1'));
        const again = await run('2');
        const plan = JSON.parse(again.plan.outputs.plan!) as {
          steps: { id: string; status: string }[];
        };
        expect(Object.fromEntries(plan.steps.map((s) => [s.id, s.status]))).toEqual({
          collect: 'cached',
          prepare: 'cached',
          train: 'cached',
          evaluate: 'cached',
          register: 'always', // cache: false, a side effect
        });
        expect(Object.keys(again.started)).toEqual(['register']);
        expect(again.report.summary).toMatch(/tabular-classification/);
      });
    });
  },
);
