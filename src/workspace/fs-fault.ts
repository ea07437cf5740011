import { statSync } from 'node:fs';
import { dirname, isAbsolute, relative, sep } from 'node:path';

/**
 * What the machine can refuse a file operation for: a full disk, a read-only or damaged
 * `.pipekit`, a file where a folder belongs. Such an error is a fault of the machine or of the
 * state folder, not a bug: it fails the step it happened in, with a sentence that says what
 * and where, never a stack trace.
 */
const FAULTS: Record<string, string> = {
  ENOSPC: 'disk full',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'not a folder',
  EISDIR: 'a folder where a file belongs',
  EEXIST: 'already exists',
  ENOENT: 'missing',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  ELOOP: 'too many symlinks',
  ENAMETOOLONG: 'name too long',
};

const VERBS: Record<string, string> = {
  read: 'reading',
  scandir: 'reading',
  readlink: 'reading',
  opendir: 'reading',
  stat: 'looking at',
  lstat: 'looking at',
  access: 'looking at',
  realpath: 'looking at',
  open: 'opening',
};

interface Fault {
  code: string;
  syscall?: string;
  path?: string;
  dest?: string;
}

/** The file-system fault an error is, or undefined for any other error (a bug: it throws). */
function fsFault(error: unknown): Fault | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, syscall, path, dest } = error as NodeJS.ErrnoException & { dest?: string };
  if (typeof code !== 'string' || !(code in FAULTS)) return undefined;
  return { code, syscall, path, dest };
}

/**
 * A fault as one line, paths shown from `root`: `disk full (ENOSPC) while writing
 * .pipekit/runs/…/train.log`. A file standing where a folder must be is named.
 */
function describeFault(fault: Fault, root: string): string {
  const show = (path: string): string => showPath(path, root);
  const verb = VERBS[fault.syscall ?? ''] ?? 'writing';
  const what = `${FAULTS[fault.code]} (${fault.code})`;
  const where = fault.path === undefined ? '' : ` ${show(fault.path)}`;
  const to = fault.dest === undefined ? '' : ` to ${show(fault.dest)}`;
  const line = `${what} while ${verb}${where}${to}`;
  if (fault.code !== 'ENOTDIR' && fault.code !== 'EEXIST') return line;
  const blocker = [fault.dest, fault.path].map((p) => p && fileInTheWay(p)).find(Boolean);
  if (!blocker) return line;
  return `${show(blocker)} is a file where a folder belongs (${fault.code}) while ${verb}${where}${to}`;
}

/** The message of an error that is a fault, or undefined. */
export function faultMessage(error: unknown, root: string): string | undefined {
  const fault = fsFault(error);
  return fault && describeFault(fault, root);
}

/** The nearest ancestor of `path` (or itself, for a mkdir) that exists and is not a folder. */
function fileInTheWay(path: string): string | undefined {
  for (let p = path; ; p = dirname(p)) {
    let st;
    try {
      st = statSync(p);
    } catch {
      if (dirname(p) === p) return undefined;
      continue; // missing, or below a file: look further up
    }
    return st.isDirectory() ? undefined : p;
  }
}

function showPath(path: string, root: string): string {
  const rel = relative(root, path);
  const inside = rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
  return inside ? rel : path;
}
