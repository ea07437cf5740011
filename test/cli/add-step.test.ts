import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pathWithTorchPython } from '../support/python.js';
import { makeRepo, TestRepo } from '../support/repo.js';

const TEMPLATES = resolve('templates');
const templateNames = readdirSync(TEMPLATES).filter((name) =>
  existsSync(join(TEMPLATES, name, 'pipeline.yml')),
);

/** A fork of a template: its files (not what running it in place left) in a new git repo. */
function forkTemplate(name: string): TestRepo {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'pipekit-fork-')));
  cpSync(join(TEMPLATES, name), dir, {
    recursive: true,
    filter: (path) => !['.pipekit', '__pycache__'].includes(path.split(/[\\/]/).pop() ?? ''),
  });
  const repo = new TestRepo(dir);
  repo.git('init', '-q', '-b', 'main');
  // A fork compiles its workflow before its first push.
  if (!existsSync(repo.path('.github/workflows/pipekit.yml'))) repo.cli(['compile']);
  repo.commit('fork');
  return repo;
}

/** The CODEOWNERS file GitHub reads: the first of its three places (the root's when none). */
function codeOwnersPath(repo: TestRepo): string {
  const places = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
  return places.find((p) => existsSync(repo.path(p))) ?? 'CODEOWNERS';
}

/** Step id -> status, from the results table `pipekit run` prints. */
function statuses(stdout: string): Record<string, string> {
  const rows = stdout
    .split('\n')
    .filter((line) => /^\S+ +(ran|cached|skipped|failed)\b/.test(line));
  return Object.fromEntries(rows.map((line) => line.split(/ +/, 2) as [string, string]));
}

/**
 * The lines of `after` that are not lines of `before`, matched in order; fails unless every
 * line of `before` (every comment among them) is still there, in its order.
 */
function addedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const added: string[] = [];
  let i = 0;
  for (const line of after.split('\n')) {
    if (i < a.length && a[i] === line) i++;
    else added.push(line);
  }
  expect(a.slice(i), 'lines of the original missing from the new pipeline').toEqual([]);
  return added;
}

/** Nothing written: no file changed, none added (ignored state in .pipekit/ aside). */
function expectUntouched(repo: TestRepo): void {
  expect(repo.git('status', '--porcelain', '--untracked-files=all')).toBe('');
}

describe.each(templateNames)('pipekit add-step on a fork of %s', (name) => {
  let repo: TestRepo | undefined;
  afterEach(() => repo?.remove());
  // A template whose steps import torch runs them with the python3 that has it.
  const path = process.env.PATH;
  beforeAll(() => {
    if (existsSync(join(TEMPLATES, name, 'lib', 'install-torch.sh'))) {
      process.env.PATH = pathWithTorchPython();
    }
  });
  afterAll(() => {
    process.env.PATH = path;
  });

  it('wires a step that runs as is: only it runs, the workflow stays current, comments stay', () => {
    repo = forkTemplate(name);
    const first = repo.cli(['run']);
    expect(first.code, first.stderr).toBe(0);
    // The upstream: the last step reused on the next run (cacheable, not gated by `if:`).
    const plan = JSON.parse(repo.cli(['plan', '--json']).stdout) as {
      steps: { id: string; status: string }[];
    };
    const upstream = plan.steps.filter((s) => s.status === 'cached').pop()?.id as string;
    expect(upstream).toBeDefined();
    const pipelineBefore = repo.read('pipeline.yml');
    const ownersFile = codeOwnersPath(repo);
    const owners = existsSync(repo.path(ownersFile)) ? repo.read(ownersFile) : '';

    const added = repo.cli(['add-step', 'probe', '--after', upstream, '--owner', '@acme/qa']);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('steps/probe/component.yml: new');
    expect(added.stdout).toContain('.github/workflows/pipekit.yml: recompiled');

    const pipelineAfter = repo.read('pipeline.yml');
    const newLines = addedLines(pipelineBefore, pipelineAfter).filter((l) => l.trim() !== '');
    // Only the step was added: its key line, then lines indented under it.
    const indent = /^( +)probe:$/.exec(newLines[0] ?? '')?.[1] ?? '';
    expect(indent).not.toBe('');
    expect(newLines.slice(1).filter((l) => !l.startsWith(`${indent} `))).toEqual([]);
    expect(newLines.map((l) => l.trim())).toContain('uses: ./steps/probe');
    const step = (parse(pipelineAfter) as { steps: Record<string, { with?: object }> }).steps.probe;
    for (const value of Object.values(step?.with ?? {})) {
      expect(value).toMatch(new RegExp(`^\\$\\{\\{ steps\\.${upstream}\\.outputs\\.\\w+ \\}\\}$`));
    }
    expect(addedLines(owners, repo.read(ownersFile)).filter((l) => l !== '')).toEqual([
      expect.stringMatching(/^\/steps\/probe\/ +@acme\/qa$/),
    ]);
    expect(repo.cli(['compile', '--check']).code).toBe(0);
    expect(repo.cli(['validate']).code).toBe(0);

    const second = repo.cli(['run']);
    expect(second.code, second.stderr).toBe(0);
    const ran = Object.entries(statuses(second.stdout)).filter(([, s]) => s === 'ran');
    expect(ran).toEqual([['probe', 'ran']]);
    const third = repo.cli(['run']);
    expect(Object.values(statuses(third.stdout))).not.toContain('ran');
  }, 600_000);
});

describe('pipekit add-step', () => {
  let repo: TestRepo | undefined;
  afterEach(() => repo?.remove());

  it('a bash step after a step with no outputs: needs it, runs, and writes its summary', () => {
    repo = makeRepo({
      'pipeline.yml': [
        'steps:',
        '  data:',
        '    run: mkdir -p "$OUT/a" && echo hi > "$OUT/a/x.txt"',
        '    outputs: { out: { type: dir } }',
        '    env: { OUT: "${{ outputs.out }}" }',
        '  notify:',
        '    run: echo done',
        '',
      ].join('\n'),
    });
    const r = repo.cli(['add-step', 'count-it', '--after', 'data,notify', '--language', 'bash']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('CODEOWNERS: no line added');
    expect(r.stdout).toContain('.github/workflows/pipekit.yml: none');
    expect(existsSync(repo.path('.github'))).toBe(false);
    expect(existsSync(repo.path('CODEOWNERS'))).toBe(false);
    expect(parse(repo.read('pipeline.yml')).steps['count-it']).toEqual({
      uses: './steps/count-it',
      runner: 'cpu',
      needs: ['notify'],
      with: { out: '${{ steps.data.outputs.out }}' },
    });
    const run = repo.cli(['run']);
    expect(run.code, run.stderr).toBe(0);
    expect(statuses(run.stdout)['count-it']).toBe('ran');
    expect(readFileSync(repo.path('.pipekit/out/count-it/result/summary.txt'), 'utf8')).toBe(
      'out:\n  a/x.txt 3\n',
    );
  });

  it('names inputs `<step>_<output>` when two upstreams have an output of one name', () => {
    repo = makeRepo({
      'pipeline.yml': [
        'steps:',
        '  a-1:',
        '    run: echo 1 > "$M"',
        '    outputs: { metrics: { type: file }, result: { type: file } }',
        '    env: { M: "${{ outputs.metrics }}", R: "${{ outputs.result }}" }',
        '  b:',
        '    run: echo 2 > "$M"',
        '    outputs: { metrics: { type: file } }',
        '    env: { M: "${{ outputs.metrics }}" }',
        '',
      ].join('\n'),
    });
    expect(repo.cli(['add-step', 'join', '--after', 'a-1', '--after', 'b']).code).toBe(0);
    expect(parse(repo.read('pipeline.yml')).steps.join.with).toEqual({
      a_1_metrics: '${{ steps.a-1.outputs.metrics }}',
      a_1_result: '${{ steps.a-1.outputs.result }}',
      b_metrics: '${{ steps.b.outputs.metrics }}',
    });
    expect(repo.read('steps/join/join.py')).toContain('"--a_1_metrics"');
  });

  it('leaves a stale workflow as it is, and says so', () => {
    repo = forkTemplate('tabular-classification');
    repo.write({
      '.github/workflows/pipekit.yml': `${repo.read('.github/workflows/pipekit.yml')}# edited\n`,
    });
    repo.commit('edit the workflow');
    const r = repo.cli(['add-step', 'probe']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('.github/workflows/pipekit.yml: left as it was');
    expect(repo.read('.github/workflows/pipekit.yml')).toMatch(/# edited\n$/);
  });

  it('in a subfolder pipeline: the CODEOWNERS GitHub reads gets the path from the root', () => {
    repo = makeRepo({
      'ml/pipeline.yml': 'steps:\n  a:\n    run: echo a\n',
      '.github/CODEOWNERS': '* @org/all\n',
      CODEOWNERS: '* @not-read\n',
    });
    const r = repo.cli(['add-step', 'b', '--pipeline', 'ml/pipeline.yml', '--owner', '@org/b']);
    expect(r.stderr).toBe('');
    expect(repo.read('.github/CODEOWNERS')).toBe('* @org/all\n/ml/steps/b/ @org/b\n');
    expect(repo.read('CODEOWNERS')).toBe('* @not-read\n');
    expect(existsSync(repo.path('ml/steps/b/component.yml'))).toBe(true);
  });

  describe('refuses, writing nothing', () => {
    const cases: [string, string[], number, string[]][] = [
      ['an existing step id', ['train'], 1, ['the pipeline has a step `train` already']],
      [
        'an unknown --after step',
        ['x', '--after', 'trian'],
        1,
        ['--after trian: no such step; did you mean `train`?'],
      ],
      [
        'an unknown runner label',
        ['x', '--runner', 'tpu'],
        1,
        ['--runner tpu: no such runner label in `runners:` (known: cpu, highmem, gpu)'],
      ],
      [
        'every problem at once',
        ['evaluate', '--after', 'nope', '--runner', 'gpus'],
        1,
        ['step `evaluate` already', '--after nope: no such step', 'did you mean `gpu`?'],
      ],
      ['an invalid id', ['Bad_Id'], 2, ['`Bad_Id` is not a step id']],
      [
        'an unknown language',
        ['x', '--language', 'rust'],
        2,
        ['--language rust: expected python or bash'],
      ],
      ['an owner that is no owner', ['x', '--owner', 'team'], 2, ['--owner team: expected @user']],
    ];
    it.each(cases)('%s', (_, args, code, messages) => {
      repo = forkTemplate('tabular-classification');
      const r = repo.cli(['add-step', ...args]);
      expect(r.code).toBe(code);
      for (const message of messages) expect(r.stderr).toContain(message);
      expectUntouched(repo);
    });

    it('a folder steps/ID that exists already', () => {
      repo = forkTemplate('tabular-classification');
      repo.write({ 'steps/extra/notes.md': 'mine\n' });
      repo.commit('notes');
      const r = repo.cli(['add-step', 'extra']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('steps/extra/ exists already');
      expectUntouched(repo);
    });

    it('a pipeline that is broken already: its diagnostics, located', () => {
      repo = forkTemplate('tabular-classification');
      repo.write({
        'pipeline.yml': repo.read('pipeline.yml').replace('runner: gpu', 'runner: gpuu'),
      });
      repo.commit('break it');
      const r = repo.cli(['add-step', 'x']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^pipeline\.yml:\d+:\d+ unknown-runner /m);
      expectUntouched(repo);
    });
  });
});
