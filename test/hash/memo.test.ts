import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashFile } from '../../src/hash/digest.js';
import { DigestMemo } from '../../src/hash/files.js';
import { age, tempDir } from './tmp.js';
import { asDigest } from '../support/brands.js';

const sha = (s: string) => asDigest(createHash('sha256').update(s).digest('hex'));

/** The memo as a later run sees it, once the test's own writes (their ctime) have settled. */
const later = () => Date.now() + 60_000;
const changedAt = (file: string) => Math.max(statSync(file).mtimeMs, statSync(file).ctimeMs);

function setup(content = 'hello') {
  const dir = tempDir();
  const file = join(dir, 'a.txt');
  writeFileSync(file, content);
  age(file);
  return { dir, file, memoFile: join(dir, 'state', 'memo.json') };
}

describe('hashFile', () => {
  it('returns sha256 and size, also for empty and multi-chunk files', () => {
    const dir = tempDir();
    const big = 'x'.repeat(200_000);
    writeFileSync(join(dir, 'big'), big);
    writeFileSync(join(dir, 'empty'), '');
    expect(hashFile(join(dir, 'big'))).toEqual({ size: 200_000, digest: sha(big) });
    expect(hashFile(join(dir, 'empty'))).toEqual({ size: 0, digest: sha('') });
  });
});

describe('DigestMemo', () => {
  it('answers an unchanged file from the memo, across save and load', () => {
    const { file, memoFile } = setup();
    const memo = DigestMemo.load(memoFile, later);
    expect(memo.digestFile(file)).toEqual({ size: 5, digest: sha('hello') });
    expect(memo.digestFile(file).digest).toBe(sha('hello'));
    expect(memo.stats).toEqual({ hits: 1, reads: 1 });
    memo.save();

    const again = DigestMemo.load(memoFile, later);
    expect(again.digestFile(file).digest).toBe(sha('hello'));
    expect(again.stats).toEqual({ hits: 1, reads: 0 });
  });

  it('re-reads a touched file and keeps its digest when the content is the same', () => {
    const { file, memoFile } = setup();
    const memo = DigestMemo.load(memoFile);
    const first = memo.digestFile(file);
    age(file, 30);
    expect(memo.digestFile(file)).toEqual(first);
    expect(memo.stats.reads).toBe(2);
  });

  it('sees an edit that keeps size and mtime (ctime and inode are checked too)', () => {
    const { file, memoFile } = setup('aaaa');
    const seconds = Math.floor(Date.now() / 1000) - 60;
    utimesSync(file, seconds, seconds);
    const memo = DigestMemo.load(memoFile);
    memo.digestFile(file);
    writeFileSync(file, 'bbbb');
    // Put the mtime back, as a coarse clock or `touch -r` would.
    utimesSync(file, seconds, seconds);
    expect(statSync(file).mtimeMs).toBe(seconds * 1000);
    expect(memo.digestFile(file).digest).toBe(sha('bbbb'));
    expect(memo.stats.reads).toBe(2);
  });

  it('does not memoize a file modified within 2 s of now (racy mtime)', () => {
    const { file, memoFile } = setup();
    const mtimeMs = statSync(file).mtimeMs;
    const racy = DigestMemo.load(memoFile, () => mtimeMs + 1500);
    racy.digestFile(file);
    racy.digestFile(file);
    expect(racy.stats).toEqual({ hits: 0, reads: 2 });
    racy.save();
    expect(existsSync(memoFile)).toBe(false);

    const settled = DigestMemo.load(memoFile, () => changedAt(file) + 2500);
    settled.digestFile(file);
    settled.digestFile(file);
    expect(settled.stats).toEqual({ hits: 1, reads: 1 });
  });

  it('does not memoize a file whose ctime is recent, even with an old mtime (cp -p, tar x)', () => {
    // On a file system with coarse timestamps, a second rewrite with the same old mtime and
    // size within one clock tick keeps every stat field: only the ctime rule catches it.
    const { file, memoFile } = setup();
    const memo = DigestMemo.load(memoFile, () => changedAt(file) + 1500);
    memo.digestFile(file);
    memo.digestFile(file);
    expect(memo.stats).toEqual({ hits: 0, reads: 2 });
    memo.save();
    expect(existsSync(memoFile)).toBe(false);
  });

  it('writes the memo atomically and only when it changed', () => {
    const { dir, file, memoFile } = setup();
    const memo = DigestMemo.load(memoFile, later);
    memo.digestFile(file);
    memo.save();
    const written = statSync(memoFile).mtimeMs;
    age(memoFile, 100);
    const reloaded = DigestMemo.load(memoFile, later);
    reloaded.digestFile(file);
    reloaded.save();
    expect(statSync(memoFile).mtimeMs).toBeLessThan(written);
    expect(readdirSync(join(dir, 'state'))).toEqual(['memo.json']);
  });

  it('starts empty from a damaged memo file', () => {
    const { file, memoFile } = setup();
    const memo = DigestMemo.load(memoFile, later);
    memo.digestFile(file);
    memo.save();
    writeFileSync(memoFile, '{"version":1,"files":');
    const fresh = DigestMemo.load(memoFile);
    expect(fresh.digestFile(file).digest).toBe(sha('hello'));
    expect(fresh.stats.reads).toBe(1);
  });
});
