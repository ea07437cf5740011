import { describe, expect, it } from 'vitest';
import {
  checkCondition,
  conditionText,
  evaluateCondition,
  parseTemplate,
  substituteTemplate,
} from '../../src/pipeline/expressions.js';
import { GITHUB_CONTEXT_NAMES } from '../../src/pipeline/condition.js';
import { parseExpression } from '../../src/pipeline/expression-parser.js';

describe('parseTemplate', () => {
  it('keeps text without expressions as one part', () => {
    expect(parseTemplate('echo hello', 'component')).toEqual({
      template: [{ text: 'echo hello' }],
      refs: [],
      issues: [],
    });
    expect(parseTemplate('', 'component').template).toEqual([]);
  });

  it('splits references out of the text, in order', () => {
    const parsed = parseTemplate(
      "a ${{ inputs.x }}-${{outputs.y}} ${{ inputs['z'] }}",
      'component',
    );
    expect(parsed.template).toEqual([
      { text: 'a ' },
      { ref: { kind: 'input', name: 'x' } },
      { text: '-' },
      { ref: { kind: 'output', name: 'y' } },
      { text: ' ' },
      { ref: { kind: 'input', name: 'z' } },
    ]);
    expect(parsed.refs.map((r) => r.hole)).toEqual([0, 1, 2]);
    expect(parsed.issues).toEqual([]);
  });

  it('reads step outputs and parameters in `with`', () => {
    expect(parseTemplate('${{ steps.train.outputs.model }}', 'with').template).toEqual([
      { ref: { kind: 'step-output', step: 'train', output: 'model' } },
    ]);
    expect(parseTemplate('${{ inputs.lr }}', 'with').template).toEqual([
      { ref: { kind: 'input', name: 'lr' } },
    ]);
  });

  it.each([
    ['component', 'x ${{ steps.a.outputs.b }}', 'expression-context', 0],
    ['component', '${{ github.sha }}', 'expression-context', 0],
    ['with', '${{ outputs.model }}', 'expression-context', 0],
    ['with', '${{ steps.a.outputs }}', 'expression-context', 0],
    ['with', '${{ steps.a.result }}', 'expression-context', 0],
    ['with', '${{ inputs.a.b }}', 'expression-context', 0],
    ['with', "${{ inputs.a || 'x' }}", 'expression-context', 0],
    ['with', '${{ inputs.a }} ${{ }}', 'expression-syntax', 1],
    ['with', '${{ inputs. }}', 'expression-syntax', 0],
    ['component', 'echo ${{ inputs.a }} ${{ inputs.b', 'expression-syntax', 1],
    ['component', "${{ 'unterminated }}", 'expression-syntax', 0],
  ] as const)('%s: %s is %s at hole %i', (context, text, code, hole) => {
    const parsed = parseTemplate(text, context);
    expect(parsed.issues.map((i) => [i.code, i.hole])).toEqual([[code, hole]]);
  });

  it('says what is allowed', () => {
    expect(parseTemplate('${{ github.sha }}', 'with').issues[0]?.message).toBe(
      '`github.sha` is not available in `with`: use `steps.ID.outputs.NAME` and `inputs.NAME`',
    );
  });
});

describe('substituteTemplate', () => {
  it('replaces each reference by the caller’s value', () => {
    const { template } = parseTemplate('cp ${{ inputs.a }} ${{ outputs.b }}/x', 'component');
    const value = (ref: { kind: string; name?: string }) => `<${ref.kind}:${ref.name ?? ''}>`;
    expect(substituteTemplate(template, value)).toBe('cp <input:a> <output:b>/x');
    expect(substituteTemplate([], value)).toBe('');
  });
});

describe('parseExpression', () => {
  it('follows GitHub precedence: ! then comparisons then == then && then ||', () => {
    expect(parseExpression("!a.b == 'x' && c.d || e.f")).toEqual({
      expr: {
        kind: 'binary',
        op: '||',
        left: {
          kind: 'binary',
          op: '&&',
          left: {
            kind: 'binary',
            op: '==',
            left: { kind: 'not', operand: { kind: 'path', root: 'a', props: ['b'] } },
            right: { kind: 'literal', value: 'x' },
          },
          right: { kind: 'path', root: 'c', props: ['d'] },
        },
        right: { kind: 'path', root: 'e', props: ['f'] },
      },
    });
  });

  it.each([
    ['', 'empty expression'],
    ['a ==', 'expected a value, found the end'],
    ['(a', 'expected `)`, found the end'],
    ['a b', 'unexpected `b`'],
    ["'open", 'unterminated string'],
    ['a.1', 'expected a property name, found `1`'],
    ['a # b', 'unexpected `#`'],
  ])('%j fails: %s', (text, error) => {
    expect(parseExpression(text)).toEqual({ error });
  });
});

describe('evaluateCondition', () => {
  const ctx = {
    github: { ref: 'refs/heads/main', event_name: 'push', 'event.pull_request.draft': 'false' },
    inputs: { deploy: true, rate: 0.5, name: 'Prod', count: 0 },
  };
  it.each([
    ["github.ref == 'refs/heads/main'", true],
    ["github.ref == 'REFS/HEADS/MAIN'", true],
    ["github['ref'] != 'refs/heads/main'", false],
    ["github.REF == 'refs/heads/main'", true],
    ["startsWith(github.ref, 'refs/heads/')", true],
    ["startsWith(github.ref, 'REFS/tags/')", false],
    ["contains(github.ref, 'MAIN')", true],
    ["endsWith(github.ref, '/main')", true],
    ["github.event_name == 'push' && !inputs.deploy", false],
    ["github.event_name == 'pull_request' || inputs.deploy", true],
    ["!(github.event_name == 'push')", false],
    ['inputs.rate > 0.1', true],
    ['inputs.rate <= 0.4', false],
    ['inputs.count', false],
    ["inputs.count == ''", true],
    ["inputs.name == 'prod'", true],
    ['inputs.deploy == true', true],
    ["inputs.deploy == 'true'", false],
    ["github.event.pull_request.draft == 'false'", true],
    ["github.head_ref == ''", true],
    ['github.head_ref', false],
    ['github.missing == null', true],
    ['1 == 1.0', true],
    ["'1' == 1", true],
    ["'abc' == 0", false],
    ['0x10 == 16', true],
    ['true', true],
    ['false', false],
    ["''", false],
    ["'it''s' == 'IT''S'", true],
    ['NaN == NaN', false],
  ])('%s is %s', (expr, expected) => {
    expect(evaluateCondition(expr, ctx)).toBe(expected);
  });

  it('throws on text that validation would have rejected', () => {
    expect(() => evaluateCondition('a ==', ctx)).toThrow('invalid condition `a ==`');
  });
});

describe('checkCondition', () => {
  it('lists the parameters read and accepts github.*', () => {
    expect(checkCondition("github.ref == 'x' && inputs.deploy || inputs['rate'] > 1")).toEqual({
      issues: [],
      inputs: ['deploy', 'rate'],
    });
  });

  it('rejects other contexts, unknown functions and wrong arity', () => {
    const checked = checkCondition(
      "success() && steps.a.outputs.b && contains(github.ref) && env.X == 'y'",
    );
    expect(checked.issues).toEqual([
      {
        code: 'expression-context',
        message: 'unknown function `success` (known: startsWith, endsWith, contains)',
      },
      { code: 'expression-syntax', message: '`contains` takes 2 arguments' },
      {
        code: 'expression-context',
        message: '`steps.a.outputs.b` is not available in `if`: use `github.NAME` or `inputs.NAME`',
      },
      {
        code: 'expression-context',
        message: '`env.X` is not available in `if`: use `github.NAME` or `inputs.NAME`',
      },
    ]);
  });

  it('accepts exactly the github names the action supplies, in any case', () => {
    expect(checkCondition("github.REF == 'x' && github.run_attempt > 1").issues).toEqual([]);
    const message = (written: string) =>
      `\`${written}\` is not available in \`if\`: the github names are ${GITHUB_CONTEXT_NAMES.join(', ')}`;
    expect(
      checkCondition("github.event.pull_request.draft == false || github.job == 'x'").issues,
    ).toEqual([
      { code: 'expression-context', message: message('github.event.pull_request.draft') },
      { code: 'expression-context', message: message('github.job') },
    ]);
  });

  it('reports syntax errors', () => {
    expect(checkCondition('github.ref ==').issues).toEqual([
      { code: 'expression-syntax', message: 'expected a value, found the end' },
    ]);
  });
});

describe('conditionText', () => {
  it.each([
    ["${{ github.ref == 'x' }}", "github.ref == 'x'"],
    ["  ${{github.ref == 'x'}}  ", "github.ref == 'x'"],
    ["github.ref == 'x'", "github.ref == 'x'"],
  ])('%j -> %j', (value, text) => {
    expect(conditionText(value)).toEqual({ text });
  });

  it('rejects text around the braces', () => {
    expect(conditionText('${{ a }} && ${{ b }}')).toEqual({
      issue: {
        code: 'expression-syntax',
        message: 'write the whole condition inside one `${{ }}`',
      },
    });
  });
});
