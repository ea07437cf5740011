import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../support/repo.js';

let repo: TestRepo | undefined;
afterEach(() => repo?.remove());

describe('a metrics file with values that are not numbers', () => {
  it('keeps the outputs and the numbers, and warns about the rest', () => {
    repo = makeRepo({
      'pipeline.yml': `name: metrics
steps:
  train:
    run: |
      echo weights > \${{ outputs.model }}
      echo '{"acc": 0.9, "note": "fine", "per_class": {"a": 0.8, "b": [1]}}' > \${{ outputs.metrics }}
    outputs:
      model: { type: file }
      metrics: { type: metrics }
`,
    });
    const r = repo.cli(['run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/acc=0\.9000 per_class\.a=0\.8000/);
    expect(r.stderr).toContain('⚠ train: metrics metrics: note is not a number ("fine")');
    expect(r.stderr).toContain('⚠ train: metrics metrics: per_class.b is not a number ([1])');
    expect(repo.read('.pipekit/out/train/model')).toBe('weights\n');
    const again = repo.cli(['run']);
    expect(again.stdout).toMatch(/Nothing changed/);
  });
});
