import { readdirSync, realpathSync as realpathJs, statSync } from '../workspace/observed-fs.js';
import type { Dirent } from 'node:fs';

// One realpath(3) call instead of an lstat per path component: a no-op run resolves every
// output and input path once.
const realpathSync = realpathJs.native;
import { basename, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { TreeEntry } from '../records/manifest.js';
import { UserError } from '../errors.js';
import type { ContentDigest } from '../records/brands.js';
import { comparePaths, treeDigest } from './digest.js';
import type { FileDigester } from './digest.js';
import { fileEntry, walkTree, type TreeWalk } from './tree-walk.js';
import { checkName } from './names.js';

/** Local state and VCS data: never part of any digest (a path input of `.` must not see them). */
const STATE_IGNORE: readonly string[] = ['.pipekit/', '.git/'];

/**
 * What a component's code never includes. component.yml is left out because the key already
 * holds its resolved meaning, and its comments or description must not cause a re-run.
 */
export const DEFAULT_CODE_IGNORE: readonly string[] = [
  'component.yml',
  '__pycache__/',
  '*.pyc',
  '.pipekit/',
  '.git/',
  '.hg/',
  '.svn/',
  'node_modules/.cache',
];

interface ListOptions {
  /**
   * picomatch globs relative to the folder; a glob matching a folder takes all of it, `!glob`
   * excludes. Undefined: every file. An empty list: no file.
   */
  globs?: readonly string[];
  /**
   * gitignore-style patterns: a trailing `/` matches folders only, a pattern without `/`
   * matches a name at any depth, any other is anchored at the folder. Default: none.
   */
  ignore?: readonly string[];
  /** Symlinks must resolve inside it (default: the folder itself). */
  root?: string;
  /**
   * Walk only this folder under `absDir` (relative, POSIX), for globs that cannot match
   * elsewhere; paths stay relative to `absDir`. Missing or not a folder: no files.
   */
  under?: string;
  /** Also leaves out what it matches, as a `!glob` does (a folder with all it holds). */
  exclude?: (rel: string) => boolean;
  /** Lists a folder; a caller that lists the same folders again and again memoizes it. */
  readdir?: (abs: string) => Dirent[];
}

type Test = (rel: string) => boolean;

interface Walk {
  root: string;
  rootReal: string;
  ignoreFile: Test;
  ignoreDir: Test;
  include: Test;
  exclude: Test;
  /** How many path segments the globs can match at most (a matched folder takes all of it). */
  depth: number;
  readdir: (abs: string) => Dirent[];
  out: string[];
}

/** A folder being walked: `stack` holds the real paths of it and its parents, it last. */
interface Frame {
  abs: string;
  rel: string;
  depth: number;
  included: boolean;
  stack: string[];
}

/** Sorted relative POSIX paths of the regular files under `absDir`. */
export function listFiles(absDir: string, opts: ListOptions = {}): string[] {
  const root = opts.root ?? absDir;
  const globs = opts.globs ?? ['**'];
  const positive = globs.filter((g) => !g.startsWith('!'));
  const negative = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  if (positive.length === 0 && negative.length > 0) positive.push('**');
  const ignore = opts.ignore ?? [];
  const excludeGlobs = globTest(negative);
  const excludeMore = opts.exclude;
  const w: Walk = {
    root,
    rootReal: realRoot(root),
    ignoreFile: ignoreTest(ignore.filter((p) => !p.endsWith('/'))),
    ignoreDir: ignoreTest(ignore),
    include: globTest(positive),
    exclude: excludeMore ? (rel) => excludeGlobs(rel) || excludeMore(rel) : excludeGlobs,
    depth: Math.max(...positive.map(globDepth)),
    readdir: opts.readdir ?? ((abs) => readdirSync(abs, { withFileTypes: true })),
    out: [],
  };
  const start = startFrame(w, absDir, opts.under ?? '');
  if (start) walkDir(w, start);
  return w.out.sort(comparePaths);
}

/**
 * The frame of the folder `under` inside `absDir`, or undefined when it is missing, not a
 * folder, ignored or excluded. Its own parents count: `lib` selects all of `lib/sub`.
 */
function startFrame(w: Walk, absDir: string, under: string): Frame | undefined {
  const top = checkInside(w, absDir);
  if (under === '') return { abs: absDir, rel: '', depth: 0, included: false, stack: [top] };
  let rel = '';
  let included = false;
  for (const name of under.split('/')) {
    rel = rel === '' ? name : `${rel}/${name}`;
    if (w.exclude(rel) || w.ignoreDir(rel)) return undefined;
    included ||= w.include(rel);
  }
  const abs = join(absDir, ...under.split('/'));
  const real = resolveLink(w, abs);
  if (real === undefined || kindOf(real) !== 'dir') return undefined;
  return { abs, rel, depth: under.split('/').length, included, stack: [top, real] };
}

function walkDir(w: Walk, frame: Frame): void {
  const { abs, rel, included, stack } = frame;
  const here = stack[stack.length - 1] as string;
  const depth = frame.depth + 1;
  for (const d of w.readdir(abs)) {
    const childAbs = join(abs, d.name);
    const childRel = rel === '' ? d.name : `${rel}/${d.name}`;
    // Nothing at or below a path deeper than any glob reaches can match: not even a link to it
    // is followed.
    if (!included && depth >= w.depth && !w.include(childRel)) continue;
    let kind: 'dir' | 'file' | 'other' = d.isDirectory() ? 'dir' : d.isFile() ? 'file' : 'other';
    let real: string | undefined;
    if (d.isSymbolicLink()) {
      // An ignored link is not followed: it may point anywhere without being an error.
      if (w.exclude(childRel) || w.ignoreDir(childRel)) continue;
      checkName(abs, d.name, relative(w.root, abs).split(sep).join('/'));
      real = resolveLink(w, childAbs);
      kind = real === undefined ? 'other' : kindOf(real);
    }
    if (kind === 'file') {
      if ((included || w.include(childRel)) && !w.exclude(childRel) && !w.ignoreFile(childRel)) {
        checkName(abs, d.name, relative(w.root, abs).split(sep).join('/'));
        w.out.push(childRel);
      }
    } else if (kind === 'dir' && !w.exclude(childRel) && !w.ignoreDir(childRel)) {
      checkName(abs, d.name, relative(w.root, abs).split(sep).join('/'));
      real ??= join(here, d.name);
      if (stack.includes(real)) {
        throw new UserError(`${show(w, childAbs)} leads back to a parent folder: a symlink loop`);
      }
      const inside = included || w.include(childRel);
      walkDir(w, {
        abs: childAbs,
        rel: childRel,
        depth,
        included: inside,
        stack: [...stack, real],
      });
    }
  }
}

/**
 * The most path segments a glob can match, Infinity for `**` and for braces and extglobs
 * (which may hold a `/`); `*`, `?` and classes never match a `/`.
 */
function globDepth(glob: string): number {
  const body = glob.replace(/(.)\/+$/, '$1');
  return /\*\*|[{}()]/.test(body) ? Infinity : body.split('/').length;
}

/** A path a pipeline names (a `--set` value, say) that is not there is the user's mistake. */
function realOrMissing(root: string, absPath: string): string {
  try {
    return realpathSync(absPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new UserError(`${relative(root, absPath) || absPath}: no such file or folder`);
  }
}

const realRoots = new Map<string, string>();

/** The root's real path, resolved once per process: every digest of a no-op run asks for it. */
function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) realRoots.set(root, (real = realpathSync(root)));
  return real;
}

/** The real path of a link, or undefined when it dangles (nothing to read, nothing to hash). */
function resolveLink(w: Walk, abs: string): string | undefined {
  try {
    return checkInside(w, abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw err;
  }
}

/** A listed folder holds a symlink that resolves outside the root. */
export class SymlinkOutside extends UserError {
  constructor(
    /** The link, relative to the root. */
    readonly link: string,
    real: string,
  ) {
    super(`symlink ${link} points outside the repository (to ${real})`);
  }
}

function checkInside(w: Walk, abs: string): string {
  const real = realpathSync(abs);
  if (real !== w.rootReal && !real.startsWith(w.rootReal + sep)) {
    throw new SymlinkOutside(show(w, abs), real);
  }
  return real;
}

function kindOf(real: string): 'dir' | 'file' | 'other' {
  const st = statSync(real);
  return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
}

function show(w: Walk, abs: string): string {
  return relative(w.root, abs).split(sep).join('/') || abs;
}

// Compiling a glob costs more than a small walk, and every step's key lists its code with the
// same few globs and the same ignore list: each list is compiled once per process.
const compiled = new Map<string, Test>();

function compiledOnce(kind: string, patterns: readonly string[], make: () => Test): Test {
  const key = JSON.stringify([kind, patterns]);
  let test = compiled.get(key);
  if (!test) compiled.set(key, (test = make()));
  return test;
}

function globTest(globs: readonly string[]): Test {
  if (globs.length === 0) return () => false;
  return compiledOnce('glob', globs, () => {
    // `docs/` means the folder docs, which picomatch would only match with the slash.
    const match = picomatch(
      globs.map((g) => g.replace(/(.)\/+$/, '$1')),
      { dot: true, windows: false },
    );
    return (rel) => rel !== '' && match(rel);
  });
}

function ignoreTest(patterns: readonly string[]): Test {
  return compiledOnce('ignore', patterns, () => {
    const tests = patterns.map((p): Test => {
      const body = p.replace(/\/+$/, '');
      const anchored = body.includes('/');
      const match = picomatch(body.replace(/^\//, ''), { dot: true, windows: false });
      return anchored ? (rel) => match(rel) : (rel) => match(basename(rel));
    });
    return (rel) => tests.some((t) => t(rel));
  });
}

/**
 * Digests a file or a folder inside `root` (a path that is itself a symlink is followed): its
 * sorted tree entries (one entry with path '' for a file) and the tree digest over them. A
 * folder's tree is all of it: files with their executable bit, empty folders, symlinks as
 * links (see `walkTree`); one resolving outside `root` is a UserError. `opts.ignore` defaults
 * to STATE_IGNORE; `opts.selfContained` (an output) refuses any link leaving the folder.
 */
export function digestTree(
  root: string,
  absPath: string,
  digester: FileDigester,
  opts: { ignore?: readonly string[]; selfContained?: boolean } = {},
): { digest: ContentDigest; entries: TreeEntry[] } {
  const rootReal = realRoot(root);
  const real = realOrMissing(root, absPath);
  if (real !== rootReal && !real.startsWith(rootReal + sep)) {
    throw new UserError(`${relative(root, absPath) || absPath} resolves outside the repository`);
  }
  const st = statSync(real);
  const ignore = opts.ignore ?? STATE_IGNORE;
  const w: TreeWalk = {
    folder: absPath,
    folderReal: real,
    rootReal,
    digester,
    ignoreDir: ignoreTest(ignore),
    ignoreFile: ignoreTest(ignore.filter((p) => !p.endsWith('/'))),
    selfContained: opts.selfContained ?? false,
    show: (abs) => relative(root, abs).split(sep).join('/') || abs,
  };
  let entries: TreeEntry[];
  if (st.isDirectory()) entries = walkTree(w);
  else if (st.isFile()) entries = [fileEntry(w, absPath, '')];
  else throw new UserError(`${relative(root, absPath)} is neither a file nor a folder`);
  return { digest: treeDigest(entries), entries };
}
