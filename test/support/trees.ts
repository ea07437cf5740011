import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

/** One node of a tree written by `writeNodes`: a file (executable or not), an empty folder, a symlink. */
export type TreeNode =
  { file: string | Uint8Array; exec?: boolean } | { dir: true } | { link: string };

/** Writes `nodes` (relative path -> node) under `root`, creating the folders between. */
export function writeNodes(root: string, nodes: Record<string, TreeNode>): void {
  mkdirSync(root, { recursive: true });
  for (const [rel, node] of Object.entries(nodes)) {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    if ('dir' in node) mkdirSync(path, { recursive: true });
    else if ('link' in node) symlinkSync(node.link, path);
    else {
      writeFileSync(path, node.file);
      chmodSync(path, node.exec ? 0o755 : 0o644);
    }
  }
}

/**
 * What anyone looking at a tree sees, the way `find`, `stat`'s executable bit, `readlink` and
 * the bytes show it: every path below `root` with its kind, for a file its owner's executable
 * bit and bytes, for a symlink its target text. Nothing else: not mtimes, not other mode bits.
 * For a file `root`, the one entry ''.
 */
export function listing(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (abs: string, rel: string): void => {
    const st = lstatSync(abs);
    if (st.isSymbolicLink()) out[rel] = `link ${readlinkSync(abs)}`;
    else if (st.isFile()) {
      const exec = (st.mode & 0o100) !== 0 ? 'exec' : 'file';
      out[rel] = `${exec} ${readFileSync(abs).toString('hex')}`;
    } else if (st.isDirectory()) {
      if (rel !== '') out[rel] = 'dir';
      for (const name of readdirSync(abs)) visit(join(abs, name), rel ? `${rel}/${name}` : name);
    } else out[rel] = 'other';
  };
  visit(root, '');
  return out;
}
