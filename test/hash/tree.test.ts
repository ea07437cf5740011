import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { freshDigester, treeDigest } from '../../src/hash/digest.js';
import { DEFAULT_CODE_IGNORE, DigestMemo, digestTree, listFiles } from '../../src/hash/files.js';
import { tempDir, writeTree } from './tmp.js';
import { asDigest } from '../support/brands.js';
import type { TreeEntry } from '../../src/records/manifest.js';

const sha = (s: string) => asDigest(createHash('sha256').update(s).digest('hex'));
const digestOf = (root: string, rel: string) =>
  digestTree(root, join(root, rel), freshDigester).digest;

describe('digestTree', () => {
  it('lists a folder as sorted entries and a file as path ""', () => {
    const root = tempDir();
    writeTree(root, { 'd/b.txt': 'bb', 'd/a/x.txt': 'x', 'f.txt': 'hello' });
    mkdirSync(join(root, 'd/c'));
    expect(digestTree(root, join(root, 'd'), freshDigester).entries).toEqual([
      { kind: 'file', path: 'a/x.txt', size: 1, digest: sha('x'), exec: false },
      { kind: 'file', path: 'b.txt', size: 2, digest: sha('bb'), exec: false },
      { kind: 'dir', path: 'c' },
    ]);
    const file = digestTree(root, join(root, 'f.txt'), freshDigester);
    expect(file.entries).toEqual([
      { kind: 'file', path: '', size: 5, digest: sha('hello'), exec: false },
    ]);
    // The format is pinned: changing it changes every key, so it must be deliberate.
    expect(file.digest).toBe(sha(JSON.stringify(['tree-2', [['', 'f', sha('hello')]]])));
  });

  it('changes when a file is renamed, not when files are created in another order', () => {
    const root = tempDir();
    writeTree(root, { 'one/a': '1', 'one/b': '2', 'two/b': '2', 'two/a': '1' });
    const before = digestOf(root, 'one');
    expect(digestOf(root, 'two')).toBe(before);
    renameSync(join(root, 'one/b'), join(root, 'one/c'));
    expect(digestOf(root, 'one')).not.toBe(before);
  });

  it('treeDigest ignores the order of its input', () => {
    const entries: TreeEntry[] = [
      { kind: 'file', path: 'b', size: 1, digest: sha('b'), exec: true },
      { kind: 'dir', path: 'c' },
      { kind: 'symlink', path: 'l', target: 'b' },
      { kind: 'file', path: 'a/b', size: 1, digest: sha('c'), exec: false },
    ];
    expect(treeDigest(entries)).toBe(treeDigest([...entries].reverse()));
  });

  it('digests what a symlink leaving the folder reaches, and follows a path that is a link', () => {
    const root = tempDir();
    writeTree(root, { 'data/x.txt': 'payload', 'real/x.txt': 'payload', 'shared/lib/u.py': 'u' });
    symlinkSync('data/x.txt', join(root, 'linked-file'));
    writeTree(root, { 'code/main.py': 'm' });
    symlinkSync('../data/x.txt', join(root, 'code/x.txt'));
    symlinkSync('../shared/lib', join(root, 'code/lib'));
    const code = digestOf(root, 'code');
    writeTree(root, { 'data/x.txt': 'changed' });
    const changedFile = digestOf(root, 'code');
    expect(changedFile).not.toBe(code);
    writeTree(root, { 'shared/lib/v.py': 'v' });
    expect(digestOf(root, 'code')).not.toBe(changedFile);
    writeTree(root, { 'data/x.txt': 'payload' });
    expect(digestOf(root, 'linked-file')).toBe(digestOf(root, 'real/x.txt'));
  });

  it('throws a UserError naming a symlink that points outside the root', () => {
    const outside = tempDir();
    const root = tempDir();
    writeTree(outside, { 'secret.txt': 's' });
    writeTree(root, { 'code/main.py': 'm' });
    symlinkSync(join(outside, 'secret.txt'), join(root, 'code/leak.txt'));
    const run = () => digestOf(root, 'code');
    expect(run).toThrow(UserError);
    expect(run).toThrow(/code\/leak\.txt points outside/);
    symlinkSync(outside, join(root, 'out-dir'));
    expect(() => digestOf(root, 'out-dir')).toThrow(UserError);
  });

  it('throws a UserError on a symlink loop and skips a dangling link', () => {
    const root = tempDir();
    writeTree(root, { 'a/f': 'f' });
    symlinkSync('missing', join(root, 'a/dangling'));
    expect(listFiles(join(root, 'a'))).toEqual(['f']);
    symlinkSync('..', join(root, 'a/up'));
    expect(() => listFiles(join(root, 'a'), { root })).toThrow(
      /a\/up\/a leads back to a parent folder/,
    );
  });

  it('leaves .pipekit and .git out of a path input by default', () => {
    const root = tempDir();
    writeTree(root, { 'data.csv': '1', '.pipekit/memo.json': '{}', '.git/HEAD': 'ref' });
    expect(digestTree(root, root, freshDigester).entries.map((f) => f.path)).toEqual(['data.csv']);
  });

  it('reads unchanged files through the memo', () => {
    const root = tempDir();
    writeTree(root, { 'd/a': 'a', 'd/b': 'b' });
    const memo = DigestMemo.load(join(root, '.pipekit/memo.json'), () => Date.now() + 10_000);
    const first = digestTree(root, join(root, 'd'), memo);
    expect(digestTree(root, join(root, 'd'), memo)).toEqual(first);
    expect(memo.stats).toEqual({ hits: 2, reads: 2 });
  });
});

describe('listFiles', () => {
  const component = {
    'component.yml': 'name: x',
    'main.py': '',
    'requirements.txt': '',
    'lib/util.py': '',
    '__pycache__/main.cpython-312.pyc': '',
    'lib/__pycache__/util.pyc': '',
    'stray.pyc': '',
    '.pipekit/cache/x': '',
    '.git/HEAD': '',
    'node_modules/.cache/y': '',
    'node_modules/pkg/index.js': '',
    'tests/test_main.py': '',
    'docs/notes.md': '',
  };

  it('applies the default code ignore list', () => {
    const dir = tempDir();
    writeTree(dir, component);
    expect(listFiles(dir, { ignore: DEFAULT_CODE_IGNORE })).toEqual([
      'docs/notes.md',
      'lib/util.py',
      'main.py',
      'node_modules/pkg/index.js',
      'requirements.txt',
      'tests/test_main.py',
    ]);
  });

  it('selects by globs: a glob matching a folder takes all of it, !glob excludes', () => {
    const dir = tempDir();
    writeTree(dir, component);
    const list = (globs: string[]) => listFiles(dir, { globs, ignore: DEFAULT_CODE_IGNORE });
    expect(list(['*.py', 'requirements.txt'])).toEqual(['main.py', 'requirements.txt']);
    expect(list(['**/*.py', '!tests/**'])).toEqual(['lib/util.py', 'main.py']);
    expect(list(['lib', 'docs/'])).toEqual(['docs/notes.md', 'lib/util.py']);
    expect(list(['!docs', '!node_modules', '!tests'])).toEqual([
      'lib/util.py',
      'main.py',
      'requirements.txt',
    ]);
    expect(list([])).toEqual([]);
  });

  it('lists everything without options, including dot files', () => {
    const dir = tempDir();
    writeTree(dir, { '.env.example': '', 'b/c': '', a: '' });
    expect(listFiles(dir)).toEqual(['.env.example', 'a', 'b/c']);
  });
});

describe('listFiles and ignored symlinks', () => {
  it('does not follow an ignored link, wherever it points', () => {
    const outside = tempDir();
    const dir = tempDir();
    writeTree(dir, { 'main.py': '', 'node_modules/x.js': '' });
    symlinkSync(outside, join(dir, 'node_modules/.cache'));
    expect(listFiles(dir, { ignore: DEFAULT_CODE_IGNORE })).toEqual([
      'main.py',
      'node_modules/x.js',
    ]);
    expect(() => listFiles(dir)).toThrow(UserError);
  });
});
