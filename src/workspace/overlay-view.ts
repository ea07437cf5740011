import { posix } from 'node:path';
import picomatch from 'picomatch';
import type { RepoView } from '../pipeline/types.js';

/**
 * A repository view with new files on top, so that a change can be validated before anything
 * is written. `dir` is a folder that exists only in `files` (paths from the root): a `code`
 * pattern read from it or below is answered from `files` alone; every other question goes
 * to `base` (a new file under a pattern read from above `dir` is not seen: the files a step
 * is checked with are those of its own folder).
 */
export function overlayView(base: RepoView, dir: string, files: Map<string, string>): RepoView {
  const inDir = (path: string) => path === dir || path.startsWith(`${dir}/`);
  return {
    readText: (path) => (files.has(path) ? files.get(path) : base.readText(path)),
    stat(path) {
      if (files.has(path)) return 'file';
      if ([...files.keys()].some((file) => file.startsWith(`${path}/`))) return 'dir';
      return inDir(path) ? 'missing' : base.stat(path);
    },
    matchCode(pattern, excluding) {
      if (!inDir(pattern.base)) return base.matchCode(pattern, excluding);
      const matches = (glob: string, at: string, path: string) =>
        path.startsWith(at === '' ? '' : `${at}/`) &&
        picomatch(glob, { dot: true, windows: false })(posix.relative(at, path));
      return [...files.keys()]
        .filter((path) => matches(pattern.glob, pattern.base, path))
        .filter((path) => !excluding.some((p) => matches(p.glob, p.base, path)))
        .sort();
    },
  };
}
