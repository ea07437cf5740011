import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Unique per process and call: two processes writing the same path never share a temp. */
export function tempSibling(path: string): string {
  return `${path}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;
}

/**
 * Writes a whole file or nothing: a temp sibling renamed over it, so a reader (another
 * pipekit process, a later run after a crash) sees the old text or the new, never half.
 */
export function writeFileAtomic(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = tempSibling(file);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** A file for `writeFilesTogether`: a new one (never replaces anything) or a replacement. */
export interface FileToWrite {
  path: string;
  content: string | Buffer;
  executable?: boolean;
  /** True: the file must not exist; it is created, never overwritten. */
  create: boolean;
}

/**
 * Writes several files as one change, as far as a file system allows: every file is written
 * to a temp sibling first (a full disk or a bad folder stops here, with nothing changed and
 * the temps and new folders removed), then the new files are linked into place (one that
 * appeared meanwhile fails, and the ones linked so far are removed), then the replaced
 * files are renamed over (a rename within a folder does not fail for want of space).
 */
export function writeFilesTogether(files: readonly FileToWrite[]): void {
  const madeDirs: string[] = [];
  const temps: string[] = [];
  const linked: string[] = [];
  try {
    for (const file of files) {
      madeDirs.push(...makeDirs(dirname(file.path)));
      const tmp = tempSibling(file.path);
      temps.push(tmp);
      writeFileSync(tmp, file.content, { mode: file.executable ? 0o755 : 0o644 });
    }
    files.forEach((file, i) => {
      if (!file.create) return;
      linkSync(temps[i] as string, file.path);
      linked.push(file.path);
    });
  } catch (error) {
    for (const path of [...temps, ...linked]) rmSync(path, { force: true });
    for (const dir of madeDirs.reverse()) rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  files.forEach((file, i) => {
    if (file.create) rmSync(temps[i] as string, { force: true });
    else renameSync(temps[i] as string, file.path);
  });
}

/** Creates `dir` and its missing parents; returns the folders it created, outermost first. */
function makeDirs(dir: string): string[] {
  const missing: string[] = [];
  for (let at = dir; !existsSync(at) && dirname(at) !== at; at = dirname(at)) missing.unshift(at);
  for (const folder of missing) mkdirSync(folder);
  return missing;
}
