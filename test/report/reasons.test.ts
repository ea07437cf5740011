import { describe, expect, it } from 'vitest';
import { describeWhy } from '../../src/report/reasons.js';

describe('describeWhy: missing secrets', () => {
  it('names the step and the secret, and where to set it here and on GitHub', () => {
    expect(describeWhy({ kind: 'missing-secrets', step: 'collect', names: ['HF_TOKEN'] })).toBe(
      'step `collect` declares the secret HF_TOKEN, which is not set or is empty: locally, ' +
        'export HF_TOKEN=... before running pipekit; on GitHub, add it as a repository secret, ' +
        'or as a secret of an environment the step declares with `environment:`',
    );
  });

  it("points at the step's environment when it has one", () => {
    const why = {
      kind: 'missing-secrets',
      step: 'register',
      names: ['HF_TOKEN', 'REGISTRY_KEY', 'WANDB_KEY'],
      environment: 'production',
    } as const;
    expect(describeWhy({ ...why, names: [...why.names] })).toBe(
      'step `register` declares the secrets HF_TOKEN, REGISTRY_KEY and WANDB_KEY, which are not ' +
        'set or are empty: locally, export HF_TOKEN=... REGISTRY_KEY=... WANDB_KEY=... before ' +
        'running pipekit; on GitHub, add them as repository secrets or secrets of the ' +
        'environment `production`',
    );
  });
});
