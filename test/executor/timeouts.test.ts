import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../support/repo.js';

let repo: TestRepo | undefined;
afterEach(() => repo?.remove());

describe('a timeout longer than a Node timer can hold (24.8 days)', () => {
  it('does not stop the step at once', () => {
    repo = makeRepo({
      'pipeline.yml': `name: long
steps:
  train:
    run: sleep 0.5; echo trained > \${{ outputs.model }}
    outputs: { model: { type: file } }
    timeout-minutes: 36000
`,
    });
    const r = repo.cli(['run']);
    expect(r.code, r.stderr).toBe(0);
    expect(repo.read('.pipekit/out/train/model')).toBe('trained\n');
  });
});
