import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { buildKeyDocument } from '../../src/hash/document.js';
import { DigestMemo, listCodeFiles } from '../../src/hash/files.js';
import { computeKey } from '../../src/hash/key.js';
import { codePatterns } from '../../src/pipeline/code-patterns.js';
import { loadPipeline } from '../../src/pipeline/load.js';
import { resolveInputs } from '../../src/plan/params.js';
import { createRepoView } from '../../src/workspace/repo-view.js';
import { asDigest } from '../support/brands.js';
import { tempDir, writeTree } from './tmp.js';

const sha = (s: string) => asDigest(createHash('sha256').update(s).digest('hex'));

const SHARED = {
  'pipeline.yml': 'steps:\n  a:\n    uses: ./steps/a\n  b:\n    uses: ./steps/b\n',
  'steps/a/component.yml': "code: ['*.py', '../../lib/*.py']\nrun: python3 a.py\n",
  'steps/a/a.py': 'import util\n',
  'steps/b/component.yml': 'run: python3 b.py\n',
  'steps/b/b.py': 'print(1)\n',
  'lib/util.py': 'def f(): return 1\n',
  'lib/notes.md': 'not code\n',
};

/** The key document's `code` and the key of each step of the pipeline in `root`. */
function keys(root: string) {
  const text = readFileSync(join(root, 'pipeline.yml'), 'utf8');
  const loaded = loadPipeline({ file: 'pipeline.yml', text, repo: createRepoView(root) });
  expect(loaded.diagnostics).toEqual([]);
  const memo = DigestMemo.load(join(root, '.pipekit', 'memo.json'));
  return Object.fromEntries(
    (loaded.pipeline?.steps ?? []).map((step) => {
      const document = buildKeyDocument(root, step, resolveInputs(step, {}), {}, memo);
      return [step.id, { code: document.code, key: computeKey(document).key }];
    }),
  );
}

/** `code` patterns of a component in `dir`, listed with a readdir that records each folder. */
function listed(root: string, dir: string, code: string[]) {
  const folders: string[] = [];
  const readdir = (abs: string): Dirent[] => {
    folders.push(abs.slice(root.length + 1) || '.');
    return readdirSync(abs, { withFileTypes: true });
  };
  const files = listCodeFiles(root, codePatterns(dir, code) ?? [], readdir);
  return { files, folders: folders.sort() };
}

describe('code outside the component folder', () => {
  it('is in the key under its path from the root, and an edit to it changes the key', () => {
    const root = tempDir();
    writeTree(root, SHARED);
    const before = keys(root);
    expect(before.a?.code).toEqual([
      ['lib/util.py', sha('def f(): return 1\n')],
      ['steps/a/a.py', sha('import util\n')],
    ]);
    writeTree(root, { 'lib/util.py': 'def f(): return 2\n' });
    const after = keys(root);
    expect(after.a?.key).not.toBe(before.a?.key);
    expect(after.b?.key).toBe(before.b?.key);
  });

  it('reads a pattern with a leading / from the root, the same files as ../../', () => {
    const root = tempDir();
    writeTree(root, SHARED);
    expect(listed(root, 'steps/a', ['/lib/*.py']).files).toEqual(['lib/util.py']);
    expect(listed(root, 'steps/a', ['/lib'])).toEqual({
      files: ['lib/notes.md', 'lib/util.py'],
      folders: ['.', 'lib'],
    });
  });

  it('changes the key when the shared file moves', () => {
    const root = tempDir();
    writeTree(root, SHARED);
    const before = keys(root).a?.key;
    writeTree(root, {
      'shared/util.py': 'def f(): return 1\n',
      'steps/a/component.yml': "code: ['*.py', '../../shared/*.py']\nrun: python3 a.py\n",
    });
    expect(keys(root).a?.key).not.toBe(before);
  });

  it('walks only the folders the patterns start from', () => {
    const root = tempDir();
    writeTree(root, { ...SHARED, 'data/big/x.csv': '1', 'steps/a/deep/er/y.py': '' });
    expect(listed(root, 'steps/a', ['*.py', '../../lib/*.py'])).toEqual({
      files: ['lib/util.py', 'steps/a/a.py'],
      folders: ['lib', 'steps/a'],
    });
    expect(listed(root, 'steps/a', ['**/*.py']).folders).toEqual([
      'steps/a',
      'steps/a/deep',
      'steps/a/deep/er',
    ]);
  });

  it('leaves out what a `!` pattern matches, in any folder', () => {
    const root = tempDir();
    writeTree(root, { ...SHARED, 'lib/old.py': '', 'steps/a/tests/t.py': '' });
    const code = ['**/*.py', '/lib/*.py', '!tests', '!../../lib/old.py'];
    expect(listed(root, 'steps/a', code).files).toEqual(['lib/util.py', 'steps/a/a.py']);
    expect(listed(root, 'steps/a', ['!tests']).files).toEqual(['steps/a/a.py']);
  });

  it('never lists the state folder, VCS folders or what the code ignore list leaves out', () => {
    const root = tempDir();
    writeTree(root, {
      ...SHARED,
      '.pipekit/out/a/x.py': '',
      '.git/hooks/h.py': '',
      '.hg/store.py': '',
      'lib/__pycache__/util.cpython-312.pyc': '',
    });
    expect(listed(root, '', ['**/*.py']).files).toEqual([
      'lib/util.py',
      'steps/a/a.py',
      'steps/b/b.py',
    ]);
    expect(listed(root, 'steps/a', ['/.pipekit/**', '../../.git/hooks/*']).files).toEqual([]);
    expect(listed(root, '', ['lib/__pycache__']).files).toEqual([]);
  });

  it('follows no symlink a pattern cannot reach, and refuses one it reaches that points out', () => {
    const outside = tempDir();
    const root = tempDir();
    writeTree(outside, { 'secret.py': 's' });
    writeTree(root, SHARED);
    symlinkSync(join(outside, 'secret.py'), join(root, 'steps/a/leak.txt'));
    symlinkSync(outside, join(root, 'data-link'));
    expect(listed(root, 'steps/a', ['*.py', '../../lib/*.py']).files).toEqual([
      'lib/util.py',
      'steps/a/a.py',
    ]);
    symlinkSync(join(outside, 'secret.py'), join(root, 'lib/leak.py'));
    expect(() => listed(root, 'steps/a', ['../../lib/*.py'])).toThrow(UserError);
    expect(() => listed(root, 'steps/a', ['../../data-link/*.py'])).toThrow(UserError);
  });
});

describe('the folder listings of a run', () => {
  it('are reused while a folder is unchanged and read again once an entry is added', () => {
    const root = tempDir();
    writeTree(root, SHARED);
    const memo = DigestMemo.load(join(root, 'memo.json'), () => Date.now() + 10_000);
    const lib = join(root, 'lib');
    const first = memo.folders.list(lib);
    expect(memo.folders.list(lib)).toBe(first);
    writeFileSync(join(lib, 'new.py'), '');
    expect(memo.folders.list(lib).map((d) => d.name)).toContain('new.py');
  });

  it('are not kept for a folder that changed within the racy window', () => {
    const root = tempDir();
    writeTree(root, SHARED);
    const memo = DigestMemo.load(join(root, 'memo.json'));
    const lib = join(root, 'lib');
    expect(memo.folders.list(lib)).not.toBe(memo.folders.list(lib));
  });
});
