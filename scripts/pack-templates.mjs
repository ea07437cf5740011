// npm leaves every `.gitignore` out of a package (it reads them as ignore files), so a
// template installed from npm would lose its own. `prepack` copies each templates/**/.gitignore
// to a `_gitignore` beside it, which npm ships and `pipekit init` writes back as `.gitignore`
// (src/workspace/templates.ts); `postpack` removes the copies.
//   node scripts/pack-templates.mjs prepack|postpack
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const mode = process.argv[2];
if (mode !== 'prepack' && mode !== 'postpack') {
  console.error('usage: node scripts/pack-templates.mjs prepack|postpack');
  process.exit(2);
}
const skipped = new Set(['.pipekit', '.git', 'node_modules', '__pycache__']);

function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !skipped.has(entry.name)) walk(path);
    else if (entry.name === '.gitignore') {
      const packed = join(dir, '_gitignore');
      if (mode === 'prepack') copyFileSync(path, packed);
      else rmSync(packed, { force: true });
    }
  }
}

walk('templates');
