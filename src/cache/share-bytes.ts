import { constants, copyFileSync, linkSync } from 'node:fs';
import { statSync } from '../workspace/observed-fs.js';
import { dirname } from 'node:path';
import { isExecutable } from '../hash/digest.js';

/**
 * Pairs of devices (source, destination folder) known not to take a reflink, or a hard link:
 * asked once per process, so that a 100,000-file output does not try each file.
 */
const noReflink = new Set<string>();
const noLink = new Set<string>();

/**
 * Puts the bytes of `src` at `dest` (absent) without storing them twice where the file
 * system allows: a reflink (btrfs, XFS, APFS: copy-on-write, so a later write to either file
 * never reaches the other), else a hard link, else a copy (another file system, a file
 * system without links, a file with too many links).
 *
 * A hard link shares the file itself, its mode included, so it is made only when `src` is
 * read-only (an object of the cache, a file of the store of outputs) and has the executable
 * bit `exec` asks for. Read-only does not stop a process that owns the file, or root, from
 * changing it: whoever reads a shared file verifies it against its digest first (a restore
 * hashes every file; the store is verified before use and after every step that read it),
 * so a changed file is a miss, never a false hit.
 */
export function shareFile(src: string, dest: string, exec: boolean): void {
  const st = statSync(src);
  const pair = `${st.dev}:${statSync(dirname(dest)).dev}`;
  if (!noReflink.has(pair)) {
    try {
      copyFileSync(src, dest, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE_FORCE);
      return;
    } catch (error) {
      if (!unsupported(error)) throw error;
      noReflink.add(pair);
    }
  }
  if (!noLink.has(pair) && (st.mode & 0o222) === 0 && isExecutable(st.mode) === exec) {
    try {
      linkSync(src, dest);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // EMLINK: this file has as many links as the file system allows; the next may not.
      if (code !== 'EMLINK' && !unsupported(error)) throw error;
      if (code !== 'EMLINK') noLink.add(pair);
    }
  }
  copyFileSync(src, dest, constants.COPYFILE_EXCL);
}

/** The file system cannot do it here (as opposed to a missing file or a full disk). */
function unsupported(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return (
    code === 'EXDEV' ||
    code === 'ENOTSUP' ||
    code === 'EOPNOTSUPP' ||
    code === 'ENOSYS' ||
    code === 'EINVAL' ||
    code === 'EPERM' ||
    code === 'ENOTTY' ||
    code === 'EBADF'
  );
}
