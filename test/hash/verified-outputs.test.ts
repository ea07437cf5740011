import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TREE_FORMAT, type OutputRecord, type TreeEntry } from '../../src/records/manifest.js';
import { UserError } from '../../src/errors.js';
import { treeDigest } from '../../src/hash/digest.js';
import { digestOutput, placeOutputs, verifyOutput } from '../../src/hash/files.js';
import { MissingBytes } from '../../src/hash/verified-outputs.js';
import { listing } from '../support/trees.js';
import { tempDir, writeTree } from './tmp.js';
import { asDigest } from '../support/brands.js';
import type { ContentDigest } from '../../src/records/brands.js';

const sha = (s: string) => asDigest(createHash('sha256').update(s).digest('hex'));

describe('digestOutput and verifyOutput', () => {
  it('digests a dir output and a file output with the tree rule', () => {
    const dir = tempDir();
    writeTree(dir, { 'model/w.bin': 'w', 'model/sub/b.bin': 'b', 'metrics.json': '{"a":1}' });
    const model = digestOutput(join(dir, 'model'), 'dir');
    expect(model.entries.map((f) => f.path)).toEqual(['sub/b.bin', 'w.bin']);
    expect(model.digest).toBe(treeDigest(model.entries));
    const metrics = digestOutput(join(dir, 'metrics.json'), 'metrics');
    const only: TreeEntry = {
      kind: 'file',
      path: '',
      size: 7,
      digest: sha('{"a":1}'),
      exec: false,
    };
    expect(metrics).toEqual({
      type: 'metrics',
      format: TREE_FORMAT,
      digest: treeDigest([only]),
      entries: [only],
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
    chmodSync(join(out, 'a'), 0o755);
    expect(verifyOutput(out, record)).toBe('a: the executable bit differs');
    chmodSync(join(out, 'a'), 0o644);
    mkdirSync(join(out, 'd'));
    expect(verifyOutput(out, record)).toBe('unexpected folder d');
    rmSync(join(out, 'd'), { recursive: true });
    rmSync(join(out, 'b'));
    expect(verifyOutput(out, record)).toBe('b is missing');
    rmSync(out, { recursive: true });
    expect(verifyOutput(out, record)).toMatch(/missing/);
  });
});

describe('placeOutputs', () => {
  const file = (path: string, c: string, exec = false): TreeEntry => ({
    kind: 'file',
    path,
    size: c.length,
    digest: sha(c),
    exec,
  });
  const tree = (entries: TreeEntry[]): OutputRecord => ({
    type: 'dir',
    format: TREE_FORMAT,
    digest: treeDigest(entries),
    entries,
  });
  const record = (files: Record<string, string>): OutputRecord =>
    tree(Object.entries(files).map(([path, c]) => file(path, c)));
  const bytes = new Map(['a', 'b', 'evil'].map((c) => [sha(c), c]));
  const fill = (f: { digest: ContentDigest }, target: string) =>
    writeFileSync(target, bytes.get(f.digest) ?? 'wrong');

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
      kind: 'corrupt',
      reason: 'output bad, file c: content does not match its digest',
      digest: sha('c'),
    });
    expect(readdirSync(dir)).toEqual([]);
    expect(placeOutputs({ good }, { good: join(dir, 'g') }, fill)).toBeUndefined();
    expect(readFileSync(join(dir, 'g/x/a'), 'utf8')).toBe('a');
    expect(readdirSync(dir)).toEqual(['g']);
  });

  it('places empty folders, symlinks and the mode the record says, whatever fill wrote', () => {
    const dir = tempDir();
    const o = tree([
      file('bin/run', 'a', true),
      file('bin/copy', 'a'),
      { kind: 'dir', path: 'empty/nested' },
      { kind: 'symlink', path: 'latest', target: 'bin/run' },
    ]);
    const fillExec = (f: { digest: ContentDigest }, target: string) => {
      fill(f, target);
      chmodSync(target, 0o700);
    };
    expect(placeOutputs({ o }, { o: join(dir, 'o') }, fillExec)).toBeUndefined();
    expect(listing(join(dir, 'o'))).toEqual({
      bin: 'dir',
      'bin/copy': `file ${Buffer.from('a').toString('hex')}`,
      'bin/run': `exec ${Buffer.from('a').toString('hex')}`,
      empty: 'dir',
      'empty/nested': 'dir',
      latest: 'link bin/run',
    });
  });

  it("calls missing bytes corrupt and any other failure the destination's", () => {
    const dir = tempDir();
    const o = record({ a: 'a' });
    const missing = () => {
      throw new MissingBytes('object gone');
    };
    expect(placeOutputs({ o }, { o: join(dir, 'o') }, missing)).toEqual({
      kind: 'corrupt',
      reason: 'output o, file a: object gone',
    });
    const full = () => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    };
    expect(placeOutputs({ o }, { o: join(dir, 'o') }, full)?.kind).toBe('destination');
    writeFileSync(join(dir, 'file'), 'a file where a folder must go');
    const blocked = placeOutputs({ o }, { o: join(dir, 'file', 'o') }, fill);
    expect(blocked?.kind).toBe('destination');
    expect(blocked?.reason).toMatch(/ENOTDIR|EEXIST/);
    expect(readdirSync(dir)).toEqual(['file']);
  });

  it('refuses manifest paths that would write outside the destination', () => {
    const dir = tempDir();
    for (const path of ['../evil', 'a/../../evil', '/tmp/evil', 'a//b', './a']) {
      const failure = placeOutputs({ o: record({ [path]: 'evil' }) }, { o: join(dir, 'o') }, fill);
      expect(failure).toEqual({ kind: 'corrupt', reason: expect.stringMatching(/unsafe path/) });
    }
    expect(existsSync(join(dir, '..', 'evil'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a record that does not name exactly one tree, or whose links lead out', () => {
    const dir = tempDir();
    const link = (path: string, target: string): TreeEntry => ({ kind: 'symlink', path, target });
    const bad: [TreeEntry[], RegExp][] = [
      [[file('a', 'a'), file('a/b', 'b')], /lies below/],
      [[{ kind: 'dir', path: 'a' }, file('a/b', 'b')], /lies below/],
      [[link('l', 'x'), file('l/b', 'b')], /lies below/],
      [[file('a', 'a'), file('a', 'b')], /listed twice/],
      [[link('l', '../outside')], /leads out/],
      [[link('l', '/etc')], /leads out/],
      [[{ kind: 'dir', path: 'd' }, link('d2', 'd/../..')], /leads out/],
      [[{ kind: 'symlink', path: 'l', target: 'x', reaches: sha('x') }], /bad symlink/],
    ];
    for (const [entries, why] of bad) {
      const failure = placeOutputs({ o: tree(entries) }, { o: join(dir, 'o') }, fill);
      expect(failure, JSON.stringify(entries)).toEqual({
        kind: 'corrupt',
        reason: expect.stringMatching(why),
      });
    }
    const old = { type: 'dir', digest: sha('x'), files: [] } as unknown as OutputRecord;
    expect(placeOutputs({ o: old }, { o: join(dir, 'o') }, fill)?.reason).toMatch(/another format/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses an entry list that does not match the output digest', () => {
    const dir = tempDir();
    const o = { ...record({ a: 'a' }), digest: sha('other') };
    expect(placeOutputs({ o }, { o: join(dir, 'o') }, fill)?.reason).toMatch(/does not match/);
  });
});
