// Runs the project's TypeScript on Node 20, which cannot run .ts (no --experimental-strip-types
// before Node 22.6): each entry and every module it reaches through relative imports is
// transpiled with the project's `typescript` (per file, no type check) into `outDir`, with the
// repo's node_modules linked beside it so package imports resolve. Benches import the result;
// tests start child processes on it.
//
//   const [a, b] = await transpile(['src/x.ts', 'test/support/y.ts'], join(work, 'build'));
//
// Entries are paths relative to the repo root. `outDir` should be inside a temp folder the
// caller removes; it is created when missing.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root (scripts/..). */
export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

// Relative specifiers of static imports and re-exports (`from './x.js'`), side-effect imports
// (`import './x.js'`) and dynamic imports (`import('./x.js')`). Type-only imports are gone
// after transpiling.
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)'(\.\.?\/[^']+)\.js'/g;

/**
 * Writes `entries` (repo-relative .ts paths) and every module they reach through relative
 * imports into `outDir` as JavaScript; a module that is JavaScript already is copied.
 */
export async function writeTranspiled(entries, outDir, { repo = repoRoot } = {}) {
  const ts = (await import('typescript')).default;
  const queue = entries.map((e) => join(repo, e));
  const seen = new Set();
  for (let file = queue.pop(); file; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const target = join(outDir, relative(repo, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    if (file.endsWith('.js')) {
      copyFileSync(file, target);
      continue;
    }
    const js = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      fileName: file,
    }).outputText;
    writeFileSync(target, js);
    for (const m of js.matchAll(RELATIVE_IMPORT)) {
      const base = resolve(dirname(file), m[1]);
      queue.push(existsSync(`${base}.ts`) ? `${base}.ts` : `${base}.js`);
    }
  }
  const modules = join(outDir, 'node_modules');
  if (!existsSync(modules)) symlinkSync(join(repo, 'node_modules'), modules);
}

/** Transpiles `entries` like `writeTranspiled` and imports them, in order. */
export async function transpile(entries, outDir, options) {
  await writeTranspiled(entries, outDir, options);
  return Promise.all(
    entries.map((e) => import(pathToFileURL(join(outDir, e.replace(/\.ts$/, '.js'))).href)),
  );
}
