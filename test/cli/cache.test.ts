import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../support/repo.js';

// `pipekit cache ls` and `prune` over a real run's `.pipekit`: entries by step, size and use;
// removal by age and by size, never of what the pipeline's steps use now unless --all.

let repo: TestRepo | undefined;
afterEach(() => repo?.remove());

const MB = 1_000_000;

/** Each value of `p` makes a different 1 MB output, so a different entry of step `make`. */
const pipeline = `name: sizes
inputs:
  p: { type: integer, default: 3 }
steps:
  make:
    run: head -c ${MB - 2} /dev/zero > \${{ outputs.out }}; echo \${{ inputs.p }} >> \${{ outputs.out }}
    inputs: { p: { type: integer } }
    outputs: { out: { type: file } }
    with:
      p: \${{ inputs.p }}
`;

interface Listed {
  step: string;
  key: string;
  bytes: number;
  lastUsed: string;
}

function ls(): Listed[] {
  const r = repo!.cli(['cache', 'ls', '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Listed[];
}

function objects(): string[] {
  const root = repo!.path('.pipekit/cache/objects');
  return readdirSync(root).flatMap((d) => readdirSync(join(root, d)));
}

/** Makes the entry of `key` last used `days` ago. */
function age(key: string, days: number): void {
  const t = Date.now() / 1000 - days * 86_400;
  utimesSync(repo!.path(`.pipekit/cache/entries/${key}.json`), t, t);
}

/** Runs with p = 1, 2, 3 (3 last: the current key); returns their keys in that order. */
function threeEntries(): string[] {
  repo = makeRepo({ 'pipeline.yml': pipeline });
  for (const p of [1, 2, 3]) expect(repo.cli(['run', '--set', `p=${p}`]).code).toBe(0);
  const byP = ls().sort((a, b) => a.lastUsed.localeCompare(b.lastUsed));
  expect(byP.map((e) => [e.step, e.bytes])).toEqual([
    ['make', MB],
    ['make', MB],
    ['make', MB],
  ]);
  const keys = [1, 2, 3].map((p) => {
    const r = repo!.cli(['plan', '--json', '--set', `p=${p}`]);
    return (JSON.parse(r.stdout) as { steps: { key: string }[] }).steps[0]!.key;
  });
  expect(new Set(keys)).toEqual(new Set(byP.map((e) => e.key)));
  return keys;
}

describe('pipekit cache ls', () => {
  it('lists each entry with its step, key, size and last use, sortable, and the totals', () => {
    const [k1, k2, k3] = threeEntries();
    age(k1!, 40);
    age(k2!, 10);
    const r = repo!.cli(['cache', 'ls', '--sort', 'used']);
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('make'));
    expect(rows.map((l) => l.split(/\s+/)[1])).toEqual([k3, k2, k1].map((k) => k!.slice(0, 12)));
    expect(rows[2]).toMatch(/^make\s+\S+\s+1\.0 MB\s+\S+\s+40d ago$/);
    expect(r.stdout).toMatch(
      /3 entries, 3\.0 MB of files \(each stored once\); run logs .* \(3 runs\)/,
    );
    const bad = repo!.cli(['cache', 'ls', '--sort', 'colour']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--sort colour: expected used, size, age or step');
  }, 90_000);

  it('records a lookup that finds an entry as its last use', () => {
    const [, , k3] = threeEntries();
    age(k3!, 40);
    expect(repo!.cli(['run']).code).toBe(0);
    const entry = ls().find((e) => e.key === k3)!;
    expect(Date.now() - Date.parse(entry.lastUsed)).toBeLessThan(3_600_000);
  }, 90_000);
});

describe('pipekit cache prune', () => {
  it('removes what was last used before --older-than, never the current keys, and says so', () => {
    const [k1, k2, k3] = threeEntries();
    for (const k of [k1, k2, k3]) age(k!, 40);
    const before = objects().length;
    const dry = repo!.cli(['cache', 'prune', '--older-than', '30d', '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain(
      `would remove cache entry make ${k1!.slice(0, 12)} (1.0 MB, last used 40d ago)`,
    );
    // Their bytes are shared with the store of outputs, which keeps them for now.
    expect(dry.stdout).toMatch(
      /would free 0 B: 2 cache entries \(1 kept\), 0 folders of logs and scratch; 2\.0 MB more stay until \.pipekit\/store stops using them/,
    );
    expect(ls()).toHaveLength(3);
    expect(objects()).toHaveLength(before);

    const r = repo!.cli(['cache', 'prune', '--older-than', '30d']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`removed cache entry make ${k2!.slice(0, 12)}`);
    expect(r.stdout).toMatch(/freed .*: 2 cache entries \(1 kept\)/);
    expect(ls().map((e) => e.key)).toEqual([k3]);
    expect(objects()).toHaveLength(before - 2);
    // What the current pipeline uses is still reused; a pruned one runs again.
    const again = repo!.cli(['run']);
    expect(again.stdout).toMatch(/^make\s+cached/m);
    expect(repo!.cli(['run', '--set', 'p=1']).stdout).toMatch(/^make\s+ran/m);
  }, 90_000);

  it('removes the least recently used past --max-size, and everything with --all', () => {
    const [k1, k2, k3] = threeEntries();
    age(k1!, 3);
    age(k2!, 2);
    const r = repo!.cli(['cache', 'prune', '--max-size', '2.5MB']);
    expect(r.code, r.stderr).toBe(0);
    expect(
      ls()
        .map((e) => e.key)
        .sort(),
    ).toEqual([k2, k3].sort());
    expect(readdirSync(repo!.path('.pipekit/runs'))).toHaveLength(3);
    const none = repo!.cli(['cache', 'prune', '--max-size', '0']).stdout;
    expect(none).toMatch(/1 cache entry \(1 kept\), 2 folders of logs and scratch/);
    // The last run's logs are kept, as the current keys are.
    expect(readdirSync(repo!.path('.pipekit/runs'))).toHaveLength(1);
    expect(ls().map((e) => e.key)).toEqual([k3]);
    const all = repo!.cli(['cache', 'prune', '--all']);
    expect(all.code, all.stderr).toBe(0);
    expect(ls()).toEqual([]);
    expect(objects()).toEqual([]);
    expect(readdirSync(repo!.path('.pipekit/runs'))).toEqual([]);
    // The stored outputs the cache shared its bytes with are untouched.
    expect(repo!.read('.pipekit/out/make/out').endsWith('3\n')).toBe(true);
  }, 90_000);

  it('removes scratch space a day old, refuses to guess on a broken pipeline, and checks its options', () => {
    repo = makeRepo({ 'pipeline.yml': pipeline });
    expect(repo.cli(['run']).code).toBe(0);
    repo.write({
      '.pipekit/tmp/old-run-step/x': 'left by a killed run',
      '.pipekit/tmp/live/x': 'now',
    });
    const t = Date.now() / 1000 - 2 * 86_400;
    for (const p of ['.pipekit/tmp/old-run-step/x', '.pipekit/tmp/old-run-step'])
      utimesSync(repo.path(p), t, t);
    const r = repo.cli(['cache', 'prune', '--older-than', '30d']);
    expect(r.stdout).toContain('removed scratch space old-run-step');
    expect(existsSync(repo.path('.pipekit/tmp/old-run-step'))).toBe(false);
    expect(existsSync(repo.path('.pipekit/tmp/live'))).toBe(true);

    expect(repo.cli(['cache', 'prune']).stderr).toContain('say what to remove');
    expect(repo.cli(['cache', 'prune', '--max-size', 'lots']).code).toBe(2);
    expect(repo.cli(['cache', 'prune', '--older-than', '30']).stderr).toContain('expected an age');
    expect(repo.cli(['cache', 'tidy']).code).toBe(2);
    repo.write({ 'pipeline.yml': 'name: broken\nsteps: 5\n' });
    const broken = repo.cli(['cache', 'prune', '--older-than', '1d']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('fix it, or pass --all');
    expect(ls()).toHaveLength(1);
  }, 90_000);
});

describe('the end of a run', () => {
  it('says how much the cache takes when past PIPEKIT_CACHE_NOTICE, with the prune command', () => {
    repo = makeRepo({ 'pipeline.yml': pipeline });
    const r = repo.cli(['run'], { PIPEKIT_CACHE_NOTICE: '500kB' });
    expect(r.stdout).toMatch(
      /The local cache and run logs take 1\.0 MB \(more than 500\.0 kB\): `pipekit cache ls` lists them; `pipekit cache prune --max-size 500kB`/,
    );
    const quiet = repo.cli(['run', '--set', 'p=4'], { PIPEKIT_CACHE_NOTICE: 'off' });
    expect(quiet.stdout).not.toContain('local cache');
    const under = repo.cli(['run', '--set', 'p=5']);
    expect(under.stdout).not.toContain('local cache');
    expect(statSync(repo.path('.pipekit/cache')).isDirectory()).toBe(true);
  }, 90_000);
});
