import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSampleRepo, type SampleRepo } from '../support/sample-pipeline.js';
import type { FileEntry, Manifest, TreeEntry } from '../../src/records/manifest.js';

const isFile = (e: TreeEntry): e is FileEntry => e.kind === 'file';

function entries(s: SampleRepo): Pick<Manifest, 'step' | 'outputs'>[] {
  const dir = s.repo.path('.pipekit/cache/entries');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
}

const waitFor = async (check: () => boolean, ms = 20_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('failures leave nothing behind', () => {
  let s: SampleRepo;
  afterEach(() => s.cleanup());

  it('a failing step leaves no cache entry and its dependents do not run', () => {
    s = makeSampleRepo();
    s.repo.write({
      'steps/double/component.yml': s.repo
        .read('steps/double/component.yml')
        .replace('run: |\n', 'run: |\n  exit 3\n'),
    });
    const r = s.run(['--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.executed).toEqual(['gen', 'stats']);
    expect(r.stderr).toMatch(/double failed: exit 3/);
    expect(
      entries(s)
        .map((e) => e.step)
        .sort(),
    ).toEqual(['gen', 'stats']);
    expect(existsSync(s.repo.path('.pipekit/out/double'))).toBe(false);
  });

  it('--keep-going runs the branches that do not depend on the failure', () => {
    s = makeSampleRepo();
    s.repo.write({ 'steps/gen/gen.sh': s.repo.read('steps/gen/gen.sh') });
    s.repo.write({
      'steps/double/component.yml': s.repo
        .read('steps/double/component.yml')
        .replace('run: |\n', 'run: |\n  exit 3\n'),
    });
    const r = s.run(['--keep-going', '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.executed).toEqual(['gen', 'stats']);
    expect(r.stdout).toMatch(/report\s+skipped/);
  });

  it('SIGTERM during a step stops it and leaves no entry and no partial output', async () => {
    s = makeSampleRepo({
      'steps/double/component.yml': `inputs:
  data: { type: path }
  factor: { type: integer, default: 2 }
outputs:
  result: { type: file }
run: |
  echo partial > \${{ outputs.result }}
  echo $$ > "$PIPEKIT_TEST_PID"
  sleep 60
`,
    });
    const pidFile = join(mkdtempSync(join(tmpdir(), 'pipekit-pid-')), 'child.pid');
    const child = s.repo.spawnCli(['run'], {
      PIPEKIT_TEST_LOG: '/dev/null',
      PIPEKIT_TEST_PID: pidFile,
    });
    await waitFor(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '');
    const stepPid = Number(readFileSync(pidFile, 'utf8'));
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(143);
    expect(entries(s).map((e) => e.step)).not.toContain('double');
    expect(existsSync(s.repo.path('.pipekit/out/double'))).toBe(false);
    expect(readdirSync(s.repo.path('.pipekit/tmp'))).toEqual([]);
    await waitFor(() => {
      try {
        process.kill(stepPid, 0);
        return false;
      } catch {
        return true;
      }
    }, 10_000);
  });

  it('a corrupted cache entry is detected, warned about and recomputed', () => {
    s = makeSampleRepo();
    expect(s.run().code).toBe(0);
    const gen = entries(s).find((e) => e.step === 'gen')!;
    const digest = gen.outputs.out!.entries.filter(isFile)[0]!.digest;
    const object = s.repo.path(`.pipekit/cache/objects/${digest.slice(0, 2)}/${digest}`);
    writeFileSync(object, 'not what was saved\n');
    s.repo.git('clean', '-qfdx', '-e', '.pipekit/cache'); // a fresh checkout sharing the cache
    const r = s.run();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/corrupt/);
    expect(r.executed).toContain('gen');
    expect(s.repo.read('.pipekit/out/gen/out/upper.txt')).toBe('ALPHA\nBETA\n');
    expect(s.run().executed).toEqual(['publish']);
  });

  it('two runs at once on one repo leave a consistent cache', async () => {
    s = makeSampleRepo();
    const runs = [0, 1].map(() => s.repo.spawnCli(['run'], { PIPEKIT_TEST_LOG: '/dev/null' }));
    const codes = await Promise.all(
      runs.map((c) => new Promise((resolve) => c.on('close', resolve))),
    );
    expect(codes).toEqual([0, 0]);
    expect(readdirSync(s.repo.path('.pipekit/tmp'))).toEqual([]);
    for (const entry of entries(s)) {
      for (const output of Object.values(entry.outputs)) {
        for (const file of output.entries.filter(isFile)) {
          const object = s.repo.path(
            `.pipekit/cache/objects/${file.digest.slice(0, 2)}/${file.digest}`,
          );
          expect(existsSync(object), `${entry.step}: ${object}`).toBe(true);
        }
      }
    }
    const after = s.run();
    expect(after.code).toBe(0);
    expect(after.executed).toEqual(['publish']);
    expect(s.repo.read('.pipekit/out/report/summary')).toBe('ALPHA x2\nBETA x2\n');
  });
});
