import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KILL_GRACE_MS } from '../../src/executor/step-guard.js';
import { makeRepo, type TestRepo } from '../support/repo.js';

/**
 * `kill -9` of pipekit mid-step: the step's process group does not outlive it by more than
 * the kill grace, the next run removes the scratch the dead run left (and only that), and
 * its results are a clean run's.
 */
const FILES: Record<string, string> = {
  'pipeline.yml': `name: kill
steps:
  first:
    run: echo first > \${{ outputs.o }}
    outputs: { o: { type: file } }
  slow:
    run: |
      echo "$$" > "$PIPEKIT_TEST_PID"
      if [ -n "$SLOW" ]; then
        (sleep 60; echo late > "$PIPEKIT_TEST_PID.late") &
        sleep 60
      fi
      cat \${{ inputs.x }} > \${{ outputs.o }}
      echo slow >> \${{ outputs.o }}
    inputs: { x: { type: path } }
    outputs: { o: { type: file } }
    with: { x: "\${{ steps.first.outputs.o }}" }
`,
};

/** The live processes of a process group, from /proc. */
function groupMembers(pgid: number): number[] {
  const members: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') members.push(Number(name));
    } catch {
      // gone while listed
    }
  }
  return members;
}

/** Two independent steps that each leave a background child in their group. */
const TWO_SLOW: Record<string, string> = {
  'pipeline.yml': `name: kill-two
steps:
${['left', 'right']
  .map(
    (id) => `  ${id}:
    run: |
      echo "$$" > "$PIPEKIT_TEST_DIR/${id}.pid"
      (sleep 60; echo late > "$PIPEKIT_TEST_DIR/${id}.late") &
      sleep 60
      echo ${id} > \${{ outputs.o }}
    outputs: { o: { type: file } }
`,
  )
  .join('')}`,
};

/** The guards (bash running pipekit's guard script) whose working folder is `dir`. */
function guardsIn(dir: string): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (cmdline.includes('pipekit-guard') && readlinkSync(`/proc/${name}/cwd`) === dir) {
        found.push(Number(name));
      }
    } catch {
      // gone while listed
    }
  }
  return found;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(what: string, get: () => T | undefined, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = get();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

const outputs = (repo: TestRepo) => ({
  first: repo.read('.pipekit/out/first/o'),
  slow: repo.read('.pipekit/out/slow/o'),
});

/** The start time /proc gives a process, as pipekit's owner files record it. */
function startTime(pid: number): string {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]!;
}

describe('pipekit killed with SIGKILL mid-step', () => {
  const repos: TestRepo[] = [];
  afterEach(() => {
    for (const repo of repos.splice(0)) rmSync(repo.dir, { recursive: true, force: true });
  });

  it('leaves no process of the step after the grace, and the next run cleans up and agrees with a clean run', async () => {
    const clean = makeRepo(FILES);
    const repo = makeRepo(FILES);
    repos.push(clean, repo);
    const pidFile = repo.path('step.pid');
    const env = { PIPEKIT_TEST_PID: pidFile };
    expect(clean.cli(['run'], { PIPEKIT_TEST_PID: clean.path('step.pid') }).code).toBe(0);

    const cli = repo.spawnCli(['run', '--jobs', '1'], { ...env, SLOW: '1' });
    const pgid = await waitFor(
      'the step to start',
      () => (existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) || undefined : undefined),
      30_000,
    );
    // The step and its background child both run in the step's group.
    await waitFor(
      'the step group',
      () => (groupMembers(pgid).length >= 3 ? true : undefined),
      10_000,
    );
    const scratch = readdirSync(repo.path('.pipekit/tmp'));
    expect(scratch.some((n) => n.endsWith('-slow'))).toBe(true);
    cli.kill('SIGKILL');
    await new Promise((r) => cli.once('exit', r));

    // Within the grace (plus slack for a loaded machine), nothing of the group is left.
    const end = Date.now() + KILL_GRACE_MS + 10_000;
    while (groupMembers(pgid).length > 0 && Date.now() < end) await sleep(20);
    expect(groupMembers(pgid)).toEqual([]);
    expect(existsSync(`${pidFile}.late`)).toBe(false);
    // The dead run's scratch is still there: nobody was left to remove it.
    expect(readdirSync(repo.path('.pipekit/tmp'))).toEqual(expect.arrayContaining(scratch));

    const next = repo.cli(['run'], env);
    expect(next.code, next.stderr).toBe(0);
    expect(readdirSync(repo.path('.pipekit/tmp'))).toEqual([]);
    expect(outputs(repo)).toEqual(outputs(clean));
  });

  it('stops every step that runs at once: one guard watches all their groups', async () => {
    const repo = makeRepo(TWO_SLOW);
    repos.push(repo);
    const pidFile = (id: string) => repo.path(`${id}.pid`);
    const cli = repo.spawnCli(['run', '--jobs', '2'], { PIPEKIT_TEST_DIR: repo.dir });
    const groups = await Promise.all(
      ['left', 'right'].map((id) =>
        waitFor(
          `step ${id} to start`,
          () => (existsSync(pidFile(id)) ? Number(repo.read(`${id}.pid`)) || undefined : undefined),
          30_000,
        ),
      ),
    );
    for (const pgid of groups) {
      await waitFor(
        'the step group',
        () => (groupMembers(pgid).length >= 3 ? true : undefined),
        10_000,
      );
    }
    cli.kill('SIGKILL');
    await new Promise((r) => cli.once('exit', r));

    const end = Date.now() + KILL_GRACE_MS + 10_000;
    while (groups.some((g) => groupMembers(g).length > 0) && Date.now() < end) await sleep(20);
    expect(groups.map(groupMembers)).toEqual([[], []]);
    expect(existsSync(repo.path('left.late')) || existsSync(repo.path('right.late'))).toBe(false);
  });

  it('leaves no guard behind when the run ends', async () => {
    const repo = makeRepo(FILES);
    repos.push(repo);
    expect(repo.cli(['run'], { PIPEKIT_TEST_PID: repo.path('step.pid') }).code).toBe(0);
    // The guard reads a pipe from pipekit: pipekit gone, it sees the end and exits.
    const guards = () => {
      const found = guardsIn(repo.dir);
      return found.length === 0 ? true : undefined;
    };
    await waitFor('the guard to exit', guards, 10_000);
  });

  it('removes the scratch of dead runs only: a live run’s stays', () => {
    const repo = makeRepo(FILES);
    repos.push(repo);
    const tmp = repo.path('.pipekit/tmp');
    mkdirSync(tmp, { recursive: true });
    const owner = (run: string, pid: number, start?: string) => {
      writeFileSync(join(tmp, `${run}.owner`), JSON.stringify({ pid, start }));
      mkdirSync(join(tmp, `${run}-slow`, 'work'), { recursive: true });
      writeFileSync(join(tmp, `${run}-slow`, 'work', 'f'), 'x');
    };
    const exited = spawnSync('true').pid!;
    owner('live', process.pid, startTime(process.pid));
    owner('dead', exited, '1');
    // A pid in use again by another process: its start time gives it away.
    owner('reused', process.pid, '1');
    owner('damaged', process.pid);
    writeFileSync(join(tmp, 'damaged.owner'), '{"pid": "me"}');

    expect(repo.cli(['run'], { PIPEKIT_TEST_PID: repo.path('step.pid') }).code).toBe(0);
    expect(readdirSync(tmp).sort()).toEqual(['live-slow', 'live.owner']);
  });
});
