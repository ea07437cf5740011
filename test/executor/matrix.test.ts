import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../support/repo.js';

/**
 * prepare -> train (a matrix over `lr`, and `seed`, which no input binds) -> select, which
 * reads every instance's model and metrics. Each step appends what it is to $PIPEKIT_TEST_LOG.
 */
const PIPELINE = `name: sweep
steps:
  prepare:
    run: |
      echo prepare >> "$PIPEKIT_TEST_LOG"
      printf 'rows\\n' > \${{ outputs.data }}
    outputs:
      data: { type: file }
  train:
    uses: ./steps/train
    matrix:
      lr: [0.1, 0.2]
      seed: [1]
    with:
      data: \${{ steps.prepare.outputs.data }}
      lr: \${{ matrix.lr }}
  select:
    run: |
      echo select >> "$PIPEKIT_TEST_LOG"
      cd \${{ inputs.models }} && find . | sort > \${{ outputs.listing }}
      cat \${{ inputs.scores }}/index.json > \${{ outputs.index }}
    inputs:
      models: { type: path }
      scores: { type: path }
    outputs:
      listing: { type: file }
      index: { type: file }
    with:
      models: \${{ steps.train.outputs.model }}
      scores: \${{ steps.train.outputs.metrics }}
`;

const TRAIN = {
  'steps/train/component.yml': `name: train
inputs:
  data: { type: path }
  lr: { type: number }
outputs:
  model: { type: dir }
  metrics: { type: metrics }
run: ./train.sh \${{ inputs.data }} \${{ inputs.lr }} \${{ outputs.model }} \${{ outputs.metrics }}
`,
  'steps/train/train.sh': `#!/usr/bin/env bash
echo "train $2" >> "$PIPEKIT_TEST_LOG"
mkdir -p "$3/weights"
echo "lr $2" > "$3/weights/w.txt"
echo "{\\"accuracy\\": $2}" > "$4"
`,
};

describe('matrix steps run locally, each instance cached on its own', () => {
  let repo: TestRepo;
  let log: string;
  const run = (args: string[] = []) => {
    writeFileSync(log, '');
    const r = repo.cli(['run', ...args], { PIPEKIT_TEST_LOG: log });
    const executed = readFileSync(log, 'utf8').split('\n').filter(Boolean).sort();
    return { ...r, executed };
  };
  const plan = (): Record<string, { status: string; key?: string }> => {
    const r = repo.cli(['plan', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const { steps } = JSON.parse(r.stdout) as {
      steps: { id: string; status: string; key?: string }[];
    };
    return Object.fromEntries(steps.map((row) => [row.id, { status: row.status, key: row.key }]));
  };
  const setMatrix = (from: string, to: string) =>
    repo.write({ 'pipeline.yml': repo.read('pipeline.yml').replace(from, to) });

  beforeEach(() => {
    repo = makeRepo({ 'pipeline.yml': PIPELINE, ...TRAIN });
    log = join(mkdtempSync(join(tmpdir(), 'pipekit-log-')), 'executed.txt');
    const first = run();
    expect(first.code, first.stderr).toBe(0);
    expect(first.executed).toEqual(['prepare', 'select', 'train 0.1', 'train 0.2']);
  });
  afterEach(() => {
    repo.remove();
    rmSync(join(log, '..'), { recursive: true, force: true });
  });

  it('gives the downstream step a folder: index.json and one sub-folder per instance', () => {
    expect(repo.read('.pipekit/out/select/listing').split('\n').filter(Boolean)).toEqual([
      '.',
      './index.json',
      './lr=0.1,seed=1',
      './lr=0.1,seed=1/weights',
      './lr=0.1,seed=1/weights/w.txt',
      './lr=0.2,seed=1',
      './lr=0.2,seed=1/weights',
      './lr=0.2,seed=1/weights/w.txt',
    ]);
    expect(JSON.parse(repo.read('.pipekit/out/select/index'))).toEqual({
      step: 'train',
      output: 'metrics',
      instances: [
        { name: 'lr=0.1,seed=1', matrix: { lr: 0.1, seed: 1 }, path: 'lr=0.1,seed=1' },
        { name: 'lr=0.2,seed=1', matrix: { lr: 0.2, seed: 1 }, path: 'lr=0.2,seed=1' },
      ],
    });
    // A file output is the file, under the output's name, in the instance's folder.
    const store = join(repo.dir, '.pipekit/store');
    const gathered = readdirSync(store).flatMap((d) =>
      !d.startsWith('.') &&
      readdirSync(join(store, d)).includes('metrics') &&
      statSync(join(store, d, 'metrics')).isDirectory()
        ? [join(store, d, 'metrics')]
        : [],
    );
    expect(gathered).toHaveLength(1);
    expect(readFileSync(join(gathered[0]!, 'lr=0.2,seed=1/metrics'), 'utf8')).toBe(
      '{"accuracy": 0.2}\n',
    );
    // Each instance has its own view of its outputs.
    expect(repo.read('.pipekit/out/train[lr=0.1,seed=1]/model/weights/w.txt')).toBe('lr 0.1\n');
  });

  it('reuses every instance when nothing changed', () => {
    const again = run();
    expect(again.code).toBe(0);
    expect(again.executed).toEqual([]);
    expect(again.stdout).toMatch(/all 4 steps were reused/);
  });

  it('runs one instance for one added grid point, and reruns the step reading them', () => {
    const keys = plan();
    setMatrix('lr: [0.1, 0.2]', 'lr: [0.1, 0.2, 0.3]');
    const after = plan();
    // An instance's key does not depend on the other instances.
    expect(after['train[lr=0.1,seed=1]']).toEqual(keys['train[lr=0.1,seed=1]']);
    expect(after['train[lr=0.3,seed=1]']!.status).toBe('run');
    expect(run().executed).toEqual(['select', 'train 0.3']);
    expect(repo.read('.pipekit/out/select/listing')).toContain('./lr=0.3,seed=1/weights/w.txt');
    expect(run().executed).toEqual([]);
  });

  it('runs no instance for a removed grid point; the step reading them reruns (its input changed)', () => {
    setMatrix('lr: [0.1, 0.2]', 'lr: [0.2]');
    expect(run().executed).toEqual(['select']);
    expect(repo.read('.pipekit/out/select/listing')).not.toContain('lr=0.1');
    // Back to both: every instance and the old folder were cached.
    setMatrix('lr: [0.2]', 'lr: [0.1, 0.2]');
    expect(run().executed).toEqual([]);
  });

  it('never gives two instances one key, even when no input binds the value that differs', () => {
    setMatrix('seed: [1]', 'seed: [1, 2]');
    const keys = plan();
    const trainKeys = Object.entries(keys)
      .filter(([id]) => id.startsWith('train['))
      .map(([, row]) => row.key);
    expect(trainKeys).toHaveLength(4);
    expect(new Set(trainKeys).size).toBe(4);
    expect(run().executed).toEqual(['select', 'train 0.1', 'train 0.2']);
  });

  it('reruns the downstream step when only the values change, though every output is the same', () => {
    // seed is bound by no input: the new instances write exactly the bytes the old ones did.
    setMatrix('seed: [1]', 'seed: [7]');
    expect(run().executed).toEqual(['select', 'train 0.1', 'train 0.2']);
    expect(JSON.parse(repo.read('.pipekit/out/select/index')).instances[0].matrix).toEqual({
      lr: 0.1,
      seed: 7,
    });
  });

  it('reruns only the instance whose output is gone, then reuses the downstream step', () => {
    const keys = plan();
    const key = keys['train[lr=0.2,seed=1]']!.key!;
    rmSync(join(repo.dir, '.pipekit/cache/entries', `${key}.json`), { force: true });
    rmSync(join(repo.dir, '.pipekit/store'), { recursive: true, force: true });
    const r = run();
    expect(r.code, r.stderr).toBe(0);
    expect(r.executed).toEqual(['train 0.2']);
  });

  it('forces every instance by the matrix step name, and explains each', () => {
    expect(run(['--force', 'train']).executed).toEqual(['train 0.1', 'train 0.2']);
    const explained = repo.cli(['explain', 'train']);
    expect(explained.code, explained.stderr).toBe(0);
    expect(explained.stdout).toContain('train[lr=0.1,seed=1]: cached');
    expect(explained.stdout).toContain('train[lr=0.2,seed=1]: cached');
    setMatrix('lr: [0.1, 0.2]', 'lr: [0.1, 0.25]');
    const changed = repo.cli(['explain', 'train[lr=0.25,seed=1]']);
    expect(changed.stdout).toContain('parameter lr: 0.2 -> 0.25');
    expect(changed.stdout).toContain('matrix lr: 0.2 -> 0.25');
  });
});

describe('matrix instances run in parallel', () => {
  it('under --jobs: each instance waits until every other one has started', () => {
    // A rendezvous, not a clock: with one job at a time the first instance would wait alone.
    const repo = makeRepo({
      'pipeline.yml': `name: together
steps:
  wait:
    matrix:
      n: [1, 2, 3]
    run: |
      touch "$RENDEZVOUS/\${{ inputs.n }}"
      for i in $(seq 1 200); do
        [ "$(ls "$RENDEZVOUS" | wc -l)" -ge 3 ] && exit 0
        sleep 0.05
      done
      exit 1
    inputs:
      n: { type: integer }
    with:
      n: \${{ matrix.n }}
`,
    });
    const rendezvous = mkdtempSync(join(tmpdir(), 'pipekit-rendezvous-'));
    try {
      const r = repo.cli(['run', '--jobs', '3'], { RENDEZVOUS: rendezvous });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(readdirSync(rendezvous).sort()).toEqual(['1', '2', '3']);
    } finally {
      repo.remove();
      rmSync(rendezvous, { recursive: true, force: true });
    }
  });
});
