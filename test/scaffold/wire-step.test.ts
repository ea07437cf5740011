import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { addStepToPipeline, type StepEntry } from '../../src/scaffold/wire-step.js';

const entry: StepEntry = {
  id: 'check',
  uses: './steps/check',
  runner: 'cpu',
  needs: ['register'],
  with: { model: '${{ steps.train.outputs.model }}' },
};

/** The lines of `after` that are not lines of `before`, matched in order (an LCS of lines). */
function addedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const added: string[] = [];
  let i = 0;
  for (const line of b) {
    if (i < a.length && a[i] === line) i++;
    else added.push(line);
  }
  expect(i, 'every line of the original, in order').toBe(a.length);
  return added;
}

describe('addStepToPipeline: the step added, the rest of the file byte for byte', () => {
  it("keeps every comment and line of the template's pipeline; adds the step after a blank line", () => {
    const text = readFileSync('templates/tabular-classification/pipeline.yml', 'utf8');
    const out = addStepToPipeline(text, entry) as string;
    expect(out.startsWith(text)).toBe(true);
    expect(out.slice(text.length)).toBe(
      [
        '',
        '  check:',
        '    uses: ./steps/check',
        '    runner: cpu',
        '    needs: [register]',
        '    with:',
        '      model: ${{ steps.train.outputs.model }}',
        '',
      ].join('\n'),
    );
    expect(parse(out).steps.check).toEqual({
      uses: './steps/check',
      runner: 'cpu',
      needs: ['register'],
      with: { model: '${{ steps.train.outputs.model }}' },
    });
  });

  it('inserts inside `steps:` when other keys follow it, at the indentation the file uses', () => {
    const text = [
      'name: p # the name',
      'steps:   # the steps',
      '    a:',
      '        run: echo a   # says a',
      '    # a comment inside the steps',
      'on:',
      '  push: {branches: [main]}',
      '# the end',
      '',
    ].join('\n');
    const out = addStepToPipeline(text, { ...entry, needs: [], with: {} }) as string;
    expect(addedLines(text, out)).toEqual([
      '    check:',
      '        uses: ./steps/check',
      '        runner: cpu',
    ]);
    expect(out.indexOf('    check:')).toBeLessThan(out.indexOf('on:'));
    expect(Object.keys(parse(out).steps)).toEqual(['a', 'check']);
  });

  it('adds no blank line where the steps have none, and ends a file that had no final newline', () => {
    const text = 'steps:\n  a:\n    run: echo a\n  b:\n    run: echo b';
    const out = addStepToPipeline(text, { ...entry, needs: ['a', 'b'], with: {} }) as string;
    expect(out).toBe(
      `${text}\n  check:\n    uses: ./steps/check\n    runner: cpu\n    needs: [a, b]\n`,
    );
  });

  it('refuses a `steps:` that is not a block mapping, rather than rewrite the file', () => {
    expect(addStepToPipeline('steps: { a: { run: echo } }\n', entry)).toBeUndefined();
    expect(addStepToPipeline('steps: {}\n', entry)).toBeUndefined();
    expect(addStepToPipeline('- a\n', entry)).toBeUndefined();
  });
});

describe('addStepToPipeline: line endings', () => {
  it('keeps the CRLF line endings of a file written on Windows', () => {
    const text = 'steps:\r\n  a:\r\n    run: echo a # a\r\n';
    const out = addStepToPipeline(text, { ...entry, needs: [], with: {} }) as string;
    expect(out).toBe(`${text}  check:\r\n    uses: ./steps/check\r\n    runner: cpu\r\n`);
  });
});
