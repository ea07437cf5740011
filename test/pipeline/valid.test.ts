import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPipeline } from '../../src/pipeline/load.js';
import type { Graph, Pipeline, Step } from '../../src/pipeline/types.js';
import { createRepoView } from '../../src/workspace/repo-view.js';

function load(name: string): { pipeline: Pipeline; graph: Graph; step: (id: string) => Step } {
  const dir = new URL(`../fixtures/valid/${name}/`, import.meta.url).pathname;
  const text = readFileSync(`${dir}pipeline.yml`, 'utf8');
  const result = loadPipeline({ file: 'pipeline.yml', text, repo: createRepoView(dir) });
  expect(result.diagnostics).toEqual([]);
  if (!result.pipeline || !result.graph) throw new Error('no pipeline');
  const { pipeline, graph } = result;
  const step = (id: string) => {
    const found = pipeline.steps.find((s) => s.id === id);
    if (!found) throw new Error(`no step ${id}`);
    return found;
  };
  return { pipeline, graph, step };
}

describe('the tabular pipeline, in the shape of the README example', () => {
  const { pipeline, graph, step } = load('tabular');

  it('keeps the pipeline keys', () => {
    expect(pipeline.name).toBe('tabular-classification');
    expect(pipeline.description).toBe('Train and evaluate a classifier');
    expect(pipeline.file).toBe('pipeline.yml');
    expect(pipeline.inputs).toEqual({
      learning_rate: { type: 'number', default: 0.05 },
      epochs: { type: 'integer', default: 200, min: 1 },
      deploy: { type: 'boolean', default: false },
    });
    expect(pipeline.runners).toEqual({
      cpu: 'ubuntu-latest',
      highmem: ['self-hosted', 'linux', 'highmem'],
      gpu: { group: 'gpu-pool', labels: ['linux', 'gpu'] },
    });
    expect(pipeline.defaultRunner).toBe('cpu');
    expect(pipeline.steps.map((s) => [s.id, s.runner])).toEqual([
      ['prepare', 'highmem'],
      ['train', 'gpu'],
      ['evaluate-test', 'cpu'],
      ['evaluate-train', 'cpu'],
      ['register', 'cpu'],
      ['smoke-test', 'cpu'],
    ]);
  });

  it('binds literals (normalized repo paths), parameters, step outputs and defaults', () => {
    expect(step('prepare').with).toEqual({
      raw: { kind: 'literal', value: 'data/raw.csv' },
      test_fraction: { kind: 'literal', value: 0.2 },
    });
    expect(step('train').with).toEqual({
      data: { kind: 'step-output', step: 'prepare', output: 'train' },
      learning_rate: { kind: 'param', name: 'learning_rate' },
      epochs: { kind: 'param', name: 'epochs' },
    });
    expect(step('train').source).toEqual({ file: 'pipeline.yml', line: 20, column: 3 });
  });

  it('shares one component between two steps with different inputs', () => {
    const test = step('evaluate-test');
    const train = step('evaluate-train');
    expect(test.component).toBe(train.component);
    expect(test.uses).toBe('./steps/models/evaluate');
    expect(train.uses).toBe('steps/models/evaluate');
    expect(test.with.split).toEqual({ kind: 'literal', value: 'test' });
    expect(train.with.split).toEqual({ kind: 'literal', value: 'train' });
    expect(train.with.data).toEqual({ kind: 'step-output', step: 'prepare', output: 'train' });
    expect(test.component.runText).toBe(
      'python3 evaluate.py \\\n  --model ${{ inputs.model }} --data ${{ inputs.data }} \\\n' +
        '  --split ${{ inputs.split }} --out ${{ outputs.metrics }}\n',
    );
  });

  it('reads a component in a nested folder', () => {
    const component = step('train').component;
    expect(component.dir).toBe('steps/models/train');
    expect(component.file).toBe('steps/models/train/component.yml');
    expect(component.name).toBe('train');
    expect(component.description).toBe('Logistic regression trained by gradient descent');
    expect(component.code).toEqual(['*.py', 'requirements.txt']);
    expect(component.outputs).toEqual({ model: { type: 'dir' }, metrics: { type: 'metrics' } });
    expect(component.setupText).toBe('pip install -r requirements.txt');
    expect(component.setup).toEqual([{ text: 'pip install -r requirements.txt' }]);
    expect(component.envText).toEqual({ PYTHONHASHSEED: '0', MODE: 'fast' });
    expect(component.timeoutMinutes).toBe(60);
    expect(component.retries).toBe(1);
    expect(component.keyCommands).toEqual([
      'python3 -c "import sklearn; print(sklearn.__version__)"',
    ]);
    expect(component.run.slice(0, 3)).toEqual([
      { text: 'python train.py --data ' },
      { ref: { kind: 'input', name: 'data' } },
      { text: ' --lr ' },
    ]);
  });

  it('merges the key commands of a component and its step, each once', () => {
    expect(step('train').keyCommands).toEqual([
      'python3 -c "import sklearn; print(sklearn.__version__)"',
      'nvidia-smi --query-gpu=driver_version --format=csv,noheader',
    ]);
    expect(step('prepare').keyCommands).toEqual([]);
    expect(step('evaluate-test').keyCommands).toEqual([]);
  });

  it('keeps needs, cache and the condition without its braces', () => {
    const register = step('register');
    expect(register.needs).toEqual(['evaluate-test', 'evaluate-train']);
    expect(register.cache).toBe(false);
    expect(register.if).toBe("github.ref == 'refs/heads/main' || inputs.deploy");
    expect(register.component.timeoutMinutes).toBeUndefined();
    expect(register.component.retries).toBe(0);
    expect(register.component.inputs).toEqual({});
  });

  it('builds an inline step in the root', () => {
    const smoke = step('smoke-test');
    expect(smoke.uses).toBeUndefined();
    expect(smoke.component.dir).toBe('');
    expect(smoke.component.file).toBe('pipeline.yml');
    expect(smoke.component.code).toEqual(['check.py']);
    expect(smoke.with).toEqual({
      metrics: { kind: 'step-output', step: 'evaluate-test', output: 'metrics' },
    });
  });

  it('builds the graph: fan-out from prepare, fan-in at the evaluations and register', () => {
    expect(graph.order).toEqual([
      'prepare',
      'train',
      'evaluate-test',
      'evaluate-train',
      'register',
      'smoke-test',
    ]);
    expect(graph.edges).toEqual([
      { from: 'prepare', to: 'train', output: 'train', input: 'data' },
      { from: 'train', to: 'evaluate-test', output: 'model', input: 'model' },
      { from: 'prepare', to: 'evaluate-test', output: 'test', input: 'data' },
      { from: 'train', to: 'evaluate-train', output: 'model', input: 'model' },
      { from: 'prepare', to: 'evaluate-train', output: 'train', input: 'data' },
      { from: 'evaluate-test', to: 'register' },
      { from: 'evaluate-train', to: 'register' },
      { from: 'evaluate-test', to: 'smoke-test', output: 'metrics', input: 'metrics' },
    ]);
    expect(graph.downstream.prepare).toEqual(['train', 'evaluate-test', 'evaluate-train']);
    expect(graph.upstream['evaluate-test']).toEqual(['prepare', 'train']);
    expect(graph.upstream.register).toEqual(['evaluate-test', 'evaluate-train']);
    expect(graph.upstream.prepare).toEqual([]);
  });
});

describe('every input and output type', () => {
  const { pipeline, graph, step } = load('types');

  it('binds each literal type; path literals normalized, folder and file alike', () => {
    expect(step('literals').with).toEqual({
      name: { kind: 'literal', value: 'literal' },
      rate: { kind: 'literal', value: 0.25 },
      count: { kind: 'literal', value: 7 },
      flag: { kind: 'literal', value: false },
      table: { kind: 'literal', value: 'data/table.csv' },
      images: { kind: 'literal', value: 'data/images' },
      choice: { kind: 'literal', value: 'full' },
      label: {
        kind: 'template',
        parts: [
          { text: 'run-' },
          { ref: { kind: 'input', name: 'title' } },
          { text: '-' },
          { ref: { kind: 'input', name: 'count' } },
        ],
      },
      // A component's path default is relative to its folder.
      vocab: { kind: 'literal', value: 'steps/all/vocab.txt' },
    });
  });

  it('binds parameters of each type (an integer feeds a number) and a dir output to a path', () => {
    expect(step('params').with).toEqual({
      name: { kind: 'param', name: 'title' },
      rate: { kind: 'param', name: 'count' },
      count: { kind: 'param', name: 'count' },
      flag: { kind: 'param', name: 'fast' },
      table: { kind: 'param', name: 'table' },
      images: { kind: 'step-output', step: 'literals', output: 'folder' },
      choice: { kind: 'literal', value: 'fast' },
      vocab: { kind: 'literal', value: 'steps/all/vocab.txt' },
    });
    expect(graph.edges).toEqual([
      { from: 'literals', to: 'params', output: 'folder', input: 'images' },
    ]);
  });

  it('reads every declaration', () => {
    const component = step('literals').component;
    expect(component.inputs.choice).toEqual({
      type: 'string',
      enum: ['fast', 'full'],
      default: 'fast',
    });
    expect(component.inputs.count).toEqual({ type: 'integer', min: 1, max: 10 });
    expect(component.inputs.table).toEqual({ type: 'path', description: 'a file' });
    expect(component.inputs.label).toEqual({ type: 'string', optional: true });
    expect(component.outputs).toEqual({
      folder: { type: 'dir' },
      report: { type: 'file', description: 'a text report' },
      scores: { type: 'metrics' },
    });
    expect(component.code).toEqual(['all.sh']);
    expect(pipeline.inputs.tag).toEqual({ type: 'string', enum: ['a', 'b'], optional: true });
    expect(pipeline.inputs.table).toEqual({ type: 'path', default: 'data/table.csv' });
  });

  it('defaults the runner map and the name', () => {
    expect(pipeline.runners).toEqual({ cpu: 'ubuntu-latest' });
    expect(pipeline.defaultRunner).toBe('cpu');
    expect(pipeline.name).toBe('every-type');
  });
});

describe('inline steps', () => {
  const { pipeline, graph, step } = load('inline');

  it('orders by file order among ready steps, with needs-only edges', () => {
    expect(graph.order).toEqual(['download', 'lint', 'count', 'release']);
    expect(graph.edges).toEqual([
      { from: 'download', to: 'count', output: 'csv', input: 'csv' },
      { from: 'lint', to: 'count' },
      { from: 'count', to: 'release' },
      { from: 'lint', to: 'release' },
    ]);
    expect(graph.upstream.release).toEqual(['lint', 'count']);
  });

  it('keeps cache settings, extra key parts and the condition', () => {
    expect(step('download').keyParts).toEqual(['example-v1']);
    expect(step('download').keyCommands).toEqual(['curl --version']);
    expect(step('download').component.keyCommands).toEqual(['curl --version']);
    expect(step('count').keyCommands).toEqual([]);
    expect(step('download').cache).toBe(true);
    expect(step('lint').cache).toBe(false);
    expect(step('lint').component.code).toEqual(['**/*.py']);
    expect(step('release').if).toBe("startsWith(github.ref, 'refs/tags/')");
    expect(step('count').needs).toEqual(['lint']);
  });

  it('builds the inline component', () => {
    expect(step('count').component).toEqual({
      dir: '',
      file: 'pipeline.yml',
      inputs: { csv: { type: 'path' } },
      outputs: { lines: { type: 'file' } },
      run: [
        { text: 'wc -l < ' },
        { ref: { kind: 'input', name: 'csv' } },
        { text: ' > ' },
        { ref: { kind: 'output', name: 'lines' } },
      ],
      runText: 'wc -l < ${{ inputs.csv }} > ${{ outputs.lines }}',
      setup: [{ text: 'command -v wc' }],
      setupText: 'command -v wc',
      env: { LC_ALL: [{ text: 'C' }], THREADS: [{ text: '2' }] },
      envText: { LC_ALL: 'C', THREADS: '2' },
      timeoutMinutes: 5,
      retries: 2,
    });
    // Without `name:` the pipeline is named after its folder, as far as `file` tells it.
    expect(pipeline.name).toBe('pipeline');
    const dir = new URL('../fixtures/valid/inline/', import.meta.url).pathname;
    const file = `${dir}pipeline.yml`;
    const named = loadPipeline({
      file,
      text: readFileSync(file, 'utf8'),
      repo: createRepoView(dir),
    });
    expect(named.pipeline?.name).toBe('inline');
    expect(named.pipeline?.steps[0]?.source.file).toBe(file);
  });
});

describe('secrets, deployment environments and permissions', () => {
  const { step } = load('secrets');

  it('gives a step the secrets of its component and its own, sorted, each once', () => {
    expect(step('collect').secrets).toEqual(['DATA_KEY', 'HF_TOKEN', 'WANDB_KEY']);
    expect(step('publish').secrets).toEqual(['PYPI_TOKEN']);
    expect(step('register').secrets).toEqual([]);
    expect(step('plain').secrets).toEqual([]);
  });

  it("takes a step's environment and permissions over its component's, whole", () => {
    expect(step('collect').environment).toEqual({ name: 'data' });
    expect(step('collect').permissions).toEqual({ contents: 'read' });
    expect(step('register').environment).toEqual({ name: 'staging' });
    expect(step('register').permissions).toEqual({ 'id-token': 'write', models: 'read' });
    expect(step('publish').environment).toEqual({
      name: 'pypi',
      url: 'https://pypi.org/p/example',
    });
    expect(step('publish').permissions).toBe('write-all');
    expect(step('plain').environment).toBeUndefined();
    expect(step('plain').permissions).toBeUndefined();
  });
});
