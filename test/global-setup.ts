// The CLI and action tests run the bundles in dist/, not src/. So that `npx vitest` after an
// edit in src/ does not test the old bundle, dist/ is rebuilt first when the sources (or dist/)
// differ from the stamp of its last build. `npm test` runs check-dist first, which leaves a
// stamp when dist/ matches, so there this only hashes (~0.1s) and never builds twice.
// PIPEKIT_DIST_BUILD=off tests dist/ as it is: for a src/ that does not build yet, when the
// tests at hand do not run the bundles.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BUNDLES,
  STAMP_FILE,
  changedPaths,
  currentStamp,
  readStamp,
  writeStamp,
} from '../scripts/dist-stamp.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

export default function setup(): void {
  if (process.env.PIPEKIT_DIST_BUILD === 'off') return;
  // Taken before building: a file saved during the build leaves the stamp stale, not wrong.
  const now = currentStamp(root);
  const stamp = readStamp(root);
  const changed = stamp
    ? [...changedPaths(stamp.inputs, now.inputs), ...changedPaths(stamp.bundles, now.bundles)]
    : [];
  if (stamp && changed.length === 0) return;
  const why = stamp ? `changed: ${listed(changed)}` : `no stamp in ${STAMP_FILE}`;
  console.log(`dist/ may be stale (${why}); rebuilding it with scripts/build.mjs`);
  const started = Date.now();
  const out = mkdtempSync(join(tmpdir(), 'pipekit-dist-'));
  try {
    try {
      execFileSync('node', ['scripts/build.mjs', out], { cwd: root, stdio: 'inherit' });
    } catch {
      throw new Error(
        'dist/ is stale and `node scripts/build.mjs` failed (its output is above), so the ' +
          'tests that run dist/ would test an old bundle. Fix the build, or set ' +
          'PIPEKIT_DIST_BUILD=off to run the tests on dist/ as it is.',
      );
    }
    // Both bundles are built before either replaces its old one.
    for (const bundle of BUNDLES) copyFileSync(join(out, basename(bundle)), join(root, bundle));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  writeStamp(root, { ...now, bundles: currentStamp(root).bundles });
  console.log(`dist/ rebuilt in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

function listed(paths: string[]): string {
  const shown = paths.slice(0, 5).join(', ');
  return paths.length > 5 ? `${shown} and ${paths.length - 5} more` : shown;
}
