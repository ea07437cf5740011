import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutputRecord } from '../../src/records/manifest.js';
import { UserError } from '../../src/errors.js';
import { treeDigest } from '../../src/hash/digest.js';
import { digestOutput, placeOutputs, verifyOutput } from '../../src/hash/files.js';
import { tempDir, writeTree } from './tmp.js';
import { asDigest } from '../support/brands.js';
import type { ContentDigest } from '../../src/records/brands.js';

const sha = (s: string) => asDigest(createHash('sha256').update(s).digest('hex'));

describe('digestOutput and verifyOutput', () => {
  it('digests a dir output and a file output with the tree rule', () => {
    const dir = tempDir();
    writeTree(dir, { 'model/w.bin': 'w', 'model/sub/b.bin': 'b', 'metrics.json': '{"a":1}' });
    const model = digestOutput(join(dir, 'model'), 'dir');
    expect(model.files.map((f) => f.path)).toEqual(['sub/b.bin', 'w.bin']);
    expect(model.digest).toBe(treeDigest(model.files));
    const metrics = digestOutput(join(dir, 'metrics.json'), 'metrics');
    expect(metrics).toEqual({
      type: 'metrics',
      digest: treeDigest([{ path: '', digest: sha('{"a":1}') }]),
      files: [{ path: '', size: 7, digest: sha('{"a":1}') }],
    });
  });

  it('throws a UserError for a missing output or one of the wrong kind', () => {
    const dir = tempDir();
    writeTree(dir, { 'f.txt': 'x' });
    expect(() => digestOutput(join(dir, 'nope'), 'file')).toThrow(UserError);
    expect(() => digestOutput(join(dir, 'f.txt'), 'dir')).toThrow(/not a folder/);
    expect(() => digestOutput(dir, 'file')).toThrow(/not a file/);
  });

  it('says what differs', () => {
    const dir = tempDir();
    writeTree(dir, { 'out/a': 'a', 'out/b': 'b' });
    const out = join(dir, 'out');
    const record = digestOutput(out, 'dir');
    expect(verifyOutput(out, record)).toBeUndefined();
    writeFileSync(join(out, 'a'), 'A');
    expect(verifyOutput(out, record)).toBe('a differs');
    writeFileSync(join(out, 'a'), 'a');
    writeFileSync(join(out, 'c'), 'c');
    expect(verifyOutput(out, record)).toBe('unexpected file c');
    rmSync(join(out, 'c'));
    rmSync(join(out, 'b'));
    expect(verifyOutput(out, record)).toBe('b is missing');
    rmSync(out, { recursive: true });
    expect(verifyOutput(out, record)).toMatch(/missing/);
  });
});

describe('placeOutputs', () => {
  const record = (files: Record<string, string>): OutputRecord => {
    const list = Object.entries(files).map(([path, c]) => ({
      path,
      size: c.length,
      digest: sha(c),
    }));
    return { type: 'dir', digest: treeDigest(list), files: list };
  };
  const bytes = new Map(['a', 'b', 'evil'].map((c) => [sha(c), c]));
  const fill = (file: { digest: ContentDigest }, target: string) =>
    writeFileSync(target, bytes.get(file.digest) ?? 'wrong');

  it('places every output or none, with no temp left behind', () => {
    const dir = tempDir();
    const good = record({ 'x/a': 'a' });
    const bad = record({ b: 'b', c: 'c' });
    const failure = placeOutputs(
      { good, bad },
      { good: join(dir, 'g'), bad: join(dir, 'b') },
      fill,
    );
    expect(failure).toEqual({
      reason: 'output bad, file c: content does not match its digest',
      digest: sha('c'),
    });
    expect(readdirSync(dir)).toEqual([]);
    expect(placeOutputs({ good }, { good: join(dir, 'g') }, fill)).toBeUndefined();
    expect(readFileSync(join(dir, 'g/x/a'), 'utf8')).toBe('a');
    expect(readdirSync(dir)).toEqual(['g']);
  });

  it('refuses manifest paths that would write outside the destination', () => {
    const dir = tempDir();
    for (const path of ['../evil', 'a/../../evil', '/tmp/evil', 'a//b', './a']) {
      const failure = placeOutputs({ o: record({ [path]: 'evil' }) }, { o: join(dir, 'o') }, fill);
      expect(failure?.reason).toMatch(/unsafe path/);
    }
    expect(existsSync(join(dir, '..', 'evil'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a file list that does not match the output digest', () => {
    const dir = tempDir();
    const o = { ...record({ a: 'a' }), digest: sha('other') };
    expect(placeOutputs({ o }, { o: join(dir, 'o') }, fill)?.reason).toMatch(/does not match/);
  });
});
