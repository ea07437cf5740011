import { lstatSync, readlinkSync, realpathSync, statSync } from './observed-fs.js';
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { matchCodePattern, NotUtf8Name, SymlinkOutside } from '../hash/files.js';
import type { RepoView } from '../pipeline/types.js';
import { readSourceText } from './read-text.js';

/**
 * The pipeline parser's view of a folder on disk. A path that is absolute, climbs out with
 * `..`, or reaches outside through a symlink is 'outside' and is never read.
 */
export function createRepoView(root: string): RepoView {
  const realRoot = realpathOr(resolve(root));

  function inside(real: string): boolean {
    const rel = relative(realRoot, real);
    return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
  }

  /** The real path of a root-relative path, or what stops it from having one. */
  function realOf(path: string): string | 'outside' | 'missing' {
    if (escapes(path)) return 'outside';
    if (path.includes('\0')) return 'missing';
    const absolute = join(realRoot, path);
    try {
      const real = realpathSync(absolute);
      return inside(real) ? real : 'outside';
    } catch {
      return danglingOutside(absolute) ? 'outside' : 'missing';
    }
  }

  /** A broken symlink pointing out is still an escape, not a missing file. */
  function danglingOutside(absolute: string): boolean {
    try {
      if (!lstatSync(absolute).isSymbolicLink()) return false;
      return !inside(resolve(dirname(absolute), readlinkSync(absolute)));
    } catch {
      return false;
    }
  }

  // Many inline steps ask the same question (`code: [check.py]` in the root): answered once.
  const matches = new Map<string, ReturnType<RepoView['matchCode']>>();

  return {
    readText(path) {
      const real = realOf(path);
      if (real === 'outside' || real === 'missing') return undefined;
      // Not a regular file (a FIFO would hang) or too big: reported as absent; not text: where.
      const read = readSourceText(real);
      return 'text' in read ? read.text : read.at;
    },
    stat(path) {
      const real = realOf(path);
      if (real === 'outside' || real === 'missing') return real;
      try {
        return statSync(real).isDirectory() ? 'dir' : 'file';
      } catch {
        return 'missing';
      }
    },
    matchCode(pattern, excluding) {
      const question = JSON.stringify([pattern, excluding]);
      let answer = matches.get(question);
      if (answer === undefined) {
        try {
          answer = matchCodePattern(realRoot, pattern, excluding);
        } catch (error) {
          if (error instanceof NotUtf8Name) answer = { notUtf8: error.path };
          else if (error instanceof SymlinkOutside) answer = { outside: error.link };
          else throw error;
        }
        matches.set(question, answer);
      }
      return answer;
    },
  };
}

/** Absolute, drive-letter or `..`-escaping: rejected before the disk is touched. */
function escapes(path: string): boolean {
  if (posix.isAbsolute(path) || isAbsolute(path) || /^[A-Za-z]:/.test(path)) return true;
  const normalized = posix.normalize(path.replace(/\\/g, '/'));
  return normalized === '..' || normalized.startsWith('../');
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
