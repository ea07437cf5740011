import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * A PATH of one folder, `dir`, that links every program of the current PATH except those
 * `drop` matches: a runner without zstd, say, though tar and gzip share /usr/bin with it.
 */
export function pathWithout(drop: RegExp, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const seen = new Set<string>();
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      // The first of a name on PATH is the one a lookup finds.
      if (seen.has(name) || drop.test(name)) continue;
      seen.add(name);
      symlinkSync(join(folder, name), join(dir, name));
    }
  }
  return dir;
}
