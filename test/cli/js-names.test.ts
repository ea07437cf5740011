import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../support/repo.js';

/** Names that are JavaScript's own are names like any other: declared, referenced, set. */
describe('parameters and inputs named constructor, toString, __proto__', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = makeRepo({
      'pipeline.yml': `inputs:
  constructor: { type: integer, default: 1 }
  __proto__: { type: string, default: p }
steps:
  a:
    run: echo "$C $P"
    env: { C: "\${{ inputs.tostring }}", P: "\${{ inputs.valueof }}" }
    inputs: { tostring: { type: integer }, valueof: { type: string } }
    with: { tostring: "\${{ inputs.constructor }}", valueof: "\${{ inputs.__proto__ }}" }
    if: \${{ inputs.constructor == 7 }}
`,
    });
  });
  afterAll(() => repo.remove());

  it('validates, and --set reaches them', () => {
    expect(repo.cli(['validate']).code).toBe(0);
    expect(repo.cli(['plan']).stdout).toMatch(/a\s+skipped.*if: inputs.constructor == 7 is false/);
    const set = repo.cli(['plan', '--set', 'constructor=7', '--set', '__proto__=q']);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toMatch(/a\s+run\s/);
  });

  it('refuses the ones it does not declare, and says so without printing a function', () => {
    const r = repo.cli(['plan', '--set', 'toString=3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--set toString: the pipeline has no parameter `toString`');
    const ref = makeRepo({ 'pipeline.yml': 'steps:\n  a:\n    run: echo ${{ inputs.valueOf }}\n' });
    try {
      const v = ref.cli(['validate']);
      expect(v.stderr).toContain('unknown input `valueOf`');
      expect(v.stderr).not.toContain('native code');
    } finally {
      ref.remove();
    }
  });
});
