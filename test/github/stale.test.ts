import { describe, expect, it } from 'vitest';
import { runningWorkflowFile } from '../../src/action/stale-workflow.js';
import { compileWorkflow } from '../../src/github/compile.js';
import { readCommittedWorkflow, stepsWithoutJob } from '../../src/github/stale.js';
import { makePipeline } from './model.js';

describe('the committed workflow, as the plan job reads it', () => {
  const { pipeline, graph } = makePipeline({
    steps: [{ id: 'prepare' }, { id: 'train', data: { d: 'prepare.out' } }],
  });
  const text = compileWorkflow(pipeline, graph, {
    actionRef: 'octo-org/pipekit@0123abc',
    pipelinePath: 'pipeline.yml',
  }).text!;

  it('finds the action its plan job uses, so that `compile --action` is not called stale', () => {
    expect(readCommittedWorkflow(text)?.action).toBe('octo-org/pipekit@0123abc');
  });

  it('names the steps added since it was compiled', () => {
    const committed = readCommittedWorkflow(text)!;
    expect(stepsWithoutJob(committed, ['prepare', 'train', 'evaluate'])).toEqual(['evaluate']);
  });

  it('reads anything else as no workflow, never a crash', () => {
    for (const junk of ['', 'jobs: 3', '[1, 2]', 'a: [', 'jobs:\n  x:\n    steps: 5']) {
      const read = readCommittedWorkflow(junk);
      expect(read === undefined || read.action === undefined).toBe(true);
    }
  });

  it('is the file the run started from, else the one compile writes', () => {
    const ref = 'octo/repo/.github/workflows/ml.yml@refs/pull/3/merge';
    expect(runningWorkflowFile('pipeline.yml', { GITHUB_WORKFLOW_REF: ref })).toBe(
      '.github/workflows/ml.yml',
    );
    expect(runningWorkflowFile('ml/churn/pipeline.yml', {})).toBe(
      '.github/workflows/pipekit-ml-churn.yml',
    );
  });
});
