import { TREE_FORMAT, type OutputRecord, type TreeEntry } from '../records/manifest.js';
import { DIGEST_PATTERN, treeDigest } from './digest.js';

/**
 * Why an output record read from a store cannot be restored as it says, if it cannot. A
 * manifest is data from disk or the network: its paths must not climb out, its entries must
 * be well formed, and they must make exactly one tree (nothing listed twice, nothing below a
 * file, a link or an empty folder), so that the tree placed from them is the tree their
 * digest names.
 */
export function checkRecord(record: OutputRecord): string | undefined {
  if (record.format !== TREE_FORMAT || !Array.isArray(record.entries)) {
    return 'saved in another format (by another pipekit version)';
  }
  const { entries } = record;
  if (record.type !== 'dir') {
    const only = entries[0];
    if (entries.length !== 1 || only?.kind !== 'file' || only.path !== '') {
      return 'a file output must be one file';
    }
  }
  const paths = new Set<string>();
  for (const entry of entries) {
    const bad = checkEntry(entry, record.type === 'dir');
    if (bad) return bad;
    if (paths.has(entry.path)) return `${entry.path} is listed twice`;
    paths.add(entry.path);
  }
  for (const { path } of entries) {
    for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) {
      if (paths.has(path.slice(0, i))) return `${path} lies below another entry`;
    }
  }
  if (treeDigest(entries) !== record.digest) return 'entry list does not match its digest';
  return undefined;
}

function checkEntry(entry: TreeEntry, inFolder: boolean): string | undefined {
  if (typeof entry?.path !== 'string') return 'an entry without a path';
  if (inFolder && !isSafeRelative(entry.path)) return `unsafe path ${entry.path}`;
  switch (entry.kind) {
    case 'file': {
      const { digest, size, exec } = entry;
      const ok = DIGEST_PATTERN.test(digest) && Number.isSafeInteger(size) && size >= 0;
      return ok && typeof exec === 'boolean' ? undefined : `bad file entry ${entry.path}`;
    }
    case 'dir':
      return undefined;
    case 'symlink': {
      // What a link reaches outside its tree is for keys; an output's links stay inside.
      const { target, reaches } = entry;
      const ok = typeof target === 'string' && target !== '' && !target.includes('\0');
      return ok && reaches === undefined ? undefined : `bad symlink entry ${entry.path}`;
    }
    default:
      return `unknown kind of entry ${(entry as { path: string }).path}`;
  }
}

function isSafeRelative(path: string): boolean {
  if (path === '' || path.startsWith('/') || path.includes('\\') || path.includes('\0')) {
    return false;
  }
  return path.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}
