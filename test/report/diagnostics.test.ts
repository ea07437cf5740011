import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { loadPipeline } from '../../src/pipeline/load.js';
import { formatDiagnostics } from '../../src/report/diagnostics.js';
import { memoryRepo } from '../support/memory-repo.js';

const unknownKeys = (n: number): string =>
  `steps:\n  a:\n    run: 'true'\n${Array.from({ length: n }, (_, i) => `x${i}: 1`).join('\n')}\n`;

/** Validate and print, as `pipekit validate` does, in this process. */
function validateAndPrint(text: string): { ms: number; out: string; count: number } {
  const start = performance.now();
  const result = loadPipeline({ file: 'pipeline.yml', text, repo: memoryRepo({}) });
  const out = formatDiagnostics(result.diagnostics, new Map([['pipeline.yml', text]]));
  return { ms: performance.now() - start, out, count: result.diagnostics.length };
}

describe('diagnostics: printed in linear time, capped, long lines cut around the caret', () => {
  it('prints the first 100 and counts the rest', () => {
    const { out, count } = validateAndPrint(unknownKeys(250));
    expect(count).toBe(250);
    expect(out.match(/^pipeline\.yml:\d+:1 unknown-key/gm)).toHaveLength(100);
    expect(out.endsWith('… and 150 more not shown\n\n250 problems')).toBe(true);
  });

  it('shows a window of a long line around the caret, not the whole line', () => {
    const refs = Array.from({ length: 400 }, (_, i) => `\${{ inputs.n${i} }}`).join(' ');
    const { out } = validateAndPrint(`steps:\n  a:\n    run: echo ${refs}\n`);
    const excerpts = out.split('\n').filter((line) => line.startsWith('   3 | '));
    expect(excerpts).toHaveLength(100);
    for (const line of excerpts) expect(line.length).toBeLessThan(180);
    // The caret still points at the reference it names.
    const blocks = out.split('\n\n').slice(50, 51)[0]!.split('\n');
    const name = /unknown input `(n\d+)`/.exec(blocks[0]!)![1]!;
    const caret = blocks[2]!.indexOf('^');
    expect(blocks[1]!.slice(caret)).toMatch(new RegExp(`^\\$\\{\\{ inputs\\.${name} \\}\\}`));
  });

  it('40,000 unknown keys cost about ten times 4,000, not a hundred (a ratio in one run)', () => {
    const best = (n: number): number =>
      Math.min(...[0, 1, 2].map(() => validateAndPrint(unknownKeys(n)).ms));
    best(4_000); // warm up the parser and the schema code
    const ratio = best(40_000) / best(4_000);
    // Linear is about 10; the printing this replaced was quadratic, about 100.
    expect(ratio).toBeLessThan(30);
  });
});
