import { isUtf8 } from 'node:buffer';
import { readdirSync, readlinkSync } from '../workspace/observed-fs.js';
import { UserError } from '../errors.js';

/**
 * A file name (or a link's text) that is not valid UTF-8. Node gives such a name with U+FFFD
 * in place of the bad bytes, so two different names can read the same and no path made from
 * it reaches the file: pipekit refuses it, naming it with its bytes shown as `\xNN`.
 */
export class NotUtf8Name extends UserError {
  override name = 'NotUtf8Name';

  constructor(
    /** The path as it can be shown, relative to the folder being walked. */
    readonly path: string,
    what: 'file name' | 'symlink target' = 'file name',
  ) {
    super(
      `the ${what} ${path} is not valid UTF-8: pipekit keys files by their names, ` +
        'so rename it (e.g. with `convmv` or `mv`)',
    );
  }
}

/**
 * Throws NotUtf8Name when `name`, listed in folder `dirAbs`, is not valid UTF-8; `shownDir` is
 * that folder as a message shows it ('' for none).
 */
export function checkName(dirAbs: string, name: string, shownDir: string): void {
  if (!name.includes('\uFFFD')) return;
  const raw = readdirSync(dirAbs, { encoding: 'buffer' }).find(
    (b) => !isUtf8(b) && b.toString('utf8') === name,
  );
  if (!raw) return; // a real U+FFFD, written in UTF-8
  throw new NotUtf8Name(shownDir === '' ? showBytes(raw) : `${shownDir}/${showBytes(raw)}`);
}

/** Throws NotUtf8Name when the text of the link at `abs` (shown as `shown`) is not valid UTF-8. */
export function checkLinkTarget(abs: string, target: string, shown: string): void {
  if (!target.includes('\uFFFD')) return;
  const raw = readlinkSync(abs, { encoding: 'buffer' });
  if (!isUtf8(raw)) throw new NotUtf8Name(`${shown} -> ${showBytes(raw)}`, 'symlink target');
}

/** Printable ASCII as it is, any other byte as `\xNN`. */
function showBytes(bytes: Buffer): string {
  let out = '';
  for (const b of bytes) {
    out +=
      b >= 0x20 && b < 0x7f && b !== 0x5c
        ? String.fromCharCode(b)
        : `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return out;
}
