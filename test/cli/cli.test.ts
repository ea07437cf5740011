import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, makeRepo } from '../support/repo.js';

const cli = (...args: string[]) => {
  const r = spawnSync('node', [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('pipekit validate', () => {
  it('prints every problem located with a caret excerpt and exits 1', () => {
    const r = cli('validate', '--pipeline', 'test/fixtures/broken/many-problems/pipeline.yml');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const heads = r.stderr.split('\n').filter((l) => l.startsWith('test/fixtures/'));
    expect(heads.length).toBeGreaterThanOrEqual(5);
    for (const head of heads)
      expect(head).toMatch(
        /^test\/fixtures\/broken\/many-problems\/pipeline\.yml:\d+:\d+ [a-z-]+ \S/,
      );
    expect(r.stderr).toMatch(/\n\s+\d+ \| .*\n\s+\| *\^/);
    expect(r.stderr).toMatch(new RegExp(`\\n${heads.length} problems\\n$`));
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('says a valid pipeline is valid in one line and exits 0', () => {
    const r = cli('validate', '--pipeline', 'templates/tabular-classification/pipeline.yml');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('templates/tabular-classification/pipeline.yml: valid, 5 steps\n');
  });

  it('reports a missing pipeline file without a stack trace', () => {
    const r = cli('validate', '--pipeline', 'no/such/pipeline.yml');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'pipekit validate: no/such/pipeline.yml: no pipeline file here (pass --pipeline FILE)\n',
    );
  });
});

describe('pipekit graph', () => {
  it('prints Mermaid with step ids as nodes and data edges labelled by output', () => {
    const r = cli('graph', '--pipeline', 'templates/tabular-classification/pipeline.yml');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('flowchart LR');
    expect(lines).toContain('  s0["collect"]');
    expect(lines).toContain('  s2["train"]');
    expect(lines).toContain('  s1 -- "train" --> s2');
    expect(lines).toContain('  s2 -- "model" --> s3');
    // register's `needs: [evaluate]` repeats its metrics data edge: drawn once
    expect(lines.filter((l) => l.startsWith('  s3 ') && l.endsWith(' s4'))).toEqual([
      '  s3 -- "metrics" --> s4',
    ]);
  });

  it('prints JSON with --format json', () => {
    const r = cli(
      'graph',
      '--format',
      'json',
      '--pipeline',
      'templates/tabular-classification/pipeline.yml',
    );
    const graph = JSON.parse(r.stdout) as { steps: { id: string }[]; edges: unknown[] };
    expect(graph.steps.map((s) => s.id)).toEqual([
      'collect',
      'prepare',
      'train',
      'evaluate',
      'register',
    ]);
    expect(graph.edges).toContainEqual({
      from: 'prepare',
      to: 'train',
      output: 'train',
      input: 'data',
    });
  });
});

describe('usage', () => {
  it('exits 2 on an unknown command, an unknown option or a bad value, with help', () => {
    for (const args of [
      ['frobnicate'],
      ['validate', '--bogus'],
      ['graph', '--format', 'dot'],
      ['run', '--jobs', '0'],
    ]) {
      const r = cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/Usage: pipekit/);
    }
  });

  it('exits 2 on a --set that the pipeline does not accept', () => {
    const p = ['--pipeline', 'templates/tabular-classification/pipeline.yml'];
    expect(cli('plan', ...p, '--set', 'epochs=many').stderr).toMatch(
      /--set epochs=many: expected an integer/,
    );
    expect(cli('plan', ...p, '--set', 'epochs=many').code).toBe(2);
    const typo = cli('plan', ...p, '--set', 'epoch=3');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/did you mean `epochs`/);
  });

  it('prints help for every command and exits 0', () => {
    for (const name of ['run', 'plan', 'explain', 'validate', 'graph', 'compile']) {
      const r = cli(name, '--help');
      expect(r.code, name).toBe(0);
      expect(r.stdout, name).toMatch(new RegExp(`Usage: pipekit ${name}`));
    }
  });
});

describe('a path parameter from --set', () => {
  const repo = makeRepo({
    'data/a.txt': 'a\n',
    'pipeline.yml': `name: paths
inputs:
  data: { type: path, default: data/a.txt }
steps:
  use:
    run: cat \${{ inputs.data }} > \${{ outputs.out }}
    inputs:
      data: { type: path }
    outputs:
      out: { type: file }
    with:
      data: \${{ inputs.data }}
`,
  });
  afterAll(() => repo.remove());

  it('must name a file inside the repository', () => {
    for (const outside of ['/etc/passwd', '../outside.txt', 'data/../../outside.txt']) {
      const r = repo.cli(['run', '--set', `data=${outside}`]);
      expect(r.code, outside).toBe(2);
      expect(r.stderr, outside).toMatch(/a path must stay inside the repository/);
    }
  });

  it('that does not exist is reported without a stack trace', () => {
    const r = repo.cli(['run', '--set', 'data=data/missing.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('✗ use failed: data/missing.txt: no such file or folder\n');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
