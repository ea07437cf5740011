// Whether dist/ was built from the sources as they are, without building: a stamp records the
// digest of every file the bundles are made from next to the digest of the dist/ they made.
// Contents, not mtimes: a clone or a checkout writes files in any order. The stamp lives in
// node_modules/.cache (untracked, and dropped with node_modules, which is when the lockfile's
// packages may change anyway); dist/ itself is committed, so it cannot hold the stamp.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export const STAMP_FILE = 'node_modules/.cache/pipekit/dist-stamp.json';
export const BUNDLES = ['dist/cli.js', 'dist/engine.js', 'dist/index.js'];

// What ncc reads besides src/: the build script, the lockfile for the bundled packages,
// package.json ("type": "module") and the compiler options.
const INPUT_FILES = ['scripts/build.mjs', 'package-lock.json', 'package.json', 'tsconfig.json'];
const SCHEMA = 1;

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** Repo-relative POSIX paths of the files under `dir`, sorted by code unit (no locale). */
function filesUnder(root, dir) {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath ?? entry.path, entry.name)))
    .map((path) => path.split('\\').join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `path -> sha256` of `paths`; a missing file is `missing`, so deleting one changes the map. */
function digests(root, paths) {
  return Object.fromEntries(
    paths.map((path) => {
      try {
        return [path, sha256(readFileSync(join(root, path)))];
      } catch {
        return [path, 'missing'];
      }
    }),
  );
}

/** The stamp the sources and dist/ on disk would have: inputs and bundles, each by path. */
export function currentStamp(root) {
  return {
    schema: SCHEMA,
    inputs: digests(root, [...filesUnder(root, 'src'), ...INPUT_FILES]),
    bundles: digests(root, BUNDLES),
  };
}

export function readStamp(root) {
  try {
    const stamp = JSON.parse(readFileSync(join(root, STAMP_FILE), 'utf8'));
    return stamp?.schema === SCHEMA ? stamp : undefined;
  } catch {
    return undefined;
  }
}

export function writeStamp(root, stamp) {
  const file = join(root, STAMP_FILE);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(stamp, null, 2)}\n`);
}

/** The paths whose digest differs between two `path -> digest` maps, sorted. */
export function changedPaths(before = {}, after = {}) {
  const paths = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...paths].filter((path) => before[path] !== after[path]).sort();
}
