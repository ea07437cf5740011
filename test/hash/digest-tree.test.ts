import { chmodSync, mkdirSync, rmSync, symlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { freshDigester } from '../../src/hash/digest.js';
import { digestOutput, digestTree } from '../../src/hash/files.js';
import { writeNodes } from '../support/trees.js';
import { tempDir, writeTree } from './tmp.js';

const digestOf = (root: string, rel: string) =>
  digestTree(root, join(root, rel), freshDigester).digest;

describe('digestTree covers the whole tree of a folder', () => {
  it('changes when an empty folder is added, nested or not', () => {
    const root = tempDir();
    writeTree(root, { 'images/dog/1.png': 'dog', 'images/cat/1.png': 'cat' });
    const before = digestOf(root, 'images');
    mkdirSync(join(root, 'images/bird'));
    const withBird = digestOf(root, 'images');
    expect(withBird).not.toBe(before);
    mkdirSync(join(root, 'images/bird/young'));
    expect(digestOf(root, 'images')).not.toBe(withBird);
    rmSync(join(root, 'images/bird'), { recursive: true });
    expect(digestOf(root, 'images')).toBe(before);
  });

  it('changes with the executable bit, not with other mode bits or times', () => {
    const root = tempDir();
    writeNodes(join(root, 'd'), { 'run.sh': { file: 'echo hi\n' } });
    const script = join(root, 'd/run.sh');
    const plain = digestOf(root, 'd');
    chmodSync(script, 0o755);
    const exec = digestOf(root, 'd');
    expect(exec).not.toBe(plain);
    chmodSync(script, 0o711);
    utimesSync(script, 1, 1);
    expect(digestOf(root, 'd')).toBe(exec);
    chmodSync(script, 0o600);
    expect(digestOf(root, 'd')).toBe(plain);
    const file = digestOf(root, 'd/run.sh');
    chmodSync(script, 0o700);
    expect(digestOf(root, 'd/run.sh')).not.toBe(file);
  });

  it('takes a symlink inside the folder as a link: not a copy, and its target text counts', () => {
    const root = tempDir();
    writeNodes(join(root, 'linked'), {
      'data/a.csv': { file: 'a' },
      'data/b.csv': { file: 'a' },
      latest: { link: 'data/a.csv' },
    });
    writeNodes(join(root, 'copied'), {
      'data/a.csv': { file: 'a' },
      'data/b.csv': { file: 'a' },
      latest: { file: 'a' },
    });
    const linked = digestOf(root, 'linked');
    expect(linked).not.toBe(digestOf(root, 'copied'));
    rmSync(join(root, 'linked/latest'));
    symlinkSync('data/b.csv', join(root, 'linked/latest'));
    expect(digestOf(root, 'linked')).not.toBe(linked);
  });

  it('records a dangling link, and a link that leaves the folder by what it reaches', () => {
    const root = tempDir();
    writeTree(root, { 'in/x.txt': 'x', 'shared/lib/u.py': 'u' });
    const bare = digestOf(root, 'in');
    symlinkSync('not-yet.txt', join(root, 'in/next'));
    const dangling = digestOf(root, 'in');
    expect(dangling).not.toBe(bare);
    writeTree(root, { 'in/not-yet.txt': 'now' });
    expect(digestOf(root, 'in')).not.toBe(dangling);
    symlinkSync('../shared/lib', join(root, 'in/lib'));
    const leaving = digestOf(root, 'in');
    writeTree(root, { 'shared/lib/u.py': 'changed' });
    expect(digestOf(root, 'in')).not.toBe(leaving);
  });

  it('still refuses a link that leaves the repository, and a link loop through it', () => {
    const outside = tempDir();
    const root = tempDir();
    writeTree(root, { 'in/x.txt': 'x' });
    symlinkSync(outside, join(root, 'in/out'));
    expect(() => digestOf(root, 'in')).toThrow(UserError);
    rmSync(join(root, 'in/out'));
    symlinkSync('../loop', join(root, 'in/loop'));
    symlinkSync('in/loop', join(root, 'loop'));
    expect(() => digestOf(root, 'in')).toThrow(UserError);
  });
});

describe('digestOutput keeps an output self-contained', () => {
  it('refuses a symlink that leaves the output, even a dangling or absolute one', () => {
    for (const target of ['../sibling', '/etc/hostname', '/no/such/file', 'sub/../../x']) {
      const dir = tempDir();
      writeNodes(join(dir, 'out'), { 'sub/f': { file: 'f' }, l: { link: target } });
      expect(() => digestOutput(join(dir, 'out'), 'dir'), target).toThrow(UserError);
    }
  });

  it('refuses a link that escapes through another link', () => {
    const dir = tempDir();
    // `up` resolves to the output itself, so `up/..` is the folder above it.
    writeNodes(join(dir, 'out'), { 'd/up': { link: '..' }, esc: { link: 'd/up/../x' } });
    writeTree(dir, { x: 'outside' });
    expect(() => digestOutput(join(dir, 'out'), 'dir')).toThrow(/esc/);
  });

  it('takes a link inside the output as a link, with the same digest for an input walk', () => {
    const dir = tempDir();
    writeNodes(join(dir, 'out'), {
      'd/f': { file: 'f' },
      l: { link: 'd/f' },
      up: { link: 'd/..' },
    });
    const record = digestOutput(join(dir, 'out'), 'dir');
    expect(digestTree(dir, join(dir, 'out'), freshDigester).digest).toBe(record.digest);
  });
});
