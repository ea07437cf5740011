// Bundles the entry points with ncc: dist/cli.js (the lean entry: replays a sealed no-op run,
// else loads dist/engine.js), dist/engine.js (the CLI's engine, no @actions/*) and dist/index.js
// (the action). Each must be one file so a clone runs with no build step.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const entries = {
  cli: 'src/cli/index.ts',
  engine: 'src/cli/main.ts',
  index: 'src/action/index.ts',
};
const outDir = process.argv[2] ?? 'dist';
const scratch = '.build';

rmSync(scratch, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const [name, entry] of Object.entries(entries)) {
  const dir = join(scratch, name);
  execFileSync('npx', ['ncc', 'build', entry, '-o', dir, '--quiet', '--no-source-map-register'], {
    stdio: 'inherit',
  });
  const files = readdirSync(dir).filter((f) => f !== 'package.json');
  if (files.length !== 1)
    throw new Error(`${entry}: expected one bundle file, got ${files.join(', ')}`);
  copyFileSync(join(dir, 'index.js'), join(outDir, `${name}.js`));
}
rmSync(scratch, { recursive: true, force: true });
