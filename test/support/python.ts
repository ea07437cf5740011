import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/**
 * The interpreter that imports torch: `python3` on PATH, else Debian's (`.ci/run` installs
 * python3-torch for /usr/bin/python3, which a pyenv or a virtualenv may shadow).
 */
export function torchPython(): string {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    const r = spawnSync(candidate, ['-c', 'import sys, torch; print(sys.executable)'], {
      encoding: 'utf8',
    });
    if (r.status === 0) return r.stdout.trim();
  }
  throw new Error('no python3 here imports torch: install python3-torch (.ci/run does)');
}

/** PATH with a folder first whose `python3` is the interpreter that imports torch. */
export function pathWithTorchPython(): string {
  const bin = mkdtempSync(join(tmpdir(), 'pipekit-torch-python-'));
  symlinkSync(torchPython(), join(bin, 'python3'));
  return `${bin}${delimiter}${process.env.PATH ?? ''}`;
}
