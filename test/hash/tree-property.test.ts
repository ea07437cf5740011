/**
 * Property: a folder's digest changes if and only if what anyone can see of it changes (its
 * paths, kinds, bytes, executable bits, symlink targets: `listing`), and a save and restore
 * through a store gives back exactly the listing that was saved.
 */
import { chmodSync, cpSync, lstatSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/cache/local.js';
import { freshDigester } from '../../src/hash/digest.js';
import { digestOutput, digestTree } from '../../src/hash/files.js';
import type { Manifest } from '../../src/records/manifest.js';
import { keyOf } from '../cache/entries.js';
import { listing } from '../support/trees.js';
import { tempDir } from './tmp.js';

const name = fc.constantFrom('a', 'b', 'c');
// Two letters and short lengths: equal contents are common, so the object store shares them.
const bytes = fc
  .array(fc.constantFrom(0x61, 0x62), { maxLength: 3 })
  .map((a) => Uint8Array.from(a));

type Op =
  | { op: 'file'; at: number; name: string; bytes: Uint8Array; exec: boolean }
  | { op: 'dir'; at: number; name: string }
  | { op: 'link'; at: number; name: string; to: number }
  | { op: 'write'; at: number; bytes: Uint8Array }
  | { op: 'exec'; at: number; exec: boolean }
  | { op: 'noise'; at: number }
  | { op: 'retarget'; at: number; to: number }
  | { op: 'remove'; at: number };

const at = fc.nat(20);
const create: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('file' as const), at, name, bytes, exec: fc.boolean() }),
  fc.record({ op: fc.constant('dir' as const), at, name }),
  fc.record({ op: fc.constant('link' as const), at, name, to: at }),
);
const edit: fc.Arbitrary<Op> = fc.oneof(
  create,
  fc.record({ op: fc.constant('write' as const), at, bytes }),
  fc.record({ op: fc.constant('exec' as const), at, exec: fc.boolean() }),
  fc.record({ op: fc.constant('noise' as const), at }),
  fc.record({ op: fc.constant('retarget' as const), at, to: at }),
  fc.record({ op: fc.constant('remove' as const), at }),
);

/** Every path below `root` ('' is root itself) with its lstat kind, sorted. */
function paths(root: string): { rel: string; kind: 'dir' | 'file' | 'link' }[] {
  const out: { rel: string; kind: 'dir' | 'file' | 'link' }[] = [{ rel: '', kind: 'dir' }];
  const visit = (rel: string): void => {
    for (const n of readdirSync(join(root, rel)).sort()) {
      const r = rel ? `${rel}/${n}` : n;
      const st = lstatSync(join(root, r));
      const kind = st.isSymbolicLink() ? 'link' : st.isDirectory() ? 'dir' : 'file';
      out.push({ rel: r, kind });
      if (kind === 'dir') visit(r);
    }
  };
  visit('');
  return out;
}

/** Applies an op where it fits; one that does not (no such kind of entry, a name taken) does nothing. */
function apply(root: string, op: Op): void {
  const all = paths(root);
  // The i-th entry of one of these kinds (the root only as a parent folder).
  const pick = (kinds: string[], i: number, withRoot = false) => {
    const some = all.filter((p) => kinds.includes(p.kind) && (withRoot || p.rel !== ''));
    return some.length === 0 ? undefined : some[i % some.length]!.rel;
  };
  const abs = (rel: string) => join(root, rel);
  // A target inside the tree, as a relative link from `link`'s folder (it may dangle later).
  const targetFor = (link: string, i: number) => {
    const to = pick(['dir', 'file', 'link'], i) ?? 'missing';
    return posix.relative(posix.dirname(link), to) || '.';
  };
  if (op.op === 'file' || op.op === 'dir' || op.op === 'link') {
    const parent = pick(['dir'], op.at, true) ?? '';
    const rel = parent ? `${parent}/${op.name}` : op.name;
    if (all.some((p) => p.rel === rel)) return;
    if (op.op === 'dir') mkdirSync(abs(rel));
    else if (op.op === 'link') symlinkSync(targetFor(rel, op.to), abs(rel));
    else {
      writeFileSync(abs(rel), op.bytes);
      chmodSync(abs(rel), op.exec ? 0o755 : 0o644);
    }
    return;
  }
  const kinds = { write: ['file'], exec: ['file'], noise: ['file'], retarget: ['link'] };
  const rel = op.op === 'remove' ? pick(['file', 'link', 'dir'], op.at) : pick(kinds[op.op], op.at);
  if (rel === undefined) return;
  if (op.op === 'remove') rmSync(abs(rel), { recursive: true });
  else if (op.op === 'write') writeFileSync(abs(rel), op.bytes);
  else if (op.op === 'exec') chmodSync(abs(rel), op.exec ? 0o755 : 0o644);
  else if (op.op === 'noise') {
    // Invisible: group and other bits, times.
    chmodSync(abs(rel), (lstatSync(abs(rel)).mode & 0o700) | 0o070);
    utimesSync(abs(rel), 12345, 12345);
  } else {
    rmSync(abs(rel));
    symlinkSync(targetFor(rel, op.to), abs(rel));
  }
}

function digests(dir: string, root: string): string {
  const output = digestOutput(root, 'dir').digest;
  // An input folder that holds nothing leaving it is digested the same way as an output.
  expect(digestTree(dir, root, freshDigester).digest).toBe(output);
  return output;
}

describe('the digest of a folder', () => {
  it('changes if and only if its listing changes; a store restores the listing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(create, { maxLength: 14 }),
        fc.array(edit, { maxLength: 6 }),
        async (made, edits) => {
          const dir = tempDir();
          const tree = join(dir, 'tree');
          mkdirSync(tree);
          for (const op of made) apply(tree, op);
          const before = { listing: listing(tree), digest: digests(dir, tree) };
          cpSync(tree, join(dir, 'before'), { recursive: true, verbatimSymlinks: true });
          expect(listing(join(dir, 'before'))).toEqual(before.listing);
          for (const op of edits) apply(tree, op);
          const after = { listing: listing(tree), digest: digests(dir, tree) };
          const same = JSON.stringify(before.listing) === JSON.stringify(after.listing);
          expect(before.digest === after.digest).toBe(same);
          await roundTrip(dir, { before: join(dir, 'before'), after: tree });
        },
      ),
      { numRuns: 150 },
    );
  });
});

/** Saves each folder as an entry of one local store, then restores each and compares listings. */
async function roundTrip(dir: string, trees: Record<string, string>): Promise<void> {
  const warnings: string[] = [];
  const store = new LocalStore({ dir: join(dir, 'cache'), warn: (m) => warnings.push(m) });
  const manifests = Object.entries(trees).map(([label, path]) => {
    const manifest: Manifest = {
      schema: 1,
      key: keyOf(label),
      step: label,
      outputs: { tree: digestOutput(path, 'dir') },
      durationMs: 1,
      tool: 'test',
      createdAt: '',
    };
    return { manifest, path };
  });
  for (const { manifest, path } of manifests) {
    expect(await store.save(manifest, { tree: path })).toBe(true);
  }
  for (const { manifest, path } of manifests) {
    const dest = join(dir, 'restored', manifest.step, 'tree');
    mkdirSync(dirname(dest), { recursive: true });
    expect(await store.restore(manifest, { tree: dest })).toBe(true);
    expect(listing(dest), manifest.step).toEqual(listing(path));
  }
  expect(warnings).toEqual([]);
}
