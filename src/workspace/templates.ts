import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A file of a template: its path in the new repository, its bytes and executable bit. */
export interface TemplateFile {
  path: string;
  content: Buffer;
  executable: boolean;
}

/**
 * Never copied: what running the template in place leaves behind (its state, caches of
 * Python and Node, a checkout's git folder).
 */
const SKIPPED = new Set(['.pipekit', '.git', 'node_modules', '__pycache__', '.DS_Store']);

/**
 * npm leaves every `.gitignore` out of a package, so `npm pack` ships each one also as
 * `_gitignore` (scripts/pack-templates.mjs); `init` writes it back as `.gitignore`.
 */
const PACKED_GITIGNORE = '_gitignore';

/**
 * The templates shipped beside the CLI: `templates/` of the package, found from the bundle
 * (`dist/cli.js` -> `../templates`) or, run from the sources, from the nearest folder up.
 */
export function templatesDir(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(dir, 'package.json')) && existsSync(candidate)) return candidate;
    if (dirname(dir) === dir)
      return join(dirname(fileURLToPath(import.meta.url)), '..', 'templates');
  }
}

/** Every template: a folder of `templates/` holding a `pipeline.yml`, sorted by name. */
export function listTemplates(dir: string): { name: string; pipelineText: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'pipeline.yml')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, pipelineText: readFileSync(join(dir, name, 'pipeline.yml'), 'utf8') }));
}

/** The files of a template as the new repository holds them, sorted by path. */
export function readTemplateFiles(root: string): TemplateFile[] {
  const files: TemplateFile[] = [];
  const walk = (rel: string) => {
    const names = readdirSync(join(root, rel), { withFileTypes: true }).map((e) => e.name);
    for (const name of names.sort()) {
      if (SKIPPED.has(name) || name.endsWith('.pyc')) continue;
      if (name === PACKED_GITIGNORE && names.includes('.gitignore')) continue;
      const path = rel === '' ? name : posix.join(rel, name);
      const stat = statSync(join(root, path));
      if (stat.isDirectory()) {
        walk(path);
        continue;
      }
      const target = name === PACKED_GITIGNORE ? posix.join(rel, '.gitignore') : path;
      files.push({
        path: target,
        content: readFileSync(join(root, path)),
        executable: (stat.mode & 0o111) !== 0,
      });
    }
  };
  walk('');
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
