import { describe, expect, it } from 'vitest';
import { checkWorkflow, lineDiff } from '../../src/github/check.js';
import { compileWorkflow } from '../../src/github/compile.js';
import { makePipeline } from './model.js';

const opts = { actionRef: 'pipekit/pipekit@v1', pipelinePath: 'pipeline.yml' };

function workflowOf(steps: { id: string; data?: Record<string, string> }[]): string {
  const { pipeline, graph } = makePipeline({ steps });
  return compileWorkflow(pipeline, graph, opts).text!;
}

describe('checkWorkflow', () => {
  const committed = workflowOf([{ id: 'prepare' }, { id: 'train', data: { d: 'prepare.out' } }]);

  it('is up to date when the committed file is what compile writes', () => {
    expect(checkWorkflow(committed, committed)).toEqual({ upToDate: true });
  });

  it('ignores CRLF line endings from a Windows checkout', () => {
    expect(checkWorkflow(committed.replace(/\n/g, '\r\n'), committed).upToDate).toBe(true);
  });

  it('is stale when a pull request added a step without recompiling', () => {
    const generated = workflowOf([
      { id: 'prepare' },
      { id: 'train', data: { d: 'prepare.out' } },
      { id: 'evaluate', data: { m: 'train.out' } },
    ]);
    const result = checkWorkflow(committed, generated);
    expect(result.upToDate).toBe(false);
    const diff = result.diff ?? '';
    expect(diff.startsWith('--- existing\n+++ generated\n@@ line ')).toBe(true);
    expect(diff).toContain('+  evaluate:');
    expect(diff).toContain('+    needs: [plan, prepare, train]');
    // train's job now decides evaluate early; the result job waits for evaluate too.
    expect(diff.split('\n').filter((l) => l.startsWith('-'))).toEqual([
      '--- existing',
      '-      - uses: pipekit/pipekit@v1',
      '-    needs: [plan, prepare, train]',
      "-                ${{ needs.prepare.outputs.cut || '{}' }}",
      '-                "train": "${{ needs.train.result }}"',
    ]);
    expect(diff).toContain('+    needs: [plan, prepare, train, evaluate]');
  });

  it('is stale when there is no workflow file yet', () => {
    const result = checkWorkflow(undefined, committed);
    expect(result.upToDate).toBe(false);
    expect(result.diff).toContain('no workflow file');
  });
});

describe('lineDiff', () => {
  it('shows changed lines with two lines of context and a hunk header', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].join('\n');
    const after = ['a', 'b', 'c', 'D', 'e', 'f', 'g', 'h'].join('\n');
    expect(lineDiff(before, after)).toBe(
      [
        '--- existing',
        '+++ generated',
        '@@ line 2 @@',
        ' b',
        ' c',
        '-d',
        '+D',
        ' e',
        ' f',
        '',
      ].join('\n'),
    );
  });

  it('separates distant changes into hunks', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `line ${i}`);
    const changed = lines.map((l, i) => (i === 1 || i === 18 ? `${l}!` : l));
    const diff = lineDiff(lines.join('\n'), changed.join('\n'));
    expect(diff.match(/^@@/gm)).toHaveLength(2);
    expect(diff).toContain('@@ line 17 @@');
  });
});
