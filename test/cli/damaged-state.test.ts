import { spawnSync } from 'node:child_process';
import {
  type Dirent,
  chmodSync,
  chownSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, makeRepo, type TestRepo } from '../support/repo.js';

/**
 * `.pipekit` damaged or not writable, by every kind of damage a disk, a user or a crash can
 * do: each run ends in a clear message or a recompute, never a stack trace, and a damaged
 * record never becomes a hit: the outputs after the run are those of a clean run.
 */
const FILES: Record<string, string> = {
  'pipeline.yml': `name: damage
steps:
  a:
    uses: ./steps/a
    with: { d: data/in.txt }
  b:
    run: cat \${{ inputs.x }}/rev.txt > \${{ outputs.r }}
    inputs: { x: { type: path } }
    outputs: { r: { type: file } }
    with: { x: "\${{ steps.a.outputs.o }}" }
`,
  'data/in.txt': '1\n2\n',
  'steps/a/component.yml': `inputs: { d: { type: path } }
outputs: { o: { type: dir }, m: { type: metrics } }
run: ./a.sh \${{ inputs.d }} \${{ outputs.o }} \${{ outputs.m }}
`,
  'steps/a/a.sh': `#!/usr/bin/env bash
sort -r "$1" > "$2/rev.txt"
echo '{"acc": 0.5}' > "$3"
`,
};

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

/** The CLI as a user without root's way past file modes (root ignores a read-only folder). */
function run(repo: TestRepo, args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync('node', [CLI, ...args], {
    cwd: repo.dir,
    env: { ...process.env, HOME: repo.dir },
    encoding: 'utf8',
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function chownTree(path: string): void {
  if (!asRoot) return;
  chownSync(path, NOBODY, NOBODY);
  for (const name of readdirSync(path, { recursive: true }) as string[]) {
    try {
      chownSync(join(path, name), NOBODY, NOBODY);
    } catch {
      // a dangling view
    }
  }
}

const P = '.pipekit';
const entryOf = (repo: TestRepo, step: string): string => {
  const dir = repo.path(`${P}/cache/entries`);
  const name = readdirSync(dir).find((f) =>
    readFileSync(join(dir, f), 'utf8').includes(`"step":"${step}"`),
  );
  return join(dir, name!);
};
const editJson = (file: string, edit: (value: Record<string, unknown>) => void): void => {
  const value = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(value);
  writeFileSync(file, JSON.stringify(value));
};
const replaceWithFile = (repo: TestRepo, rel: string): void => {
  rmSync(repo.path(rel), { recursive: true, force: true });
  writeFileSync(repo.path(rel), 'not a folder\n');
};
/** Drops what is on disk of the outputs, so that only the cache can bring them back. */
const dropOutputs = (repo: TestRepo): void => {
  for (const dir of ['out', 'store']) rmSync(repo.path(`${P}/${dir}`), { recursive: true });
};
/** Sets the mode of a folder and every folder below it. */
const chmodTree = (repo: TestRepo, rel: string, mode: number): void => {
  const dirs = (readdirSync(repo.path(rel), { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((d) => d.isDirectory())
    .map((d) => join(d.parentPath, d.name));
  for (const dir of [repo.path(rel), ...dirs]) chmodSync(dir, mode);
};
const changeInput = (repo: TestRepo): void => repo.write({ 'data/in.txt': '1\n2\n3\n' });

interface Damage {
  name: string;
  damage: (repo: TestRepo) => void;
  /** Exit 1 with this message on stderr; absent: the run recomputes and exits 0. */
  fails?: RegExp;
  /** A warning the run must print. */
  warns?: RegExp;
  /** The views cannot show this run's outputs (the warning says so): compared after repair. */
  staleViews?: boolean;
  /** Undo the damage before the rerun that must give a clean run's outputs. */
  repair?: (repo: TestRepo) => void;
}

const DAMAGES: Damage[] = [
  {
    name: '`out` read-only',
    damage: (r) => (changeInput(r), chmodTree(r, `${P}/out`, 0o555)),
    warns: /⚠ a: \.pipekit\/out\/a\/o shows an older output: permission denied \(EACCES\)/,
    staleViews: true,
    repair: (r) => chmodTree(r, `${P}/out`, 0o755),
  },
  {
    name: '`out` a file',
    damage: (r) => (changeInput(r), replaceWithFile(r, `${P}/out`)),
    warns: /⚠ a: \.pipekit\/out\/a\/o is missing: \.pipekit\/out is a file where a folder belongs/,
    staleViews: true,
    repair: (r) => rmSync(r.path(`${P}/out`)),
  },
  {
    name: '`tmp` a file',
    damage: (r) => (changeInput(r), replaceWithFile(r, `${P}/tmp`)),
    fails:
      /✗ a failed: \.pipekit\/tmp is a file where a folder belongs \(ENOTDIR\) while writing \.pipekit\/tmp\//,
    repair: (r) => rmSync(r.path(`${P}/tmp`)),
  },
  {
    name: '`runs` a file',
    damage: (r) => (changeInput(r), replaceWithFile(r, `${P}/runs`)),
    fails:
      /✗ a failed: \.pipekit\/runs is a file where a folder belongs \(ENOTDIR\) while writing \.pipekit\/runs\//,
    repair: (r) => rmSync(r.path(`${P}/runs`)),
  },
  {
    name: '`store` a file',
    damage: (r) => (changeInput(r), replaceWithFile(r, `${P}/store`)),
    fails: /✗ a failed: \.pipekit\/store is a file where a folder belongs \(ENOTDIR\)/,
    repair: (r) => rmSync(r.path(`${P}/store`)),
  },
  {
    name: '`.pipekit` a file',
    damage: (r) => (changeInput(r), replaceWithFile(r, P)),
    fails: /✗ a failed: \.pipekit is a file where a folder belongs \(ENOTDIR\)/,
    repair: (r) => rmSync(r.path(P)),
  },
  {
    name: '`runs` read-only',
    damage: (r) => (changeInput(r), chmodSync(r.path(`${P}/runs`), 0o555)),
    fails: /✗ a failed: permission denied \(EACCES\) while writing \.pipekit\/runs\//,
    repair: (r) => chmodSync(r.path(`${P}/runs`), 0o755),
  },
  {
    name: '`cache` read-only',
    damage: (r) => (changeInput(r), chmodTree(r, `${P}/cache`, 0o555)),
    warns: /could not save cache entry \w+ for step a/,
    repair: (r) => chmodTree(r, `${P}/cache`, 0o755),
  },
  {
    name: 'a code file unreadable',
    damage: (r) => chmodSync(r.path('steps/a/a.sh'), 0o000),
    fails: /✗ a failed: permission denied \(EACCES\) while opening steps\/a\/a\.sh/,
    repair: (r) => chmodSync(r.path('steps/a/a.sh'), 0o755),
  },
  {
    name: 'a metric that is not a number',
    damage: (r) => (
      dropOutputs(r),
      editJson(entryOf(r, 'a'), (m) => (m.metrics = { acc: 'high' }))
    ),
    warns: /cache entry \w+ is corrupt: a metric is not a number; ignoring it/,
  },
  {
    name: 'a duration that is text',
    damage: (r) => editJson(entryOf(r, 'a'), (m) => (m.durationMs = 'slow')),
    warns: /cache entry \w+ is corrupt: no duration/,
  },
  {
    name: 'a manifest without outputs',
    damage: (r) => (dropOutputs(r), editJson(entryOf(r, 'a'), (m) => delete m.outputs)),
    warns: /cache entry \w+ is corrupt: no outputs/,
  },
  {
    name: 'a manifest missing one output',
    damage: (r) =>
      editJson(entryOf(r, 'a'), (m) => delete (m.outputs as Record<string, unknown>).o),
  },
  {
    name: 'an output record without its digest',
    damage: (r) =>
      editJson(entryOf(r, 'a'), (m) => {
        delete (m.outputs as Record<string, Record<string, unknown>>).o!.digest;
      }),
    warns: /cache entry \w+ is corrupt: output o has no digest/,
  },
  {
    name: 'a tree entry of the wrong type',
    damage: (r) => (
      dropOutputs(r),
      editJson(entryOf(r, 'a'), (m) => {
        (m.outputs as Record<string, { entries: unknown[] }>).o!.entries.unshift(5);
      })
    ),
    warns: /cache entry \w+ is corrupt: output o has a bad entry list/,
  },
  {
    name: 'a tree entry that lies (wrong size)',
    damage: (r) => (
      dropOutputs(r),
      editJson(entryOf(r, 'a'), (m) => {
        const o = (m.outputs as Record<string, { entries: { size: unknown }[] }>).o!;
        o.entries[0]!.size = 'big';
      })
    ),
    warns: /cache entry \w+ for step a is corrupt: .*; running the step/,
  },
  {
    name: 'history key parts of the wrong type',
    damage: (r) => {
      const dir = r.path(`${P}/cache/history/a`);
      for (const f of readdirSync(dir)) {
        editJson(join(dir, f), (m) => ((m.parts as Record<string, unknown>).code = 7));
      }
      changeInput(r);
    },
  },
  {
    name: 'the model cache: answers of the wrong type',
    damage: (r) => editJson(r.path(`${P}/model.json`), (m) => (m.stats = null)),
  },
  {
    name: 'the model cache: a damaged model',
    damage: (r) =>
      editJson(r.path(`${P}/model.json`), (m) => (m.graph = { order: 'ab', upstream: {} })),
  },
  {
    name: 'the model cache: a damaged pattern question',
    damage: (r) => editJson(r.path(`${P}/model.json`), (m) => (m.matches = { '[1]': 'x' })),
  },
  {
    name: 'the stat memo: entries of the wrong type',
    damage: (r) => {
      const files = { [r.path('data/in.txt')]: { size: '4', digest: 5 }, x: null };
      writeFileSync(r.path(`${P}/memo.json`), JSON.stringify({ version: 1, files }));
    },
  },
  {
    name: 'the stat memo: files not a record',
    damage: (r) => writeFileSync(r.path(`${P}/memo.json`), '{"version":1,"files":null}'),
  },
  {
    name: 'the stat memo a folder',
    damage: (r) => (
      rmSync(r.path(`${P}/memo.json`), { force: true }),
      mkdirSync(r.path(`${P}/memo.json/x`), { recursive: true })
    ),
    repair: (r) => rmSync(r.path(`${P}/memo.json`), { recursive: true }),
  },
  {
    name: 'the model cache a folder',
    damage: (r) => (
      rmSync(r.path(`${P}/model.json`)),
      mkdirSync(r.path(`${P}/model.json/x`), { recursive: true })
    ),
    repair: (r) => rmSync(r.path(`${P}/model.json`), { recursive: true }),
  },
];

/** What a clean run leaves in the views: the contract every damaged run is held to. */
const outputsOf = (repo: TestRepo): Record<string, string> => ({
  rev: repo.read(`${P}/out/a/o/rev.txt`),
  metrics: repo.read(`${P}/out/a/m`),
  r: repo.read(`${P}/out/b/r`),
});

const repos: TestRepo[] = [];
afterAll(() => {
  for (const repo of repos) rmSync(repo.dir, { recursive: true, force: true });
});

describe('a damaged `.pipekit`', () => {
  let clean: Record<string, Record<string, string>>;
  beforeAll(() => {
    // A clean run's outputs for each state of the input, to compare with.
    const repo = makeRepo(FILES);
    repos.push(repo);
    chownTree(repo.dir);
    expect(run(repo, ['run']).code).toBe(0);
    const before = outputsOf(repo);
    changeInput(repo);
    expect(run(repo, ['run']).code).toBe(0);
    clean = { '1\n2\n': before, '1\n2\n3\n': outputsOf(repo) };
  });

  it.each(DAMAGES)('$name: a message or a recompute, never a stack trace', (d) => {
    const repo = makeRepo(FILES);
    repos.push(repo);
    chownTree(repo.dir);
    expect(run(repo, ['run']).code).toBe(0);
    // Old enough that the stat memo keeps them: a damaged memo entry must be for a real file.
    const past = new Date(Date.now() - 60_000);
    for (const f of ['data/in.txt', 'steps/a/a.sh']) utimesSync(repo.path(f), past, past);
    expect(run(repo, ['run']).code).toBe(0);
    d.damage(repo);
    chownTree(repo.dir);

    const damaged = run(repo, ['run']);
    const output = damaged.stdout + damaged.stderr;
    expect(output).not.toMatch(/\n\s+at .*:\d+/);
    expect(output).not.toMatch(/TypeError|ReferenceError|node:internal/);
    expect(damaged.stdout).toMatch(/\b2 steps\b/); // the run's report
    if (d.fails) {
      expect(damaged.code, output).toBe(1);
      expect(damaged.stderr).toMatch(d.fails);
    } else {
      expect(damaged.code, output).toBe(0);
      if (!d.staleViews) expect(outputsOf(repo)).toEqual(clean[repo.read('data/in.txt')]);
    }
    if (d.warns) expect(damaged.stderr).toMatch(d.warns);

    d.repair?.(repo);
    const rerun = run(repo, ['run']);
    expect(rerun.code, rerun.stdout + rerun.stderr).toBe(0);
    expect(outputsOf(repo)).toEqual(clean[repo.read('data/in.txt')]);
  });
});
