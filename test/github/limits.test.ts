import { afterEach, describe, expect, it } from 'vitest';
import { checkWorkflowSize, MAX_WORKFLOW_BYTES } from '../../src/github/limits.js';
import { makeRepo, type TestRepo } from '../support/repo.js';

/**
 * GitHub's limits on a workflow file, each checked by `pipekit compile` with a located
 * diagnostic at its limit and one past it (GITHUB-FACTS.md, "Workflow file limits").
 */

interface Shape {
  steps: number;
  params: number;
  /** Extra lines under `inputs:`. */
  moreInputs?: string[];
  /** The id of the first step. */
  firstId?: string;
  on?: string;
  github?: string;
}

/** A pipeline of `steps` inline steps in a chain, each reading every parameter. */
function pipelineText(shape: Shape): string {
  const lines = ['name: limits'];
  if (shape.on) lines.push(shape.on);
  if (shape.github) lines.push(shape.github);
  const names = Array.from({ length: shape.params }, (_, i) => `param_${i}`);
  if (names.length > 0 || shape.moreInputs) {
    lines.push('inputs:');
    for (const name of names)
      lines.push(`  ${name}: { type: number, default: ${names.indexOf(name)} }`);
    lines.push(...(shape.moreInputs ?? []));
  }
  lines.push('steps:');
  for (let i = 0; i < shape.steps; i++) {
    const id = i === 0 && shape.firstId ? shape.firstId : `step_${i}`;
    lines.push(`  ${id}:`);
    lines.push(`    run: echo ${i} > "$OUT"`);
    lines.push('    outputs: { out: { type: file } }');
    lines.push('    env: { OUT: "${{ outputs.out }}" }');
  }
  return `${lines.join('\n')}\n`;
}

describe('compile: GitHub limits', () => {
  let repo: TestRepo | undefined;
  afterEach(() => repo?.remove());

  const compile = (shape: Shape) => {
    repo = makeRepo({ 'pipeline.yml': pipelineText(shape) });
    return repo.cli(['compile']);
  };

  it('200 steps with 25 parameters compile well under 500 KB: the parameters travel once, as JSON', () => {
    const r = compile({ steps: 200, params: 25 });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = repo!.read('.github/workflows/pipekit.yml');
    expect(Buffer.byteLength(text)).toBeLessThan(MAX_WORKFLOW_BYTES);
    // The `set` lines appear once, in the plan job; each step job passes the plan's values.
    expect(text.match(/format\('param_0=\{0\}'/g)).toHaveLength(1);
    expect(text.match(/params: \$\{\{ needs\.plan\.outputs\.params \}\}/g)).toHaveLength(201);
  });

  it('254 steps (256 jobs) compile; 255 steps get a located error', () => {
    expect(compile({ steps: 254, params: 0 }).code).toBe(0);
    repo!.remove();
    const r = compile({ steps: 255, params: 0 });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^pipeline\.yml:2:1 github-limit 255 steps make 257 jobs/m);
    expect(r.stderr).toContain('at most 256 jobs');
  });

  it('25 parameters are 25 dispatch inputs; 26 become one JSON input, and the plan reads it', () => {
    const at25run = compile({ steps: 1, params: 25 });
    expect(at25run.code).toBe(0);
    expect(at25run.stderr).toBe('');
    const at25 = repo!.read('.github/workflows/pipekit.yml');
    expect(at25).toContain('      param_24:\n');
    repo!.remove();
    const r = compile({ steps: 1, params: 26 });
    expect(r.code).toBe(0);
    // Located, and said before anyone looks for 26 fields in the form.
    expect(r.stderr).toMatch(
      /^pipeline\.yml:2:1 github-limit note: 26 parameters, more than the 25 workflow_dispatch inputs GitHub accepts: the "Run workflow" form takes them as one JSON input, `parameters`/m,
    );
    const at26 = repo!.read('.github/workflows/pipekit.yml');
    expect(at26).not.toContain('      param_0:\n');
    expect(at26).toContain('      parameters:\n');
    expect(at26).toContain('params: ${{ inputs.parameters }}');
  });

  it('github.dispatch-inputs lowers the limit for an older GHES', () => {
    const r = compile({ steps: 1, params: 11, github: 'github: { dispatch-inputs: 10 }' });
    expect(r.code).toBe(0);
    expect(repo!.read('.github/workflows/pipekit.yml')).toContain('      parameters:\n');
  });

  it('a job id of 99 characters compiles; 100 get a located error', () => {
    expect(compile({ steps: 2, params: 0, firstId: `s${'x'.repeat(98)}` }).code).toBe(0);
    repo!.remove();
    const r = compile({ steps: 2, params: 0, firstId: `s${'x'.repeat(99)}` });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^pipeline\.yml:3:3 github-limit step id of 100 characters/m);
  });

  it('parameters equal but for case collide, located at the second', () => {
    const r = compile({
      steps: 1,
      params: 0,
      moreInputs: ['  lr: { type: number, default: 1 }', '  LR: { type: number, default: 2 }'],
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^pipeline\.yml:4:3 github-limit parameter `LR` differs from `lr` only in case/m,
    );
  });

  it('a parameter without a default cannot run on push or pull_request; on dispatch only it can', () => {
    const input = ['  seed: { type: integer }'];
    const r = compile({ steps: 1, params: 0, moreInputs: input });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^pipeline\.yml:3:3 github-limit parameter `seed` has no default, and the workflow runs on push, pull_request, merge_group/m,
    );
    repo!.remove();
    const dispatchOnly = compile({
      steps: 1,
      params: 0,
      moreInputs: input,
      on: 'on: { workflow_dispatch: }',
    });
    expect(dispatchOnly.stderr).toBe('');
    const text = repo!.read('.github/workflows/pipekit.yml');
    expect(text).toMatch(/seed:\n\s+description: integer\n\s+required: true/);
  });

  it('a workflow over 500 KB is refused with a located error, and nothing is written', () => {
    // Each step needs every step before it: the `needs` lists and `if`s grow with the square.
    const lines = ['steps:'];
    for (let i = 0; i < 120; i++) {
      const needs = Array.from({ length: i }, (_, j) => `step_${j}`).join(', ');
      lines.push(`  step_${i}:`, `    run: 'true'`, `    needs: [${needs}]`);
    }
    repo = makeRepo({ 'pipeline.yml': `${lines.join('\n')}\n` });
    const r = repo.cli(['compile']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^pipeline\.yml:1:1 github-limit the workflow would be \d+ KB/m);
    expect(r.stderr).toContain('GitHub starts no run from a workflow file over 500 KB');
    expect(repo.cli(['compile', '--check']).code).toBe(1);
    expect(() => repo!.read('.github/workflows/pipekit.yml')).toThrow();
  });
});

describe('checkWorkflowSize', () => {
  it('accepts 500,000 bytes and refuses one more', () => {
    expect(checkWorkflowSize('x'.repeat(MAX_WORKFLOW_BYTES))).toEqual([]);
    expect(checkWorkflowSize('x'.repeat(MAX_WORKFLOW_BYTES + 1))).toHaveLength(1);
    // Bytes, not characters: GitHub counts the file.
    expect(checkWorkflowSize('é'.repeat(MAX_WORKFLOW_BYTES / 2 + 1))).toHaveLength(1);
  });
});
