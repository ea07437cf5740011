import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { torchPython } from '../support/python.js';
import { makeRepo, type TestRepo } from '../support/repo.js';

const TEMPLATE = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../templates/image-classification',
);

/**
 * A folder holding a `python3` that records each call's arguments, one line a call, then runs
 * the interpreter with torch: put first on PATH, it says which scripts each run started.
 */
function recordingPython(python: string): { bin: string; calls: () => string[] } {
  const bin = mkdtempSync(join(tmpdir(), 'pipekit-python-'));
  const log = join(bin, 'calls.log');
  writeFileSync(log, '');
  writeFileSync(
    join(bin, 'python3'),
    `#!/usr/bin/env bash\nprintf '%s\\n' "$*" >> '${log}'\nexec '${python}' "$@"\n`,
  );
  chmodSync(join(bin, 'python3'), 0o755);
  return {
    bin,
    calls: () => {
      const lines = readFileSync(log, 'utf8').split('\n').filter(Boolean);
      writeFileSync(log, '');
      return lines;
    },
  };
}

/** The scripts the recorded calls ran (setup's `python3 -c` lookups left out), sorted. */
function scripts(calls: string[]): string[] {
  return calls
    .filter((c) => !c.startsWith('-c '))
    .map(describeCall)
    .sort();
}

function describeCall(call: string): string {
  const words = call.split(' ');
  const script = words[0] ?? '';
  if (script !== 'train.py') return script;
  const arg = (name: string) => words[words.indexOf(name) + 1];
  return `train.py lr=${arg('--learning-rate')} channels=${arg('--channels')}`;
}

const GRID = [
  'train.py lr=0.001 channels=4',
  'train.py lr=0.001 channels=8',
  'train.py lr=0.01 channels=4',
  'train.py lr=0.01 channels=8',
];

function readJson(repo: TestRepo, rel: string): Record<string, unknown> {
  return JSON.parse(repo.read(rel)) as Record<string, unknown>;
}

describe('the image-classification template, end to end with the CLI', { timeout: 300_000 }, () => {
  let repo: TestRepo;
  let python: ReturnType<typeof recordingPython>;
  let env: Record<string, string>;

  beforeAll(() => {
    python = recordingPython(torchPython());
    env = { PATH: `${python.bin}${delimiter}${process.env.PATH ?? ''}` };
    repo = makeRepo({});
    cpSync(TEMPLATE, repo.dir, {
      recursive: true,
      filter: (src) =>
        !src.split(/[\\/]/).some((part) => part === '.pipekit' || part === '__pycache__'),
    });
    repo.commit('the template');
  });
  afterAll(() => {
    repo.remove();
    rmSync(python.bin, { recursive: true, force: true });
  });

  const run = () => {
    const r = repo.cli(['run', '--jobs', '2'], env);
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    return scripts(python.calls());
  };

  it('trains every grid point, selects the best by validation accuracy and scores it on the test split', () => {
    expect(run()).toEqual(['evaluate.py', 'prepare.py', 'select.py', ...GRID]);
    const selection = readJson(repo, '.pipekit/out/select/model/selection.json');
    expect(selection.candidates).toBe(4);
    const table = repo.read('.pipekit/out/select/sweep');
    expect(table.match(/^\| 0\.0\d+ \| [48] \|/gm)).toHaveLength(4);
    expect(table).toContain(`selected \`${String(selection.instance)}\``);
    const metrics = readJson(repo, '.pipekit/out/evaluate/metrics');
    expect(metrics.test_rows).toBe(359);
    expect(metrics.accuracy).toBeGreaterThan(0.9);
  });

  it('runs nothing the second time', () => {
    expect(run()).toEqual([]);
  });

  it('trains only the grid point added to the matrix, then selects among all five', () => {
    const pipeline = repo.read('pipeline.yml');
    const grid = '      channels: [4, 8]\n';
    expect(pipeline).toContain(grid);
    repo.write({
      'pipeline.yml': pipeline.replace(
        grid,
        `${grid}      include: [{ learning_rate: 0.003, channels: 8 }]\n`,
      ),
    });
    repo.commit('one more grid point');
    expect(run()).toEqual(['evaluate.py', 'select.py', 'train.py lr=0.003 channels=8']);
    expect(readJson(repo, '.pipekit/out/select/model/selection.json').candidates).toBe(5);
    expect(repo.read('.pipekit/out/select/sweep').match(/^\| 0\.0\d+ \| [48] \|/gm)).toHaveLength(
      5,
    );
  });
});

describe("the template's steps, run by hand", { timeout: 120_000 }, () => {
  let work: string;
  let python: string;
  beforeAll(() => {
    python = torchPython();
    work = mkdtempSync(join(tmpdir(), 'pipekit-digits-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const step = (name: string, args: string[]) => {
    const r = spawnSync(python, [join(TEMPLATE, 'steps', name, `${name}.py`), ...args], {
      encoding: 'utf8',
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONHASHSEED: '0' },
    });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  };
  const at = (...parts: string[]) => join(work, ...parts);

  it('train writes byte-identical weights, card and metrics when run again', () => {
    step('prepare', [
      ...['--raw', join(TEMPLATE, 'data/digits.csv.gz'), '--seed', '0'],
      ...['--validation-fraction', '0.2', '--test-fraction', '0.2'],
      ...[
        '--train',
        at('train.csv'),
        '--validation',
        at('validation.csv'),
        '--test',
        at('test.csv'),
      ],
      ...['--preprocessing', at('preprocessing.json'), '--metrics', at('prepare.json')],
    ]);
    const outputs = (run: string) => {
      mkdirSync(at(run));
      step('train', [
        ...['--train', at('train.csv'), '--validation', at('validation.csv')],
        ...['--learning-rate', '0.01', '--channels', '4', '--epochs', '2', '--batch-size', '32'],
        ...['--seed', '0', '--threads', '1', '--model', at(run), '--metrics', at(`${run}.json`)],
      ]);
      return ['model.safetensors', 'model.json'].map((f) => readFileSync(at(run, f)));
    };
    const first = outputs('a');
    const second = outputs('b');
    expect(second).toEqual(first);
    expect(readFileSync(at('b.json'))).toEqual(readFileSync(at('a.json')));
    // safetensors: an 8-byte little-endian header length, then a JSON header naming the tensors
    const weights = first[0]!;
    const header = JSON.parse(
      weights.subarray(8, 8 + Number(weights.readBigUInt64LE(0))).toString('utf8'),
    ) as Record<string, { dtype: string }>;
    expect(Object.keys(header)).toContain('classifier.weight');
  });

  it('select keeps the best validation accuracy, then the lower loss, then the earlier instance', () => {
    const sweep = at('sweep');
    const instances = [
      { name: 'learning_rate=0.1,channels=4', accuracy: 0.9, loss: 0.3 },
      { name: 'learning_rate=0.1,channels=8', accuracy: 0.95, loss: 0.2 },
      { name: 'learning_rate=0.01,channels=4', accuracy: 0.95, loss: 0.1 },
      { name: 'learning_rate=0.01,channels=8', accuracy: 0.95, loss: 0.1 },
    ];
    const index = {
      step: 'train',
      output: 'model',
      instances: instances.map(({ name }) => {
        const [lr, channels] = name.split(',').map((kv) => Number(kv.split('=')[1]));
        return { name, matrix: { learning_rate: lr, channels }, path: name };
      }),
    };
    mkdirSync(sweep);
    writeFileSync(join(sweep, 'index.json'), JSON.stringify(index));
    for (const { name, accuracy, loss } of instances) {
      mkdirSync(join(sweep, name));
      const card = {
        metrics: { validation_accuracy: accuracy, validation_loss: loss, parameters: 1 },
      };
      writeFileSync(join(sweep, name, 'model.json'), JSON.stringify(card));
      writeFileSync(join(sweep, name, 'model.safetensors'), name);
    }
    mkdirSync(at('chosen'));
    step('select', [
      ...['--models', sweep, '--model', at('chosen')],
      ...['--sweep', at('sweep.md'), '--metrics', at('select.json')],
    ]);
    expect(readFileSync(at('chosen', 'model.safetensors'), 'utf8')).toBe(
      'learning_rate=0.01,channels=4',
    );
    expect(JSON.parse(readFileSync(at('chosen', 'selection.json'), 'utf8'))).toEqual({
      instance: 'learning_rate=0.01,channels=4',
      matrix: { learning_rate: 0.01, channels: 4 },
      validation_accuracy: 0.95,
      candidates: 4,
    });
    expect(JSON.parse(readFileSync(at('select.json'), 'utf8'))).toEqual({
      candidates: 4,
      best_validation_accuracy: 0.95,
      worst_validation_accuracy: 0.9,
    });
  });
});
