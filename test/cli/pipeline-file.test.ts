import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI } from '../support/repo.js';

const dir = mkdtempSync(join(tmpdir(), 'pipekit-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The CLI on a pipeline path, killed after 10 s: a hang is a failure, not a stuck suite. */
function validate(path: string) {
  const r = spawnSync('node', [CLI, 'validate', '--pipeline', path], {
    encoding: 'utf8',
    timeout: 10_000,
  });
  return { code: r.status, signal: r.signal, stderr: r.stderr };
}

describe('a --pipeline that is not a pipeline file', () => {
  it('refuses a FIFO at once instead of waiting for a writer', () => {
    const fifo = join(dir, 'fifo.yml');
    execFileSync('mkfifo', [fifo]);
    const r = validate(fifo);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${fifo}: not a regular file`);
  });

  it('refuses a device instead of reading it to the end', () => {
    const r = validate('/dev/zero');
    expect(r.signal).toBeNull();
    expect(r.stderr).toContain('/dev/zero: not a regular file');
  });

  it('refuses bytes that are not UTF-8 instead of replacing them', () => {
    const file = join(dir, 'latin1.yml');
    writeFileSync(file, Buffer.from('name: caf\xe9\nsteps: {}\n', 'latin1'));
    const r = validate(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${file}:1:10 yaml-syntax not UTF-8 text: byte 0xE9 here is not part of a UTF-8 character`,
    );
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
