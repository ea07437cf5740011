// The temp folder a bench works in, and the git repositories it generates there.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sh } from './child.mjs';

/**
 * A new folder under the OS temp dir; `remove()` deletes it (or, with `keep`, logs where it
 * is), and so does SIGINT or SIGTERM before exiting with `exitCodes[signal]`.
 */
export function makeTempRoot(
  prefix,
  { keep = false, log, realpath = false, exitCodes = { SIGINT: 130, SIGTERM: 143 } } = {},
) {
  const made = mkdtempSync(join(tmpdir(), prefix));
  // A child's process.cwd() is the resolved path; paths handed to it should match (macOS /var).
  const dir = realpath ? realpathSync(made) : made;
  const remove = () => {
    if (keep) log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  };
  for (const [signal, code] of Object.entries(exitCodes)) {
    process.once(signal, () => {
      remove();
      process.exit(code);
    });
  }
  return { dir, remove };
}

/** Writes `files` (relative path -> text) under `dir`, creating folders as needed. */
export function writeFiles(dir, files) {
  const made = new Set();
  for (const [rel, text] of Object.entries(files)) {
    const file = join(dir, rel);
    const parent = dirname(file);
    if (!made.has(parent)) mkdirSync(parent, { recursive: true });
    made.add(parent);
    writeFileSync(file, text);
  }
}

/** Runs git in `dir` as a fixed bench identity, whatever the caller's git config says. */
export const git = (dir, ...args) =>
  sh('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@localhost', ...args], dir);

/** `git init` in `dir` and one commit of everything in it, on branch main. */
export function commitAll(dir, message) {
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--no-gpg-sign', '-m', message);
}
