import type { Dirent } from 'node:fs';
import { join, posix } from 'node:path';
import picomatch from 'picomatch';
import type { CodePattern } from '../pipeline/types.js';
import { comparePaths } from './digest.js';
import { DEFAULT_CODE_IGNORE, listFiles } from './tree.js';

type Readdir = (abs: string) => Dirent[];

/**
 * The files (relative to the root, sorted) of a step's `code` patterns: every file a pattern
 * selects, less what any `!` pattern matches. Only the folders the patterns name are walked.
 */
export function listCodeFiles(
  root: string,
  patterns: readonly CodePattern[],
  readdir?: Readdir,
): string[] {
  const excluding = patterns.filter((p) => p.exclude);
  const files = new Set<string>();
  for (const pattern of patterns) {
    if (pattern.exclude) continue;
    for (const file of matchCodePattern(root, pattern, excluding, readdir)) files.add(file);
  }
  return [...files].sort(comparePaths);
}

/**
 * The files one pattern selects: the default code ignore list applies to the folder the
 * pattern is read from (its `base`), and the walk starts at the glob's fixed folder prefix
 * (`lib` for `lib/*.py`), so a pattern never costs a walk of the whole repository.
 */
export function matchCodePattern(
  root: string,
  pattern: CodePattern,
  excluding: readonly CodePattern[],
  readdir?: Readdir,
): string[] {
  const excluded = excludedBy(excluding);
  const files = listFiles(join(root, pattern.base), {
    globs: [pattern.glob],
    ignore: DEFAULT_CODE_IGNORE,
    root,
    under: fixedFolder(pattern.glob),
    exclude: (rel) => excluded(posix.join(pattern.base, rel)),
    ...(readdir ? { readdir } : {}),
  });
  return files.map((rel) => posix.join(pattern.base, rel));
}

// Every step of a component asks with the same globs: scanned and compiled once per process.
const fixedFolders = new Map<string, string>();
const matchers = new Map<string, (path: string) => boolean>();

/** The folder part of a glob before its first wildcard: '' for `*.py`, `lib` for `lib/*.py`. */
function fixedFolder(glob: string): string {
  let folder = fixedFolders.get(glob);
  if (folder === undefined) {
    const body = glob.replace(/(.)\/+$/, '$1');
    const scan = picomatch.scan(body);
    folder = scan.isGlob ? scan.base : posix.dirname(body);
    // An escaped wildcard stays in scan's base with its backslash: not a folder name.
    if (folder === '.' || folder.includes('\\')) folder = '';
    fixedFolders.set(glob, folder);
  }
  return folder;
}

/** Whether a path relative to the root is matched by one of the `!` patterns. */
function excludedBy(excluding: readonly CodePattern[]): (path: string) => boolean {
  if (excluding.length === 0) return () => false;
  const tests = excluding.map((p) => {
    let match = matchers.get(p.glob);
    if (!match) {
      match = picomatch(p.glob.replace(/(.)\/+$/, '$1'), { dot: true, windows: false });
      matchers.set(p.glob, match);
    }
    const prefix = p.base === '' ? '' : `${p.base}/`;
    const test = match;
    return (path: string) => path.startsWith(prefix) && test(path.slice(prefix.length));
  });
  return (path) => tests.some((test) => test(path));
}
