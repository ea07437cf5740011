import {
  lstatSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  statSync,
} from '../workspace/observed-fs.js';
import { isAbsolute, join, sep } from 'node:path';
import { UserError } from '../errors.js';
import type { FileEntry, LinkEntry, TreeEntry } from '../records/manifest.js';
import { comparePaths, isExecutable, treeDigest, type FileDigester } from './digest.js';
import { checkLinkTarget, checkName } from './names.js';

/** How one folder is walked into its tree entries (see `digestTree`). */
export interface TreeWalk {
  /** The folder; entry paths are relative to it. */
  folder: string;
  /** Its real path. */
  folderReal: string;
  /** The real path no link may lead out of (the repository, or the output itself). */
  rootReal: string;
  digester: FileDigester;
  /** Paths relative to the folder that are left out: folders and links, and files. */
  ignoreDir: (rel: string) => boolean;
  ignoreFile: (rel: string) => boolean;
  /**
   * An output: every link must stay inside the folder, so that the tree means the same
   * wherever it is restored. Otherwise a link leaving the folder is followed.
   */
  selfContained: boolean;
  /** A path as a message shows it. */
  show: (abs: string) => string;
}

// Linux gives up on a lookup after 40 links (ELOOP).
const MAX_LINKS = 40;

/** The entries of the folder's tree, sorted by path. */
export function walkTree(w: TreeWalk): TreeEntry[] {
  const out: TreeEntry[] = [];
  walkDir(w, w.folder, '', [w.folderReal], out);
  return out.sort((a, b) => comparePaths(a.path, b.path));
}

export function fileEntry(w: TreeWalk, abs: string, path: string): FileEntry {
  const { size, digest } = w.digester.digestFile(abs);
  return { kind: 'file', path, size, digest, exec: isExecutable(statSync(abs).mode) };
}

/** `stack` holds the real paths of the folders being walked, the current one last. */
function walkDir(w: TreeWalk, abs: string, rel: string, stack: string[], out: TreeEntry[]): void {
  const here = stack[stack.length - 1] as string;
  for (const d of readdirSync(abs, { withFileTypes: true })) {
    const childAbs = join(abs, d.name);
    const childRel = rel === '' ? d.name : `${rel}/${d.name}`;
    const kind = d.isSymbolicLink()
      ? 'symlink'
      : d.isDirectory()
        ? 'dir'
        : d.isFile()
          ? 'file'
          : '';
    // Sockets, fifos and devices hold no content to cache: left out. An ignored link is not
    // followed: it may point anywhere without being an error.
    if (kind === '' || (kind === 'file' ? w.ignoreFile(childRel) : w.ignoreDir(childRel))) continue;
    checkName(abs, d.name, w.show(abs));
    if (kind === 'symlink') {
      out.push(linkEntry(w, childAbs, childRel, stack));
    } else if (kind === 'dir') {
      const before = out.length;
      walkDir(w, childAbs, childRel, [...stack, join(here, d.name)], out);
      if (out.length === before) out.push({ kind: 'dir', path: childRel });
    } else {
      out.push(fileEntry(w, childAbs, childRel));
    }
  }
}

/**
 * A link is its text. When it resolves inside the folder, the folder's own entries say what
 * it reaches. When it leaves the folder (an input folder linking elsewhere in the repository),
 * what it reaches is digested too, or a change there would go unseen.
 */
function linkEntry(w: TreeWalk, abs: string, rel: string, stack: string[]): LinkEntry {
  const entry: LinkEntry = { kind: 'symlink', path: rel, target: readlinkSync(abs) };
  checkLinkTarget(abs, entry.target, w.show(abs));
  if (staysInside(w.folder, rel, w.ignoreDir)) return entry;
  if (w.selfContained) {
    throw new UserError(
      `symlink ${w.show(abs)} points outside its output (to ${entry.target}): ` +
        'a link in an output must stay inside it',
    );
  }
  const real = realTarget(w, abs);
  if (real === undefined) return entry;
  const st = statSync(real);
  if (st.isDirectory()) {
    if (stack.includes(real)) {
      throw new UserError(`${w.show(abs)} leads back to a parent folder: a symlink loop`);
    }
    const below: TreeEntry[] = [];
    walkDir(w, abs, rel, [...stack, real], below);
    const prefix = rel.length + 1;
    entry.reaches = treeDigest(below.map((e) => ({ ...e, path: e.path.slice(prefix) })));
  } else if (st.isFile()) {
    entry.reaches = treeDigest([fileEntry(w, abs, '')]);
  }
  return entry;
}

/** The real path a link leads to, inside the root; undefined when it dangles. */
function realTarget(w: TreeWalk, abs: string): string | undefined {
  let real: string;
  try {
    real = realpathSync.native(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    if (code === 'ELOOP') throw new UserError(`${w.show(abs)} is a symlink loop`);
    throw error;
  }
  if (real !== w.rootReal && !real.startsWith(w.rootReal + sep)) {
    throw new UserError(`symlink ${w.show(abs)} points outside the repository (to ${real})`);
  }
  return real;
}

/**
 * Whether the link at `rel` resolves without ever leaving `folder` (nor passing a path
 * `ignored` leaves out of the tree), resolving component by component as the kernel does:
 * then what it reaches is decided by the tree alone, wherever the tree is. A lookup that ends
 * inside on a missing path, a file or too many links counts as inside: it ends the same way
 * in any copy of the tree. An absolute target, or `..` above the folder, leaves it.
 */
export function staysInside(
  folder: string,
  rel: string,
  ignored: (rel: string) => boolean = () => false,
): boolean {
  const todo = rel.split('/');
  const done: string[] = [];
  let links = 0;
  for (let part = todo.shift(); part !== undefined; part = todo.shift()) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (done.pop() === undefined) return false;
      continue;
    }
    done.push(part);
    if (ignored(done.join('/'))) return false;
    const abs = join(folder, ...done);
    const st = lstatSync(abs, { throwIfNoEntry: false });
    if (st?.isSymbolicLink()) {
      if (++links > MAX_LINKS) return true;
      const target = readlinkSync(abs);
      if (isAbsolute(target)) return false;
      done.pop();
      todo.unshift(...target.split('/'));
    } else if (!st?.isDirectory()) {
      return true;
    }
  }
  return true;
}
