// Rebuilds the bundles into a scratch folder and fails when they differ from the committed dist/.
// When they match it stamps dist/ as fresh, so the tests that follow do not build it again.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { currentStamp, writeStamp } from './dist-stamp.mjs';

const stamp = currentStamp(process.cwd());
const fresh = mkdtempSync(join(tmpdir(), 'pipekit-dist-'));
try {
  execFileSync('node', ['scripts/build.mjs', fresh], { stdio: 'inherit' });
  const stale = ['cli.js', 'engine.js', 'index.js'].filter((file) => {
    const committed = readFileSync(join('dist', file), 'utf8');
    return committed !== readFileSync(join(fresh, file), 'utf8');
  });
  if (stale.length > 0) {
    console.error(
      `dist/ does not match the sources (${stale.join(', ')}): run \`npm run build\` and commit dist/.`,
    );
    process.exit(1);
  }
  writeStamp(process.cwd(), stamp);
  console.log('dist/ matches the sources');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
