import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoopSeal } from '../../src/cli/seal.js';
import { CLI, type TestRepo } from '../support/repo.js';
import { sealedRepos } from '../support/sealed-repo.js';

// The replay of a no-op run is as safe as its looks are complete: a file the engine reads to
// decide, and the seal does not look at, could change unseen. So the kernel is asked (strace)
// what a no-op run really read, and every read inside the repository must be a look of its
// seal. A read added to the engine without going through src/workspace/observed-fs.ts fails
// here.

/** `.pipekit` files that decide nothing: caches of what the looks cover, and housekeeping. */
const HOUSEKEEPING = [
  /^\.pipekit$/,
  /^\.pipekit\/(memo|state|model|noop)\.json(\.tmp-.*)?$/,
  /^\.pipekit\/tmp(\/.*)?$/,
  /^\.pipekit\/runs(\/.*)?$/,
  /^\.pipekit\/store\/\.pruned$/,
  // a stored tree's folder: only its mark of use is read (src/executor/store-upkeep.ts)
  /^\.pipekit\/store\/[0-9a-f]{64}$/,
];

const READS = new Set([
  'openat',
  'open',
  'statx',
  'newfstatat',
  'stat',
  'lstat',
  'readlink',
  'readlinkat',
  'access',
  'faccessat',
  'faccessat2',
]);

/** Every path inside `dir` that the traced process read or looked at, relative to `dir`. */
function readsInside(trace: string, dir: string): Set<string> {
  const paths = new Set<string>();
  for (const line of trace.split('\n')) {
    const m = /^(?:\d+ +)?(\w+)\((?:AT_FDCWD, |-?\d+, )?"([^"]*)"(.*)$/.exec(line);
    if (!m || !READS.has(m[1]!) || m[2] === '') continue;
    if (m[1]!.startsWith('open') && /O_WRONLY|O_RDWR|O_CREAT/.test(m[3]!)) continue;
    const abs = isAbsolute(m[2]!) ? m[2]! : join(dir, m[2]!);
    const rel = relative(dir, abs);
    if (rel.startsWith('..') || isAbsolute(rel)) continue;
    if (HOUSEKEEPING.some((re) => re.test(rel))) continue;
    paths.add(rel === '' ? '.' : rel);
  }
  return paths;
}

const hasStrace = spawnSync('strace', ['-V']).status === 0;

let sealed: Awaited<ReturnType<typeof sealedRepos>>;

beforeAll(async () => {
  sealed = await sealedRepos(1);
}, 120_000);

afterAll(() => {
  for (const { repo } of sealed ?? []) repo.remove();
});

describe('the seal of a no-op run', () => {
  it('looks at every path inside the repository that the run read', () => {
    expect(hasStrace, 'strace is needed (apt-get install strace)').toBe(true);
    const repo: TestRepo = sealed[0]!.repo;
    rmSync(repo.path('.pipekit/noop.json'));
    const traceFile = repo.path('.pipekit/tmp/trace.txt');
    const r = spawnSync(
      'strace',
      ['-f', '-qq', '-e', 'trace=%file', '-o', traceFile, 'node', CLI, 'run'],
      { cwd: repo.dir, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Nothing changed');
    const seal = JSON.parse(readFileSync(repo.path('.pipekit/noop.json'), 'utf8')) as NoopSeal;
    const looked = new Set(seal.looks.map(([, path]) => path));
    // realpath(3) looks at every folder on the way: a folder above a resolved path is covered
    // by the resolved path's own look.
    const resolved = seal.looks.filter(([kind]) => kind === 'r').map(([, path]) => path);
    const covered = (path: string): boolean =>
      looked.has(path) || resolved.some((p) => path === '.' || p.startsWith(`${path}${sep}`));
    const reads = readsInside(readFileSync(traceFile, 'utf8'), repo.dir);
    expect(reads.size).toBeGreaterThan(10);
    expect([...reads].filter((path) => !covered(path))).toEqual([]);
  });
});

describe('what a sealed run depends on besides the disk', () => {
  // The seal holds the arguments, the folder and pipekit's stamp, not the environment: an
  // engine module that reads the environment to decide would make a replay answer for
  // another run. Each reader here is accounted for; a new one must be too.
  const ACCOUNTED: Record<string, string> = {
    'src/cli/commands/run.ts': 'the environment of steps that run, and the cache notice after one',
    'src/executor/key-commands.ts': 'key commands: a run with any is never sealed',
  };

  it('no module the local engine decides with reads the environment unaccounted', () => {
    const readers = (readdirSync('src', { recursive: true }) as string[])
      .map((file) => join('src', file))
      .filter((file) => file.endsWith('.ts'))
      .filter((file) => !file.startsWith(join('src', 'action')))
      .filter((file) => !file.startsWith(join('src', 'cache', 'actions')))
      .filter((file) => /process\.env\b/.test(readFileSync(file, 'utf8')));
    expect(readers.sort()).toEqual(Object.keys(ACCOUNTED).sort());
  });
});
