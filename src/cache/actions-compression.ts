import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/**
 * pipekit's Actions cache entries are gzip on every runner. The client compresses with zstd
 * whenever `zstd --quiet --version` answers (whatever the archive), and the method is part of
 * an entry's version with no fallback on restore: an entry saved on a hosted runner (zstd)
 * would be invisible to a self-hosted runner without zstd, and the other way round, while a
 * pipeline's steps and their dependents run on both. The client has no option for it, so
 * while it runs, a `zstd` of pipekit's comes first on PATH that answers that one question with
 * silence, and hands anything else to the real zstd: a step started meanwhile inherits this
 * PATH. gzip costs time on big outputs, which is the price of one entry for every runner.
 *
 * Decided when this module loads, like the client's and @actions/exec's own platform checks.
 */
const WINDOWS = process.platform === 'win32';

// The folder is the shim's own: it drops it from PATH before looking up the real zstd.
const unixShim = (dir: string) => `#!/bin/sh
# pipekit (src/cache/actions-compression.ts): the Actions cache client's zstd probe gets no
# answer, so its archives are gzip on every runner. Anything else runs the real zstd.
if [ "$#" -eq 2 ] && [ "$1" = --quiet ] && [ "$2" = --version ]; then exit 1; fi
self='${dir.replace(/'/g, `'\\''`)}'
set -f
rest=
IFS=:
for d in $PATH; do [ "$d" = "$self" ] || rest="\${rest:+$rest:}$d"; done
unset IFS
PATH=$rest
export PATH
exec zstd "$@"
`;

const windowsShim = (dir: string) => `@echo off
rem pipekit (src/cache/actions-compression.ts): the Actions cache client's zstd probe gets no
rem answer, so its archives are gzip on every runner. Anything else runs the real zstd.
if "%~1"=="--quiet" if "%~2"=="--version" if "%~3"=="" exit /b 1
set "PATH=%PATH:${dir};=%"
zstd %*
`;

let shimDir: string | undefined;
let active = 0;
let saved: { original: string | undefined; ours: string } | undefined;

const SHIM_NAME = WINDOWS ? 'zstd.cmd' : 'zstd';

function shim(): string {
  // Checked each time: a temporary folder may be cleaned up under a long-lived process.
  if (shimDir && existsSync(join(shimDir, SHIM_NAME))) return shimDir;
  const dir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'pipekit-gzip-'));
  const file = join(dir, SHIM_NAME);
  writeFileSync(file, WINDOWS ? windowsShim(dir) : unixShim(dir));
  chmodSync(file, 0o755);
  shimDir = dir;
  return dir;
}

/** Runs a call of the cache client with the compression fixed to gzip. */
export async function withFixedCompression<T>(fn: () => Promise<T>): Promise<T> {
  install();
  try {
    return await fn();
  } finally {
    uninstall();
  }
}

function install(): void {
  if (active++ > 0) return;
  const original = process.env.PATH;
  const ours = [shim(), original]
    .filter((part) => part !== undefined && part !== '')
    .join(delimiter);
  process.env.PATH = ours;
  saved = { original, ours };
}

function uninstall(): void {
  if (--active > 0 || !saved) return;
  const { original, ours } = saved;
  saved = undefined;
  // Someone who set PATH meanwhile keeps theirs, without our folder.
  const now = process.env.PATH;
  if (now === ours || now === undefined) {
    if (original === undefined) delete process.env.PATH;
    else process.env.PATH = original;
  } else {
    process.env.PATH = now
      .split(delimiter)
      .filter((part) => part !== shimDir)
      .join(delimiter);
  }
}
