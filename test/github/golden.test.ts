import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkWorkflow } from '../../src/github/check.js';
import { compileWorkflow } from '../../src/github/compile.js';
import { loadPipeline } from '../../src/pipeline/load.js';
import { soleDataUpstream } from '../../src/plan/subgraph.js';
import type { Graph, Pipeline } from '../../src/pipeline/types.js';
import { createRepoView } from '../../src/workspace/repo-view.js';
import {
  expectedWaivers,
  formatFindings,
  lintWithActionlint,
  parseWithGitHub,
  runnerLabels,
} from './lint.js';

/**
 * Real pipeline files through the real loader into the compiler, compared byte for byte
 * with test/github/golden/<name>.yml. `UPDATE_GOLDEN=1 npx vitest run test/github`
 * rewrites the goldens; review their diff like code.
 */
const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '../..');
const update = process.env.UPDATE_GOLDEN === '1';
const opts = { actionRef: 'pipekit/pipekit@v1', pipelinePath: 'pipeline.yml' };

const cases: { name: string; root: string }[] = [
  ...['linear', 'fan', 'gated'].map((name) => ({ name, root: join(here, 'pipelines', name) })),
  { name: 'tabular-classification', root: join(repoRoot, 'templates/tabular-classification') },
];

function load(root: string): { pipeline: Pipeline; graph: Graph } {
  const text = readFileSync(join(root, 'pipeline.yml'), 'utf8');
  const result = loadPipeline({ file: 'pipeline.yml', text, repo: createRepoView(root) });
  expect(result.diagnostics).toEqual([]);
  if (!result.pipeline || !result.graph) throw new Error(`${root}: no pipeline`);
  return { pipeline: result.pipeline, graph: result.graph };
}

interface Job {
  needs?: string[];
  'runs-on': unknown;
  if?: string;
}

describe.each(cases)('golden workflow: $name', ({ name, root }) => {
  const { pipeline, graph } = load(root);
  const generated = compileWorkflow(pipeline, graph, opts).text!;
  const goldenFile = join(here, 'golden', `${name}.yml`);
  if (update) {
    mkdirSync(dirname(goldenFile), { recursive: true });
    writeFileSync(goldenFile, generated);
  }
  const jobs = (parse(generated) as { jobs: Record<string, Job> }).jobs;
  const planJob = pipeline.steps.some((step) => step.id === 'plan') ? '_plan' : 'plan';
  const resultJob = pipeline.steps.some((step) => step.id === 'pipekit') ? '_pipekit' : 'pipekit';

  it('matches the golden file byte for byte', () => {
    const golden = readFileSync(goldenFile, 'utf8');
    expect(generated).toBe(golden);
    expect(checkWorkflow(golden, generated)).toEqual({ upToDate: true });
  });

  it('compiles to the same bytes twice', () => {
    const again = load(root);
    expect(compileWorkflow(again.pipeline, again.graph, opts).text).toBe(generated);
  });

  it('parses with @actions/workflow-parser without errors', async () => {
    const { errors, template } = await parseWithGitHub(generated);
    expect(errors).toEqual([]);
    expect(template?.jobs.map((job) => job.id.value)).toEqual([planJob, ...graph.order, resultJob]);
  });

  it('lints clean with actionlint', async () => {
    const { findings, waived } = await lintWithActionlint(
      generated,
      runnerLabels(pipeline.runners),
    );
    expect(formatFindings(findings), 'actionlint findings').toBe('');
    const expected = expectedWaivers(generated);
    expect(waived['runs-on-group']).toHaveLength(expected['runs-on-group']);
    expect(waived['number-input']).toHaveLength(expected['number-input']);
  });

  it('has one job per step, needing the plan, its upstream steps and their early deciders', () => {
    expect(Object.keys(jobs)).toEqual([planJob, ...graph.order, resultJob]);
    for (const id of graph.order) {
      const needs = jobs[id]?.needs ?? [];
      expect(needs[0]).toBe(planJob);
      const upstream = [...new Set(graph.upstream[id])];
      const deciders = upstream.flatMap((up) => soleDataUpstream(graph, up) ?? []);
      expect([...needs.slice(1)].sort()).toEqual([...new Set([...upstream, ...deciders])].sort());
    }
  });

  it('runs each step on the runner its label maps to', () => {
    for (const step of pipeline.steps) {
      expect(jobs[step.id]?.['runs-on']).toEqual(pipeline.runners[step.runner]);
    }
    expect(jobs[planJob]?.['runs-on']).toEqual(pipeline.runners[pipeline.defaultRunner]);
  });

  it('gates each job on the plan, early cutoff and each upstream the plan ran, never on the step text', () => {
    const planned = (id: string) => `fromJSON(needs.${planJob}.outputs.jobs)['${id}']`;
    const cut = (by: string, id: string) => `fromJSON(needs.${by}.outputs.cut || '{}')['${id}']`;
    for (const step of pipeline.steps) {
      const own = soleDataUpstream(graph, step.id);
      const upstream = [...new Set(graph.upstream[step.id])].sort(
        (a, b) => graph.order.indexOf(a) - graph.order.indexOf(b),
      );
      const parts = [
        '!cancelled()',
        `needs.${planJob}.result == 'success'`,
        planned(step.id),
        ...(own ? [`!${cut(own, step.id)}`] : []),
        ...upstream.map((id) => {
          const by = soleDataUpstream(graph, id);
          return `(needs.${id}.result == 'success' || !${planned(id)}${by ? ` || ${cut(by, id)}` : ''})`;
        }),
      ];
      expect(jobs[step.id]?.if).toBe(`\${{ ${parts.join(' && ')} }}`);
    }
  });

  it('has a result job that needs every job and runs unless the run was cancelled', () => {
    expect(jobs[resultJob]?.needs).toEqual([planJob, ...graph.order]);
    expect(jobs[resultJob]?.if).toBe('${{ !cancelled() }}');
  });

  it('has no run: step, so no expression reaches a shell', () => {
    expect(generated).not.toMatch(/^\s*(-\s+)?run:.*\$\{\{/m);
    expect(generated).not.toMatch(/^\s*(-\s+)?run:/m);
  });
});
