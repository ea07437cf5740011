import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../support/repo.js';

// The store of outputs and the local cache hold the same bytes once where the file system
// allows (here: one ext4 or tmpfs, so hard links), and a change to those bytes is a miss.

let repo: TestRepo | undefined;
afterEach(() => repo?.remove());

const ran = (stdout: string): string[] =>
  [...stdout.matchAll(/^(\S+)\s+ran\b/gm)].map((m) => m[1]!).sort();

function objects(dir: string): string[] {
  const root = join(dir, '.pipekit/cache/objects');
  return readdirSync(root).flatMap((d) => readdirSync(join(root, d)).map((f) => join(root, d, f)));
}

const MB = 1024 * 1024;

const pipeline = `name: big
steps:
  gen:
    run: head -c ${8 * MB} /dev/urandom > \${{ outputs.out }}
    outputs: { out: { type: file } }
  use:
    run: wc -c < \${{ inputs.x }} > \${{ outputs.n }}
    inputs: { x: { type: path } }
    outputs: { n: { type: file } }
    with:
      x: \${{ steps.gen.outputs.out }}
`;

describe('an output stored by a run and saved in the cache', () => {
  it('takes its size once on disk: the cache shares the stored file, read-only', () => {
    repo = makeRepo({ 'pipeline.yml': pipeline });
    const r = repo.cli(['run']);
    expect(r.code, r.stderr).toBe(0);
    const stored = realpathSync(repo.path('.pipekit/out/gen/out'));
    const st = statSync(stored);
    const object = objects(repo.dir).find((o) => statSync(o).size === 8 * MB)!;
    expect(statSync(object).ino).toBe(st.ino);
    expect(st.mode & 0o222).toBe(0);
    const kb = Number(
      execFileSync('du', ['-sk', repo.path('.pipekit')], { encoding: 'utf8' }).split('\t')[0],
    );
    expect(kb * 1024).toBeLessThan(1.5 * 8 * MB);
  }, 60_000);

  it('shares a restored file too, and a later run finds everything in place', () => {
    repo = makeRepo({ 'pipeline.yml': pipeline });
    expect(repo.cli(['run']).code).toBe(0);
    rmSync(repo.path('.pipekit/store'), { recursive: true, force: true });
    const r = repo.cli(['run']);
    expect(r.code, r.stderr).toBe(0);
    expect(ran(r.stdout)).toEqual([]);
    const stored = statSync(realpathSync(repo.path('.pipekit/out/gen/out')));
    const object = objects(repo.dir).find((o) => statSync(o).size === 8 * MB)!;
    expect(statSync(object).ino).toBe(stored.ino);
    expect(stored.nlink).toBe(2);
  }, 60_000);

  it('is never restored once its bytes changed, even with their size and time kept', () => {
    repo = makeRepo({ 'pipeline.yml': pipeline });
    expect(repo.cli(['run']).code).toBe(0);
    const first = readFileSync(repo.path('.pipekit/out/use/n'), 'utf8');
    const stored = realpathSync(repo.path('.pipekit/out/gen/out'));
    const before = statSync(stored);
    // What a step running as the file's owner (or root) could do to an input it was given.
    chmodSync(stored, 0o644);
    const bytes = readFileSync(stored);
    bytes[0] = bytes[0]! ^ 0xff;
    execFileSync('dd', ['of=' + stored, 'conv=notrunc', 'status=none'], {
      input: bytes.subarray(0, 1),
    });
    chmodSync(stored, 0o444);
    utimesSync(stored, before.atime, before.mtime);
    const r = repo.cli(['run']);
    expect(r.code, r.stderr).toBe(0);
    // The store is verified before use (its ctime changed), the cache's copy at restore.
    expect(r.stderr).toMatch(/cache entry [0-9a-f]+ for step gen is corrupt/);
    expect(ran(r.stdout)).toEqual(['gen', 'use']);
    expect(readFileSync(repo.path('.pipekit/out/use/n'), 'utf8')).toBe(first);
    const again = repo.cli(['run']);
    expect(ran(again.stdout)).toEqual([]);
    expect(again.stderr).not.toMatch(/corrupt/);
  }, 60_000);

  it('is never restored after a step appended to its input through the shared file', () => {
    repo = makeRepo({
      'pipeline.yml': `name: tamper
steps:
  gen:
    run: echo original > \${{ outputs.out }}
    outputs: { out: { type: file } }
  bad:
    run: chmod u+w \${{ inputs.x }}; echo evil >> \${{ inputs.x }}; echo done > \${{ outputs.out }}
    inputs: { x: { type: path } }
    outputs: { out: { type: file } }
    with:
      x: \${{ steps.gen.outputs.out }}
`,
    });
    const r = repo.cli(['run']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/it changed its input x/);
    appendFileSync(repo.path('pipeline.yml'), '');
    repo.write({
      'pipeline.yml': repo.read('pipeline.yml').replace('echo evil >> ${{ inputs.x }}; ', ''),
    });
    const again = repo.cli(['run']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/for step gen is corrupt/);
    expect(ran(again.stdout)).toEqual(['bad', 'gen']);
    expect(repo.read('.pipekit/out/gen/out')).toBe('original\n');
  }, 60_000);
});
