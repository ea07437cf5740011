import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../support/repo.js';

/** Nesting that would exhaust the stack is a located error, never a crash. */
describe('deeply nested input', () => {
  let repo: TestRepo | undefined;
  afterEach(() => repo?.remove());
  const validate = (text: string) => {
    repo = makeRepo({ 'pipeline.yml': text });
    const r = repo.cli(['validate']);
    expect(r.stderr).not.toMatch(/RangeError|call stack|at .*\.js:\d+/);
    return r;
  };
  const step = (line: string) => `steps:\n  a:\n    run: 'true'\n${line}\n`;

  it('an `if` with parentheses 5,000 deep: located, at GitHub limit of 50', () => {
    const r = validate(step(`    if: \${{ ${'('.repeat(5000)}true${')'.repeat(5000)} }}`));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^pipeline\.yml:4:9 expression-syntax nested more than 50 levels deep/m,
    );
    const ok = validate(step(`    if: \${{ ${'('.repeat(50)}true${')'.repeat(50)} }}`));
    expect(ok.code, ok.stderr).toBe(0);
  });

  it('an `if` of 3,000 operands: located', () => {
    const r = validate(step(`    if: \${{ ${Array(3000).fill('true').join(' && ')} }}`));
    expect(r.stderr).toMatch(/^pipeline\.yml:4:9 expression-syntax more than 1000 operands/m);
  });

  it('YAML flow collections 3,000 deep, and block mappings 400 deep: located', () => {
    const flow = validate(step(`    env:\n      X: ${'['.repeat(3000)}${']'.repeat(3000)}`));
    expect(flow.stderr).toMatch(
      /^pipeline\.yml:5:110 yaml-syntax nested more than 100 levels deep/m,
    );
    const lines: string[] = [];
    for (let i = 0, pad = '      '; i < 400; i++, pad += '  ') lines.push(`${pad}k${i}:`);
    const block = validate(step(`    env:\n${lines.join('\n')} x`));
    expect(block.code).toBe(1);
    expect(block.stderr).toMatch(/yaml-syntax nested more than 100 levels deep/);
  });
});

describe('two YAML documents in one file', () => {
  it("says so in the user's terms, at the second document", () => {
    const repo = makeRepo({ 'pipeline.yml': 'steps:\n  a:\n    run: "true"\n---\nsteps: {}\n' });
    try {
      const r = repo.cli(['validate']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /^pipeline\.yml:4:1 yaml-syntax a second YAML document \(after `---`\): a pipeline or component file holds one/m,
      );
      expect(r.stderr).not.toContain('parseAllDocuments');
    } finally {
      repo.remove();
    }
  });
});
