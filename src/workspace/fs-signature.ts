import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';

/**
 * How a run looked at a path: through links (`s`, stat), at a link itself (`l`, lstat), or
 * for its real path (`r`).
 */
export type LookKind = 's' | 'l' | 'r';

/** One look at the disk and what it saw: a stat signature, a real path, or null for nothing. */
export type Look = [kind: LookKind, path: string, seen: string | null];

/**
 * What says a path is the one seen before, as the stat memo judges files (docs/architecture.md,
 * "The stat memo"): the same device and inode, type and mode, size, and neither time moved.
 * Content cannot change without the ctime moving; renaming, adding or removing an entry moves
 * a folder's mtime.
 */
export function statSignature(st: Stats): string {
  return `${st.dev}:${st.ino}:${st.mode}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
}

/** The later of a signature's mtime and ctime: when what it describes last changed. */
export function changedAt(signature: string): number {
  const parts = signature.split(':');
  return Math.max(Number(parts[4]), Number(parts[5]));
}

/** A path that is not there: missing, or under something that is not a folder. */
export function isAbsent(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** What a look of `kind` at `path` sees now. Throws when the disk refuses to answer. */
export function lookAgain(kind: LookKind, path: string): string | null {
  try {
    if (kind === 'r') return realpathSync.native(path);
    return statSignature(kind === 's' ? statSync(path) : lstatSync(path));
  } catch (error) {
    if (isAbsent(error)) return null;
    throw error;
  }
}
