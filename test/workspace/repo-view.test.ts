import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepoView } from '../../src/workspace/repo-view.js';

// Layout: <tmp>/repo is the root, <tmp>/secret.txt and <tmp>/elsewhere/ are outside it.
let tmp: string;
let repo: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pipekit-repo-view-'));
  repo = join(tmp, 'repo');
  mkdirSync(join(repo, 'data'), { recursive: true });
  mkdirSync(join(tmp, 'elsewhere'));
  writeFileSync(join(repo, 'data', 'a.csv'), 'x,y\n');
  writeFileSync(join(tmp, 'secret.txt'), 'secret');
  symlinkSync('a.csv', join(repo, 'data', 'inside-link.csv'));
  symlinkSync('data', join(repo, 'data-link'));
  symlinkSync(join(tmp, 'secret.txt'), join(repo, 'secret-link'));
  symlinkSync('../elsewhere', join(repo, 'folder-link'));
  symlinkSync('../nowhere.txt', join(repo, 'dangling-out'));
  symlinkSync('nowhere.txt', join(repo, 'dangling-in'));
  symlinkSync('repo', join(tmp, 'repo-link'));
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('createRepoView', () => {
  it('stats files and folders, following symlinks that stay inside', () => {
    const view = createRepoView(repo);
    expect(view.stat('data/a.csv')).toBe('file');
    expect(view.stat('data')).toBe('dir');
    expect(view.stat('.')).toBe('dir');
    expect(view.stat('data/inside-link.csv')).toBe('file');
    expect(view.stat('data-link')).toBe('dir');
    expect(view.stat('data-link/a.csv')).toBe('file');
    expect(view.stat('data/nope.csv')).toBe('missing');
    expect(view.stat('data/a.csv/x')).toBe('missing');
    expect(view.stat('dangling-in')).toBe('missing');
  });

  it('answers outside for a symlink that leaves the root, dangling or not', () => {
    const view = createRepoView(repo);
    expect(view.stat('secret-link')).toBe('outside');
    expect(view.stat('folder-link')).toBe('outside');
    expect(view.stat('dangling-out')).toBe('outside');
    expect(view.readText('secret-link')).toBeUndefined();
  });

  it('rejects absolute and climbing paths without resolving them', () => {
    const view = createRepoView(repo);
    expect(view.stat(join(repo, 'data', 'a.csv'))).toBe('outside');
    expect(view.stat('../secret.txt')).toBe('outside');
    expect(view.stat('data/../../secret.txt')).toBe('outside');
    expect(view.stat('C:/Windows')).toBe('outside');
    expect(view.readText('../secret.txt')).toBeUndefined();
    // Climbing and coming back stays inside.
    expect(view.stat('data/../data/a.csv')).toBe('file');
  });

  it('reads text, and nothing for folders and missing files', () => {
    const view = createRepoView(repo);
    expect(view.readText('data/a.csv')).toBe('x,y\n');
    expect(view.readText('data-link/a.csv')).toBe('x,y\n');
    expect(view.readText('data')).toBeUndefined();
    expect(view.readText('nope')).toBeUndefined();
  });

  it('works when the root itself is reached through a symlink', () => {
    const view = createRepoView(join(tmp, 'repo-link'));
    expect(view.stat('data/a.csv')).toBe('file');
    expect(view.stat('secret-link')).toBe('outside');
  });
});
