/**
 * The part of the store contract about trees: a restore recreates exactly the tree that was
 * saved (empty folders, symlinks, the executable bit). Called from `describeCacheStore`.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { CacheStore } from '../../src/cache/store.js';
import type { OutputPaths } from '../../src/records/manifest.js';
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

export function describeTreeContract(context: () => Context): void {
  const to = (where: string): OutputPaths => ({ tree: join(context().dir, where, 'tree') });

  async function saved(label: string, nodes: Record<string, TreeNode>): Promise<SaveJob> {
    const job = makeTreeEntry(context().dir, label, nodes);
    expect(await context().store.save(job.manifest, job.outputs)).toBe(true);
    return job;
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
}
