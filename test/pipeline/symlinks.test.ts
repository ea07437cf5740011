import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline } from '../../src/pipeline/load.js';
import { createRepoView } from '../../src/workspace/repo-view.js';

// Symlinks are made here rather than committed: a checkout may not keep them.
let tmp: string;
let repo: string;

const component = 'inputs:\n  raw: { type: path }\nrun: cat ${{ inputs.raw }}\n';
const shared = "code: ['../../data/real.csv', '../../data/*.csv']\nrun: cat ../../data/*.csv\n";

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pipekit-symlinks-'));
  repo = join(tmp, 'repo');
  mkdirSync(join(repo, 'steps', 'read'), { recursive: true });
  mkdirSync(join(repo, 'data'));
  mkdirSync(join(tmp, 'outside-step'));
  mkdirSync(join(tmp, 'half'));
  writeFileSync(join(repo, 'steps', 'read', 'component.yml'), component);
  writeFileSync(join(tmp, 'outside-step', 'component.yml'), component);
  writeFileSync(join(tmp, 'half', 'component.yml'), component);
  writeFileSync(join(tmp, 'secret.csv'), 'secret');
  writeFileSync(join(repo, 'data', 'real.csv'), 'a\n');
  symlinkSync(join(tmp, 'secret.csv'), join(repo, 'data', 'secret.csv'));
  symlinkSync('real.csv', join(repo, 'data', 'alias.csv'));
  symlinkSync(join(tmp, 'outside-step'), join(repo, 'steps', 'outside'));
  mkdirSync(join(repo, 'steps', 'half'));
  symlinkSync(join(tmp, 'half', 'component.yml'), join(repo, 'steps', 'half', 'component.yml'));
  mkdirSync(join(repo, 'steps', 'shared'));
  writeFileSync(join(repo, 'steps', 'shared', 'component.yml'), shared);
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function load(text: string) {
  return loadPipeline({ file: 'pipeline.yml', text, repo: createRepoView(repo) });
}

describe('symlinks', () => {
  it('accept a path input through a symlink that stays inside', () => {
    const result = load(
      'steps:\n  ok:\n    uses: ./steps/read\n    with:\n      raw: data/alias.csv\n',
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.pipeline?.steps[0]?.with.raw).toEqual({
      kind: 'literal',
      value: 'data/alias.csv',
    });
  });

  it('reject a path input that resolves outside the repository', () => {
    const result = load(
      'steps:\n  leak:\n    uses: ./steps/read\n    with:\n      raw: data/secret.csv\n',
    );
    expect(result.diagnostics).toEqual([
      {
        code: 'path-escape',
        message: '`data/secret.csv` resolves (through a symlink) outside the repository',
        file: 'pipeline.yml',
        line: 5,
        column: 12,
      },
    ]);
  });

  it('reject a component folder or a component.yml that resolves outside', () => {
    const text = 'steps:\n  a:\n    uses: ./steps/outside\n  b:\n    uses: ./steps/half\n';
    expect(load(text).diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['path-escape', 3, 11],
      ['path-escape', 5, 11],
    ]);
  });

  it('reject a code pattern that reaches a symlink resolving outside, at the pattern', () => {
    const result = load('steps:\n  shared:\n    uses: ./steps/shared\n');
    expect(result.diagnostics).toEqual([
      {
        code: 'path-escape',
        message:
          '`../../data/*.csv` reaches `data/secret.csv`, a symlink that resolves outside the repository',
        file: 'steps/shared/component.yml',
        line: 1,
        column: 31,
      },
    ]);
  });
});
