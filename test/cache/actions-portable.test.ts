import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { withFixedCompression } from '../../src/cache/actions-compression.js';
import type { Manifest } from '../../src/records/manifest.js';
import { useActionsFixture } from '../support/actions-fixture.js';
import { pathWithout } from '../support/path-without.js';
import { makeEntry, snapshot } from './contract.js';

const zstdVersion = (args: string[]) => spawnSync('zstd', args, { encoding: 'utf8' });

// The client compresses with zstd when `zstd` is on PATH, else gzip, and the method is part of
// an entry's version: a restore never falls back to the other. Hosted runners have zstd,
// self-hosted ones often not; a step's job and its dependents' jobs run on either.
describe('ActionsStore entries across runners', () => {
  const fx = useActionsFixture();
  beforeAll(() => {
    if (zstdVersion(['--version']).status !== 0) {
      throw new Error('these tests need zstd on PATH (.ci/run installs it)');
    }
  });
  const small = (label: string) => makeEntry(fx.dir, label, { model: { 'w.bin': label } });

  async function roundTrip(save: () => void, restore: () => void, label: string) {
    const job = small(label);
    save();
    expect(await fx.store().save(job.manifest, job.outputs)).toBe(true);
    restore();
    const found = (await fx.store().lookup(job.manifest.key)) as Manifest;
    expect(found).toEqual(job.manifest);
    const to = fx.dests(job.outputs, `restored-${label}`);
    expect(await fx.store().restore(found, to)).toBe(true);
    expect(snapshot(to.model!)).toEqual(snapshot(job.outputs.model!));
  }

  it('reads where zstd is missing what was saved where it is, and the other way round', async () => {
    const withZstd = process.env.PATH!;
    const without = pathWithout(/zstd/, join(fx.dir, 'bin'));
    const noZstd = () => fx.env.usePath(without);
    const zstd = () => fx.env.usePath(withZstd);
    await roundTrip(zstd, noZstd, 'a');
    await roundTrip(noZstd, zstd, 'b');
    expect(fx.warnings).toEqual([]);
    // One version for every entry of one stage path, whoever saved it.
    const versions = new Set(fx.server.calls.map((c) => c.version));
    expect(versions.size).toBe(4);
  });

  it('reads on Windows what Linux saved (enableCrossOsArchive: the paths are the same)', async () => {
    const job = small('a');
    expect(await fx.store().save(job.manifest, job.outputs)).toBe(true);
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    // Only the version tells the platform apart here; tar and zstd are the host's.
    Object.defineProperty(process, 'platform', { value: 'win32' });
    try {
      expect(await fx.store().lookup(job.manifest.key)).toEqual(job.manifest);
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
    expect(fx.warnings).toEqual([]);
  });

  it("keeps zstd working for a step's command while the client runs", async () => {
    const seen = await withFixedCompression(async () => ({
      probe: zstdVersion(['--quiet', '--version']),
      other: zstdVersion(['--version']),
      roundTrip: spawnSync('sh', ['-c', 'printf hello | zstd -q | zstd -dq'], { encoding: 'utf8' }),
    }));
    // The client's probe finds no zstd; anything else is the real one.
    expect([seen.probe.status, seen.probe.stdout]).toEqual([1, '']);
    expect(seen.other.stdout).toMatch(/Zstandard/);
    expect(seen.roundTrip.stdout).toBe('hello');
    expect(zstdVersion(['--quiet', '--version']).stdout).toMatch(/\d+\.\d+/);
  });
});
