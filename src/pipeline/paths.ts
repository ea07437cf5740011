import { posix } from 'node:path';
import type { RepoView } from './types.js';

export interface PathIssue {
  code: 'path-escape' | 'path-missing';
  message: string;
}

/** A Windows drive or UNC path is absolute too: the same file must fail on every OS. */
function isAbsolute(path: string): boolean {
  return posix.isAbsolute(path) || /^[A-Za-z]:/.test(path) || path.startsWith('\\');
}

/**
 * `path` (relative to the folder `base`, itself relative to the root) as a normalized
 * root-relative path, or an issue when it is absolute or climbs out with `..`.
 */
export function resolveRepoPath(base: string, path: string): { path: string } | PathIssue {
  if (isAbsolute(path)) {
    return {
      code: 'path-escape',
      message: `\`${path}\` is absolute; use a path inside the repository`,
    };
  }
  const joined = posix.normalize(posix.join(base, path.replace(/\\/g, '/')));
  if (joined === '..' || joined.startsWith('../')) {
    return { code: 'path-escape', message: `\`${path}\` leaves the repository` };
  }
  return { path: joined === '.' ? '' : joined.replace(/\/$/, '') };
}

/** Resolves a repository path and checks it exists inside the root (symlinks followed). */
export function checkRepoPath(
  repo: RepoView,
  base: string,
  path: string,
): { path: string } | PathIssue {
  if (path === '') return { code: 'path-missing', message: 'empty path' };
  const resolved = resolveRepoPath(base, path);
  if (!('path' in resolved)) return resolved;
  const stat = repo.stat(resolved.path === '' ? '.' : resolved.path);
  if (stat === 'outside') {
    return {
      code: 'path-escape',
      message: `\`${path}\` resolves (through a symlink) outside the repository`,
    };
  }
  if (stat === 'missing') return { code: 'path-missing', message: `\`${path}\` does not exist` };
  return resolved;
}
