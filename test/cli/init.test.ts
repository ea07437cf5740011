import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, makeRepo, TestRepo } from '../support/repo.js';

const TEMPLATES = resolve('templates');
/** Every template shipped: a folder of templates/ with a pipeline.yml. */
const templateNames = readdirSync(TEMPLATES).filter((name) =>
  existsSync(join(TEMPLATES, name, 'pipeline.yml')),
);

/** What running a template in place leaves behind, never part of it. */
const LEFT_BEHIND = new Set(['.pipekit', '__pycache__', 'node_modules']);

function filesUnder(dir: string, at = ''): string[] {
  return readdirSync(join(dir, at), { withFileTypes: true }).flatMap((entry) => {
    if (LEFT_BEHIND.has(entry.name) || entry.name.endsWith('.pyc')) return [];
    const path = at === '' ? entry.name : `${at}/${entry.name}`;
    return entry.isDirectory() ? filesUnder(dir, path) : [path];
  });
}

/** A template's files and the workflow `init` compiles for it, sorted. */
function withWorkflow(files: string[]): string[] {
  return [...new Set([...files, '.github/workflows/pipekit.yml'])].sort();
}

function cli(cwd: string, args: string[], cliPath = CLI) {
  const r = spawnSync('node', [cliPath, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The step ids of the results table of `pipekit run` with their status. */
function statuses(stdout: string): Record<string, string> {
  const rows = stdout
    .split('\n')
    .filter((line) => /^\S+ +(ran|cached|skipped|failed)\b/.test(line));
  return Object.fromEntries(rows.map((line) => line.split(/ +/, 2) as [string, string]));
}

describe('pipekit init', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  const tempDir = () => (dir = realpathSync(mkdtempSync(join(tmpdir(), 'pipekit-init-'))));

  it('writes the template into an empty folder; after git init it runs, then reuses everything', () => {
    const parent = tempDir();
    const r = cli(parent, ['init', 'project']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const project = join(parent, 'project');
    const template = join(TEMPLATES, 'tabular-classification');
    expect(filesUnder(project).sort()).toEqual(withWorkflow(filesUnder(template)));
    for (const file of filesUnder(template)) {
      if (file === '.github/workflows/pipekit.yml') continue;
      expect(readFileSync(join(project, file)), file).toEqual(readFileSync(join(template, file)));
    }
    expect(readFileSync(join(project, '.gitignore'), 'utf8')).toContain('.pipekit/');
    expect(r.stdout).toContain(
      'Wrote 18 files from the template tabular-classification into project',
    );
    for (const next of ['cd project', 'git init -b main', 'npx pipekit run', 'git push']) {
      expect(r.stdout).toContain(next);
    }
    expect(r.stdout).toContain('Require the status check `pipekit result` on main');
    expect(r.stdout).toContain('Point the runner labels (`cpu`, `highmem`, `gpu`)');

    const repo = new TestRepo(project);
    repo.git('init', '-q', '-b', 'main');
    repo.commit('start');
    const check = repo.cli(['compile', '--check']);
    expect(check.stdout).toBe('.github/workflows/pipekit.yml is up to date\n');
    expect(check.code).toBe(0);
    expect(repo.read('.github/workflows/pipekit.yml')).toContain('uses: pipekit/pipekit@v1');

    const first = repo.cli(['run']);
    expect(first.code).toBe(0);
    expect(Object.values(statuses(first.stdout)).filter((s) => s === 'ran')).toHaveLength(4);
    const second = repo.cli(['run']);
    expect(second.code).toBe(0);
    expect(statuses(second.stdout)).toEqual({
      collect: 'cached',
      prepare: 'cached',
      train: 'cached',
      evaluate: 'cached',
      register: 'skipped',
    });
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('refuses to overwrite: lists every file in the way and writes nothing', () => {
    const target = tempDir();
    writeFileSync(join(target, 'pipeline.yml'), 'mine\n');
    mkdirSync(join(target, 'steps', 'train'), { recursive: true });
    writeFileSync(join(target, 'steps', 'train', 'train.py'), 'mine\n');
    writeFileSync(join(target, 'data'), 'a file where the template has a folder\n');
    const before = filesUnder(target).sort();
    const r = cli(target, ['init']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        'pipekit init: these files exist already; nothing was written:',
        '  data',
        '  pipeline.yml',
        '  steps/train/train.py',
        '',
      ].join('\n'),
    );
    expect(filesUnder(target).sort()).toEqual(before);
    expect(readFileSync(join(target, 'pipeline.yml'), 'utf8')).toBe('mine\n');
    const onFile = cli(target, ['init', 'pipeline.yml']);
    expect(onFile.code).toBe(2);
    expect(onFile.stderr).toContain('pipekit init: pipeline.yml is a file, not a folder');
  });

  it('into a folder of a repository: the workflow goes where GitHub reads it, named by the folder', () => {
    const repo = makeRepo({ 'README.md': 'monorepo\n' });
    dir = repo.dir;
    const r = repo.cli(['init', 'ml/penguins']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('with the workflow .github/workflows/pipekit-ml-penguins.yml');
    expect(r.stdout).not.toContain('git init');
    expect(r.stdout).toContain('Require the status check `pipekit result (ml/penguins)` on main');
    expect(existsSync(repo.path('ml/penguins/.github/workflows/pipekit.yml'))).toBe(false);
    const check = repo.cli(['compile', '--check', '--pipeline', 'ml/penguins/pipeline.yml']);
    expect(check.stdout).toBe('.github/workflows/pipekit-ml-penguins.yml is up to date\n');
  });

  it('--list shows every template with the description of its pipeline', () => {
    const r = cli(tmpdir(), ['init', '--list']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(templateNames.length);
    templateNames.forEach((name, i) => {
      const text = readFileSync(join(TEMPLATES, name, 'pipeline.yml'), 'utf8');
      const description = (parse(text) as { description?: string }).description ?? '';
      expect(lines[i]).toMatch(new RegExp(`^${name} +`));
      expect(lines[i]?.endsWith(description)).toBe(true);
    });
  });

  it('an unknown template is bad usage, naming the templates', () => {
    const r = cli(tempDir(), ['init', '--template', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`no template \`nope\` (templates: ${templateNames.join(', ')}`);
    expect(readdirSync(dir as string)).toEqual([]);
  });

  it.each(templateNames)(
    'the npm package ships %s whole: init from it writes its .gitignore',
    (name) => {
      const work = tempDir();
      const source = join(work, 'source');
      for (const part of ['package.json', 'action.yml', 'dist', 'schema', 'templates', 'scripts']) {
        cpSync(part, join(source, part), {
          recursive: true,
          filter: (path) => !LEFT_BEHIND.has(path.split(/[\\/]/).pop() ?? ''),
        });
      }
      execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: source });
      const tarball = readdirSync(work).find((f) => f.endsWith('.tgz')) as string;
      execFileSync('tar', ['xzf', tarball], { cwd: work });
      expect(existsSync(join(source, 'templates', name, '_gitignore'))).toBe(false);
      const installed = join(work, 'package', 'dist', 'cli.js');
      const project = join(work, 'project');
      const r = cli(work, ['init', '--template', name, 'project'], installed);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(filesUnder(project).sort()).toEqual(withWorkflow(filesUnder(join(TEMPLATES, name))));
      const gitignore = join(TEMPLATES, name, '.gitignore');
      if (existsSync(gitignore)) {
        expect(readFileSync(join(project, '.gitignore'), 'utf8')).toBe(
          readFileSync(gitignore, 'utf8'),
        );
      }
    },
  );
});
