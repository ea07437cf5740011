import { describe, expect, it } from 'vitest';
import { loadPipeline } from '../../src/pipeline/load.js';
import { instanceName } from '../../src/pipeline/matrix.js';
import type { ContentDigest } from '../../src/records/brands.js';
import { gatheredDigest } from '../../src/records/matrix-output.js';
import { renderMermaid } from '../../src/report/mermaid.js';
import { loadValid, memoryRepo } from '../support/memory-repo.js';

const TRAIN = `name: train
inputs:
  data: { type: path }
  lr: { type: number, min: 0, max: 1 }
  channels: { type: integer, default: 8 }
  mode: { type: string, enum: [fast, full], default: fast }
outputs:
  model: { type: dir }
run: echo \${{ inputs.lr }} > \${{ outputs.model }}/lr
`;

function files(pipeline: string): Record<string, string> {
  return { 'pipeline.yml': pipeline, 'steps/train/component.yml': TRAIN, 'data/raw.csv': 'x\n' };
}

/** A pipeline whose `train` step has this matrix block and `with` (indented for the step). */
function withMatrix(matrix: string, bind = '      lr: ${{ matrix.lr }}\n'): string {
  return `name: sweep
steps:
  train:
    uses: ./steps/train
${matrix}    with:
      data: data/raw.csv
${bind}  select:
    run: ls \${{ inputs.models }}
    inputs:
      models: { type: path }
    with:
      models: \${{ steps.train.outputs.model }}
`;
}

function diagnostics(text: string): [string, number, number, string][] {
  const result = loadPipeline({ file: 'pipeline.yml', text, repo: memoryRepo(files(text)) });
  return result.diagnostics.map((d) => [d.code, d.line, d.column, d.message]);
}

describe('matrix steps: combinations', () => {
  it('expands as GitHub does: product (first list slowest), exclude, then include', () => {
    const { pipeline, graph } = loadValid(
      files(
        withMatrix(
          `    matrix:
      lr: [0.01, 0.05]
      channels: [8, 16]
      exclude: [{ lr: 0.01, channels: 16 }]
      include:
        - { lr: 0.05, mode: full }
        - { lr: 0.1, channels: 8 }
    max-parallel: 2
`,
          '      lr: ${{ matrix.lr }}\n      channels: ${{ matrix.channels }}\n      mode: ${{ matrix.mode }}\n',
        ),
      ),
    );
    const ids = pipeline.steps.map((s) => s.id);
    expect(ids).toEqual([
      'train[lr=0.01,channels=8]',
      'train[lr=0.05,channels=8,mode=full]',
      'train[lr=0.05,channels=16,mode=full]',
      'train[lr=0.1,channels=8]',
      'select',
    ]);
    const second = pipeline.steps[1]!;
    expect(second.with.lr).toEqual({ kind: 'literal', value: 0.05 });
    expect(second.with.channels).toEqual({ kind: 'literal', value: 8 });
    expect(second.with.mode).toEqual({ kind: 'literal', value: 'full' });
    // A combination without `mode` leaves the input to its default.
    expect(pipeline.steps[0]!.with.mode).toEqual({ kind: 'literal', value: 'fast' });
    expect(second.matrix).toEqual({
      step: 'train',
      id: 'train[lr=0.05,channels=8,mode=full]',
      name: 'lr=0.05,channels=8,mode=full',
      values: { lr: 0.05, channels: 8, mode: 'full' },
      maxParallel: 2,
    });
    // The consumer reads every instance, in combination order.
    expect(graph.upstream.select).toEqual(ids.slice(0, 4));
    const models = pipeline.steps[4]!.with.models!;
    expect(models.kind).toBe('matrix-output');
    if (models.kind === 'matrix-output') {
      expect(models.instances.map((i) => i.id)).toEqual(ids.slice(0, 4));
    }
  });

  it('waits for every instance on a `needs` of the matrix step', () => {
    const text = withMatrix('    matrix:\n      lr: [0.1, 0.2]\n').replace(
      '    run: ls',
      '    needs: [train]\n    run: ls',
    );
    const { pipeline } = loadValid(files(text));
    expect(pipeline.steps[2]!.needs).toEqual(['train[lr=0.1]', 'train[lr=0.2]']);
  });

  it('substitutes matrix values in text', () => {
    const text = withMatrix(
      '    matrix:\n      lr: [0.1]\n      tag: [a b]\n',
      '      lr: ${{ matrix.lr }}\n      mode: "run-${{ matrix.tag }}"\n',
    ).replace('enum: [fast, full], ', '');
    const all = files(text);
    all['steps/train/component.yml'] = TRAIN.replace('enum: [fast, full], ', '');
    const { pipeline } = loadValid(all);
    expect(pipeline.steps[0]!.id).toBe('train[lr=0.1,tag=a%20b]');
    expect(pipeline.steps[0]!.with.mode).toEqual({ kind: 'literal', value: 'run-a b' });
  });

  it('names instances safely for files: %-encoded text, numbers as written, a digest past 120', () => {
    expect(instanceName({ path: 'data/a,b=c', n: -1.5, on: true })).toBe(
      'path=data%2Fa%2Cb%3Dc,n=-1.5,on=true',
    );
    expect(instanceName({ word: 'é' })).toBe('word=%C3%A9');
    const long = instanceName({ text: 'x'.repeat(300) });
    expect(long).toMatch(/^text=x{95}~[0-9a-f]{16}$/);
    expect(instanceName({ text: `${'x'.repeat(300)}y` })).not.toBe(long);
  });
});

describe('matrix steps: located diagnostics', () => {
  it('an unknown matrix name', () => {
    const text = withMatrix('    matrix:\n      lr: [0.1]\n', '      lr: ${{ matrix.rate }}\n');
    expect(diagnostics(text)).toEqual([
      ['unknown-matrix', 9, 11, 'unknown matrix variable `rate` (the matrix has `lr`)'],
    ]);
  });

  it('a matrix value of the wrong type for its input, at the value', () => {
    const text = withMatrix('    matrix:\n      lr: [0.1, fast, 2]\n');
    expect(diagnostics(text)).toEqual([
      [
        'value-type',
        6,
        17,
        'expected a number, got "fast" (matrix value for input `lr` of step `train`)',
      ],
      [
        'value-max',
        6,
        23,
        '2 is more than the maximum 1 (matrix value for input `lr` of step `train`)',
      ],
    ]);
  });

  it("an include value out of its input's enum, once though two instances share it", () => {
    const text = withMatrix(
      '    matrix:\n      lr: [0.1, 0.2]\n      include: [{ mode: quick }]\n',
      '      lr: ${{ matrix.lr }}\n      mode: ${{ matrix.mode }}\n',
    );
    expect(diagnostics(text).map(([c, l, col]) => [c, l, col])).toEqual([['value-enum', 7, 25]]);
  });

  it('a matrix with no combination left', () => {
    const text = withMatrix('    matrix:\n      lr: [0.1]\n      exclude: [{ lr: 0.1 }]\n');
    expect(diagnostics(text).map(([c, l, col]) => [c, l, col])).toEqual([['matrix-empty', 5, 5]]);
  });

  it('a matrix variable without values', () => {
    const text = withMatrix('    matrix:\n      lr: []\n');
    expect(diagnostics(text).map(([c, l, col]) => [c, l, col])).toEqual([['matrix-empty', 6, 11]]);
  });

  it('a duplicate value, and a duplicate include combination', () => {
    const text = withMatrix(
      '    matrix:\n      lr: [0.1, 0.1]\n      exclude: [{ lr: 0.1 }]\n      include: [{ lr: 0.3 }, { lr: 0.3 }]\n',
    );
    expect(diagnostics(text).map(([c, l, col]) => [c, l, col])).toEqual([
      ['matrix-duplicate', 6, 17],
      ['matrix-duplicate', 8, 30],
    ]);
  });

  it('a string and a number of the same text make one instance name: a duplicate', () => {
    const text = withMatrix('    matrix:\n      lr: [0.1, "0.1"]\n');
    expect(diagnostics(text)[0]!.slice(0, 3)).toEqual(['matrix-duplicate', 6, 17]);
  });

  it('matrix used in a step without a matrix, and in a component', () => {
    const text = withMatrix('', '      lr: ${{ matrix.lr }}\n');
    expect(diagnostics(text)).toEqual([
      [
        'expression-context',
        7,
        11,
        '`matrix.lr` is only available in the `with` of a step that declares `matrix`',
      ],
    ]);
    const run = withMatrix('    matrix:\n      lr: [0.1]\n').replace(
      'run: ls ${{ inputs.models }}',
      'run: ls ${{ matrix.lr }}',
    );
    expect(diagnostics(run).map(([c, l]) => [c, l])).toEqual([['expression-context', 11]]);
  });

  it('more than 256 instances, and a product too large to expand', () => {
    const values = (n: number) => `[${Array.from({ length: n }, (_, i) => i + 1).join(', ')}]`;
    const big = withMatrix(`    matrix:\n      lr: [0.1]\n      seed: ${values(257)}\n`);
    expect(diagnostics(big).map(([c, l, col]) => [c, l, col])).toEqual([['matrix-size', 5, 5]]);
    const huge = withMatrix(
      `    matrix:\n      a: ${values(100)}\n      b: ${values(100)}\n      c: ${values(100)}\n`,
      '      lr: 0.5\n',
    );
    expect(diagnostics(huge)[0]!.slice(0, 3)).toEqual(['matrix-size', 5, 5]);
    const exactly = withMatrix(`    matrix:\n      lr: [0.1]\n      seed: ${values(256)}\n`);
    expect(diagnostics(exactly)).toEqual([]);
  });

  it('an exclude naming no variable, max-parallel without a matrix, a bad variable name', () => {
    const text = withMatrix('    matrix:\n      lr: [0.1, 0.2]\n      exclude: [{ rate: 0.1 }]\n');
    expect(diagnostics(text).map(([c, l, col]) => [c, l, col])).toEqual([
      ['unknown-matrix', 7, 19],
    ]);
    const lone = withMatrix('    max-parallel: 2\n', '      lr: 0.5\n');
    expect(diagnostics(lone).map(([c, l, col]) => [c, l, col])).toEqual([['invalid-value', 5, 5]]);
    const name = withMatrix('    matrix:\n      lr: [0.1]\n      9x: [1]\n');
    expect(diagnostics(name)[0]![0]).toBe('invalid-value');
  });
});

describe('matrix steps: what a consumer keys on and sees', () => {
  const instances = [
    { id: 't[a=1]', name: 'a=1', values: { a: 1 } },
    { id: 't[a=2]', name: 'a=2', values: { a: 2 } },
  ];
  const gathered = { step: 't', output: 'model', instances };
  const [d1, d2, d3] = ['1', '2', '3'].map((c) => c.repeat(64) as ContentDigest);

  it("changes with any instance's output, their order, their values or the output read", () => {
    const base = gatheredDigest(gathered, [d1!, d2!]);
    expect(gatheredDigest(gathered, [d1!, d2!])).toBe(base);
    expect(gatheredDigest(gathered, [d1!, d3!])).not.toBe(base);
    expect(gatheredDigest(gathered, [d2!, d1!])).not.toBe(base);
    const renamed = [instances[0]!, { id: 't[a=3]', name: 'a=3', values: { a: 3 } }];
    expect(gatheredDigest({ ...gathered, instances: renamed }, [d1!, d2!])).not.toBe(base);
    expect(gatheredDigest({ ...gathered, output: 'metrics' }, [d1!, d2!])).not.toBe(base);
  });

  it('shows each instance in the graph', () => {
    const { graph } = loadValid(files(withMatrix('    matrix:\n      lr: [0.1, 0.2]\n')));
    const mermaid = renderMermaid(graph);
    expect(mermaid).toContain('s0["train[lr=0.1]"]');
    expect(mermaid).toContain('s1["train[lr=0.2]"]');
    expect(mermaid).toContain('s0 -- "model" --> s2');
    expect(mermaid).toContain('s1 -- "model" --> s2');
  });
});
