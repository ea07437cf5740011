/**
 * The part of the store contract about trees and destinations: a restore recreates exactly
 * the tree that was saved (empty folders, symlinks, the executable bit), and a restore that
 * fails at its destination keeps the entry. Called from `describeCacheStore`.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { CacheStore } from '../../src/cache/store.js';
import type { Manifest, OutputPaths } from '../../src/records/manifest.js';
import { digestOutput } from '../../src/hash/files.js';
import { listing, type TreeNode } from '../support/trees.js';
import { makeTreeEntry, type SaveJob } from './entries.js';

interface Context {
  store: CacheStore;
  warnings: string[];
  dir: string;
}

const SCRIPT = '#!/bin/sh\necho hello\n';

/** The awkward cases of a tree; `bin/copy` sorts (and is stored) before its executable twin. */
const TREE: Record<string, TreeNode> = {
  'bin/copy': { file: SCRIPT },
  'bin/tool': { file: SCRIPT, exec: true },
  'bin/up': { link: '../data' },
  'data/train.csv': { file: 'x,y\n1,2\n' },
  'data/classes/empty': { dir: true },
  'empty-at-top': { dir: true },
  latest: { link: 'data/train.csv' },
  dangling: { link: 'data/not-yet' },
};

const asRoot = process.getuid?.() === 0;

export function describeTreeContract(context: () => Context): void {
  const to = (where: string): OutputPaths => ({ tree: join(context().dir, where, 'tree') });

  async function saved(label: string, nodes: Record<string, TreeNode>): Promise<SaveJob> {
    const job = makeTreeEntry(context().dir, label, nodes);
    expect(await context().store.save(job.manifest, job.outputs)).toBe(true);
    return job;
  }

  /** A restore that failed at its destination: a miss, said once, with the entry kept. */
  async function expectKept(job: SaveJob, failed: boolean): Promise<void> {
    const { store, warnings } = context();
    expect(failed).toBe(false);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(job.manifest.key);
    expect(warnings[0]).not.toMatch(/corrupt/);
    const found = (await store.lookup(job.manifest.key)) as Manifest;
    expect(found).toEqual(job.manifest);
    const good = to('good');
    expect(await store.restore(found, good)).toBe(true);
    expect(listing(good.tree as string)).toEqual(listing(job.outputs.tree as string));
  }

  it('restores a tree exactly: empty folders, symlinks as symlinks, the executable bit', async () => {
    const { store, warnings } = context();
    const job = await saved('tree', TREE);
    const dest = to('restored');
    expect(await store.restore(job.manifest, dest)).toBe(true);
    expect(listing(dest.tree as string)).toEqual(listing(job.outputs.tree as string));
    expect(digestOutput(dest.tree as string, 'dir')).toEqual(job.manifest.outputs.tree);
    expect(warnings).toEqual([]);
  });

  it('restores an executable file executable when the same bytes were stored non-executable first', async () => {
    const { store } = context();
    const plain = await saved('plain', { tool: { file: SCRIPT } });
    const exec = await saved('exec', { tool: { file: SCRIPT, exec: true } });
    for (const job of [exec, plain]) {
      const dest = to(`restored-${job.manifest.step}`);
      expect(await store.restore(job.manifest, dest)).toBe(true);
      expect(listing(dest.tree as string)).toEqual(listing(job.outputs.tree as string));
    }
  });

  it('keeps an entry it could not place because a file sits where a folder must go', async () => {
    const { store, dir } = context();
    const job = await saved('blocked', TREE);
    writeFileSync(join(dir, 'blocked-dest'), 'a file, not a folder');
    const dest = to('blocked-dest');
    await expectKept(job, await store.restore(job.manifest, dest));
  });

  it.skipIf(asRoot)('keeps an entry it could not place in a read-only folder', async () => {
    const { store, dir } = context();
    const job = await saved('read-only', TREE);
    const parent = join(dir, 'read-only-dest');
    mkdirSync(parent);
    chmodSync(parent, 0o555);
    try {
      await expectKept(job, await store.restore(job.manifest, to('read-only-dest')));
    } finally {
      chmodSync(parent, 0o755);
    }
  });
}
