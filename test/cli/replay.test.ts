import {
  appendFileSync,
  chmodSync,
  copyFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, type TestRepo } from '../support/repo.js';
import { runCli, sealedRepos, sealStamp, type CliResult } from '../support/sealed-repo.js';

// The replay of a no-op run (src/cli/replay.ts) must never answer for a run that would decide
// anything else: each case below changes one thing a key, a decision or the printout depends
// on, and the run after it must be the engine's (the seal broken, the change acted on).

/** Sets a file's content and puts its size and mtime back: only its ctime tells. */
function rewriteInPlace(path: string, text: string): void {
  const before = statSync(path);
  expect(Buffer.byteLength(text)).toBe(before.size);
  writeFileSync(path, text);
  utimesSync(path, before.atime, before.mtime);
}

const ranSteps = (r: CliResult): string[] =>
  [...r.stderr.matchAll(/^✓ ran +(\S+)/gm)].map((m) => m[1]!).sort();

interface Case {
  name: string;
  change: (repo: TestRepo) => void;
  args?: string[];
  /** The steps the engine must run after the change. */
  runs: string[];
  /** What train's model view shows after the run, when not what it showed before. */
  model?: string;
}

const cases: Case[] = [
  {
    name: "a data file's bytes, its size and mtime put back",
    change: (repo) => rewriteInPlace(repo.path('data/a.txt'), 'z\na\n'),
    runs: ['prep', 'train'],
  },
  {
    name: 'a file added to a data folder',
    change: (repo) => writeFileSync(repo.path('data/c.txt'), 'd\n'),
    runs: ['pick', 'prep', 'sweep[k=1]', 'sweep[k=2]', 'train'],
    model: '4\n',
  },
  {
    name: 'a file added where a code glob matches it',
    change: (repo) => writeFileSync(repo.path('steps/prep/lib/more.txt'), 'y\n'),
    runs: ['prep'],
  },
  {
    name: "a step's code edited",
    change: (repo) => appendFileSync(repo.path('steps/train/train.sh'), '# tuned\n'),
    runs: ['train'],
  },
  {
    name: 'an executable bit on a code file',
    change: (repo) => chmodSync(repo.path('steps/prep/lib/words.txt'), 0o755),
    runs: ['prep'],
  },
  {
    name: "a parameter's default in pipeline.yml",
    change: (repo) =>
      writeFileSync(
        repo.path('pipeline.yml'),
        repo.read('pipeline.yml').replace('default: 2', 'default: 3'),
      ),
    runs: ['prep', 'train'],
  },
  {
    name: 'a parameter set on the command line',
    change: () => {},
    args: ['run', '--set', 'scale=5'],
    runs: ['prep', 'train'],
  },
  {
    name: 'a branch that opens an `if:`',
    change: () => {},
    args: ['run', '--branch', 'main'],
    runs: ['deploy'],
  },
  {
    name: 'a component file edited without changing any key',
    change: (repo) => appendFileSync(repo.path('steps/train/component.yml'), 'description: t\n'),
    runs: [],
  },
  {
    name: 'a data file swapped for a link to the same bytes',
    change: (repo) => {
      copyFileSync(repo.path('data/b.txt'), repo.path('b-copy.txt'));
      rmSync(repo.path('data/b.txt'));
      symlinkSync('../b-copy.txt', repo.path('data/b.txt'));
    },
    runs: ['prep'], // a link in a folder input is part of its tree
  },
  {
    name: "a step's view removed",
    change: (repo) => rmSync(repo.path('.pipekit/out/train/model')),
    runs: [],
  },
  {
    name: 'a stored output edited through its view',
    change: (repo) => {
      const stored = repo.path('.pipekit/out/train/model');
      chmodSync(stored, 0o644);
      writeFileSync(stored, '99\n');
    },
    runs: ['train'], // the cache shares the stored bytes: both are damaged
  },
  {
    name: 'a seal damaged on disk',
    change: (repo) => writeFileSync(repo.path('.pipekit/noop.json'), '{"schema":1,"looks":'),
    runs: [],
  },
  {
    name: 'a seal whose looks are not looks',
    change: (repo) => {
      const file = repo.path('.pipekit/noop.json');
      const seal = JSON.parse(readFileSync(file, 'utf8')) as { looks: unknown[] };
      seal.looks = [[1, 2, 3], ...seal.looks];
      writeFileSync(file, JSON.stringify(seal));
    },
    runs: [],
  },
  {
    name: 'the cache emptied',
    change: (repo) => rmSync(repo.path('.pipekit/cache'), { recursive: true }),
    runs: ['pick', 'prep', 'sweep[k=1]', 'sweep[k=2]', 'train'],
  },
];

let sealed: Awaited<ReturnType<typeof sealedRepos>>;

beforeAll(async () => {
  sealed = await sealedRepos(cases.length + 1);
}, 120_000);

afterAll(() => {
  for (const { repo } of sealed ?? []) repo.remove();
});

describe('pipekit run replays a sealed no-op run', () => {
  it('prints what the sealing run printed, without the engine, as often as nothing changes', async () => {
    const { repo, sealing } = sealed[cases.length]!;
    const stamp = sealStamp(repo);
    for (let i = 0; i < 2; i++) {
      const again = await runCli(repo.dir, ['run']);
      expect(again.code).toBe(0);
      expect(again.stdout).toBe(sealing.stdout);
      expect(again.stderr.split('\n').sort()).toEqual(sealing.stderr.split('\n').sort());
      expect(sealStamp(repo)).toBe(stamp);
    }
    expect(sealing.stdout).toContain('Nothing changed: all 5 steps were reused');
    expect(sealing.stdout).toContain('pass --branch main to run them');
  });

  for (const [i, c] of cases.entries()) {
    it(`does not answer after ${c.name}`, async () => {
      const { repo } = sealed[i]!;
      const stamp = sealStamp(repo);
      const model = repo.read('.pipekit/out/train/model');
      c.change(repo);
      const r = await runCli(repo.dir, c.args ?? ['run']);
      expect(r.code, r.stderr).toBe(0);
      expect(sealStamp(repo)).not.toBe(stamp); // the engine ran: it broke the seal
      expect(ranSteps(r)).toEqual(c.runs);
      if (c.runs.length === 0) {
        expect(r.stdout).toContain('Nothing changed');
      }
      expect(repo.read('.pipekit/out/train/model')).toBe(c.model ?? model);
    });
  }
});

describe('the seal is tied to the pipekit that wrote it', () => {
  let dist: string;
  let own: Awaited<ReturnType<typeof sealedRepos>>;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'pipekit-dist-'));
    for (const file of ['cli.js', 'engine.js']) cpSync(join(CLI, '..', file), join(dist, file));
    writeFileSync(join(dist, 'package.json'), '{"type":"module"}');
    own = await sealedRepos(1, join(dist, 'cli.js'));
  }, 120_000);

  afterAll(() => {
    rmSync(dist, { recursive: true, force: true });
    for (const { repo } of own ?? []) repo.remove();
  });

  it('a rebuilt engine does not replay the old one', async () => {
    const { repo } = own[0]!;
    const stamp = sealStamp(repo);
    const engine = join(dist, 'engine.js');
    writeFileSync(engine, `${readFileSync(engine, 'utf8')}\n`);
    const r = await runCli(repo.dir, ['run'], join(dist, 'cli.js'));
    expect(r.code).toBe(0);
    expect(sealStamp(repo)).not.toBe(stamp);
  });
});
