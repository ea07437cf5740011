import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/cache/local.js';
import type { StepKey } from '../../src/records/brands.js';
import { makeRepo, type TestRepo } from '../support/repo.js';

/**
 * A full disk while a step runs, and on the next run: each ends in the run's report (a failed
 * step that says the disk is full), never a stack trace, and the cache stays whole. On a real
 * 2 MiB tmpfs where this machine lets us mount one; always also with a simulated ENOSPC at
 * pipekit's writes (test/support/enospc.mjs), which is all a machine without mount rights has.
 */
const FILES: Record<string, string> = {
  'pipeline.yml': `name: full
steps:
  a:
    run: echo hi > \${{ outputs.o }}
    outputs: { o: { type: file } }
  fill:
    run: |
      if [ -n "$FILL" ]; then
        if [ -n "$PIPEKIT_TEST_FULL_FLAG" ]; then touch "$PIPEKIT_TEST_FULL_FLAG"; exit 1; fi
        head -c 4000000 /dev/zero > \${{ outputs.big }}
      fi
      echo small > \${{ outputs.big }}
    outputs: { big: { type: file } }
  empty:
    run: "true"
    outputs: { d: { type: dir } }
`,
};

type Mode = 'tmpfs' | 'simulated';

const mounts: string[] = [];
afterAll(() => {
  for (const dir of mounts) {
    try {
      execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A 2 MiB tmpfs, or undefined where mounting is not allowed (not root, no CAP_SYS_ADMIN). */
function smallDisk(): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'pipekit-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  mounts.push(dir);
  return dir;
}

interface Disk {
  repo: TestRepo;
  env: Record<string, string>;
  fill(): void;
  free(): void;
}

function diskFor(mode: Mode): Disk | undefined {
  if (mode === 'tmpfs') {
    const dir = smallDisk();
    if (!dir) return undefined;
    const repo = makeRepo(FILES);
    execFileSync('cp', ['-a', `${repo.dir}/.`, dir]);
    const filler = join(dir, 'filler');
    return {
      repo: new (repo.constructor as new (dir: string) => TestRepo)(dir),
      env: {},
      fill: () => {
        try {
          execFileSync('sh', ['-c', `head -c 4000000 /dev/zero > ${filler}`], { stdio: 'ignore' });
        } catch {
          // full: that was the point
        }
      },
      free: () => rmSync(filler, { force: true }),
    };
  }
  const repo = makeRepo(FILES);
  const flag = join(mkdtempSync(join(tmpdir(), 'pipekit-flag-')), 'full');
  return {
    repo,
    env: {
      NODE_OPTIONS: `--import ${pathToFileURL(resolve('test/support/enospc.mjs')).href}`,
      PIPEKIT_TEST_FULL_DIR: repo.dir,
      PIPEKIT_TEST_FULL_FLAG: flag,
    },
    fill: () => writeFileSync(flag, ''),
    free: () => rmSync(flag, { force: true }),
  };
}

/** Every entry the local cache lists restores whole, and no temp file is left in it. */
async function expectCacheWhole(repo: TestRepo): Promise<number> {
  const dir = repo.path('.pipekit/cache');
  const files = existsSync(dir) ? (readdirSync(dir, { recursive: true }) as string[]) : [];
  expect(files.filter((f) => f.includes('.tmp-'))).toEqual([]);
  const keys = files
    .map((f) => /(?:^|\/)entries\/([0-9a-f]{64})\.json$/.exec(f)?.[1])
    .filter((k): k is string => k !== undefined);
  const warnings: string[] = [];
  const store = new LocalStore({ dir, warn: (m) => warnings.push(m) });
  for (const key of keys) {
    const manifest = await store.lookup(key as StepKey);
    expect(manifest, key).toBeDefined();
    const dest = mkdtempSync(join(tmpdir(), 'pipekit-restore-'));
    const paths = Object.fromEntries(Object.keys(manifest!.outputs).map((n) => [n, join(dest, n)]));
    expect(await store.restore(manifest!, paths), warnings.join('\n')).toBe(true);
    rmSync(dest, { recursive: true, force: true });
  }
  return keys.length;
}

const noStackTrace = (text: string): void => expect(text).not.toMatch(/\n\s+at .*:\d+/);

describe.each<Mode>(['tmpfs', 'simulated'])('a full disk (%s)', (mode) => {
  const disk = diskFor(mode);
  // Where mounting is refused the simulated mode still runs: never skipped as a whole.
  it.runIf(disk !== undefined)(
    'fails the step that filled it, then pipekit’s own writes, with a report each time',
    async () => {
      const { repo, env } = disk!;
      const run = (extra: Record<string, string> = {}, args: string[] = []) =>
        repo.cli(['run', '--jobs', '1', ...args], { ...env, ...extra });

      // 1. A step fills the disk while it runs.
      const first = run({ FILL: '1' });
      expect(first.code, first.stderr).toBe(1);
      expect(first.stderr).toMatch(
        /✗ fill failed: disk full \(ENOSPC\) while writing \.pipekit\/tmp\/\S+-fill \(exit 1\)/,
      );
      expect(first.stdout).toMatch(/3 steps: .*1 failed/);
      noStackTrace(first.stderr);
      await expectCacheWhole(repo);

      // 2. The next run starts on a full disk: pipekit's own writes fail too.
      disk!.fill();
      const second = run({ FILL: '1' }, ['--force', 'empty']);
      expect(second.code, second.stderr).toBe(1);
      expect(second.stderr).toMatch(/✗ fill failed: disk full \(ENOSPC\) while writing/);
      expect(second.stdout).toMatch(/3 steps: /);
      noStackTrace(second.stderr);
      // A step that needs no space still runs; what it could not save is said.
      expect(second.stdout).toMatch(/empty\s+ran/);
      expect(second.stderr).toMatch(/could not save cache entry \w+ for step empty: .*ENOSPC/);
      await expectCacheWhole(repo);

      // 3. Space again: everything runs or is reused, and the outputs are right.
      disk!.free();
      const third = run();
      expect(third.code, third.stderr).toBe(0);
      expect(repo.read('.pipekit/out/fill/big')).toBe('small\n');
      expect(repo.read('.pipekit/out/a/o')).toBe('hi\n');
      expect(await expectCacheWhole(repo)).toBe(3);
    },
  );
});
