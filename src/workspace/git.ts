import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from './observed-fs.js';
import { dirname, join, resolve } from 'node:path';

/**
 * The branch and commit of the checkout holding `dir`, read from .git directly: spawning git
 * costs more than the rest of a no-op run's start-up.
 */
export function readGitHead(dir: string): { branch?: string; commit?: string } {
  try {
    const gitDir = findGitDir(dir);
    if (!gitDir) return {};
    const head = readFileSync(join(gitDir, 'HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return { commit: head };
    const ref = head.slice(5);
    return { branch: ref.replace(/^refs\/heads\//, ''), commit: readRef(gitDir, ref) };
  } catch {
    return {};
  }
}

/**
 * Whether tracked files of the checkout differ from its commit: a manifest that names a
 * commit says so too, since the outputs may come from code that no commit holds. Undefined
 * when git cannot tell (no git, not a checkout). Spawns git: call it only when saving.
 */
export function hasUncommittedChanges(dir: string): boolean | undefined {
  const r = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], {
    cwd: dir,
    encoding: 'utf8',
  });
  return r.status === 0 ? r.stdout.trim() !== '' : undefined;
}

/**
 * The root of the repository holding `dir`: the nearest folder up from it with a `.git`
 * (a folder, or a file in a worktree or submodule); undefined outside any repository.
 */
export function repositoryRoot(dir: string): string | undefined {
  for (let at = resolve(dir); ; at = dirname(at)) {
    if (statSync(join(at, '.git'), { throwIfNoEntry: false })) return at;
    if (dirname(at) === at) return undefined;
  }
}

function findGitDir(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, '.git');
    const stat = statSync(candidate, { throwIfNoEntry: false });
    if (stat?.isDirectory()) return candidate;
    if (stat?.isFile()) {
      // a worktree or submodule: `.git` is a file naming the real git dir
      const text = readFileSync(candidate, 'utf8').trim();
      return text.startsWith('gitdir: ') ? resolve(dir, text.slice(8)) : undefined;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

function readRef(gitDir: string, ref: string): string | undefined {
  const loose = statSync(join(gitDir, ref), { throwIfNoEntry: false });
  if (loose) return readFileSync(join(gitDir, ref), 'utf8').trim();
  const packed = statSync(join(gitDir, 'packed-refs'), { throwIfNoEntry: false });
  if (!packed) return undefined;
  const line = readFileSync(join(gitDir, 'packed-refs'), 'utf8')
    .split('\n')
    .find((l) => l.endsWith(` ${ref}`));
  return line?.split(' ')[0];
}
