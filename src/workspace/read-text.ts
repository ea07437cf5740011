import { closeSync, constants, fstatSync, readSync } from 'node:fs';
import { openSync } from './observed-fs.js';
import type { NotText } from '../pipeline/types.js';

/** A pipeline or component file is YAML a person writes: far below this. */
const MAX_SOURCE_BYTES = 16 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a file a pipeline is read from, or why it is not one: a FIFO would block the
 * read forever and `/dev/zero` would fill the memory, so only a regular file of a bounded
 * size is read (checked on the open descriptor, so a swap between check and read cannot
 * fool it), and bytes that are not UTF-8 are refused rather than silently replaced.
 */
export function readSourceText(path: string): { text: string } | { problem: string; at?: NotText } {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return { problem: 'no such file' };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { problem: 'not a regular file' };
    if (st.size > MAX_SOURCE_BYTES) {
      return { problem: `${st.size} bytes; a pipeline file may have at most ${MAX_SOURCE_BYTES}` };
    }
    const bytes = Buffer.alloc(st.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, null);
      if (n === 0) break;
      read += n;
    }
    const content = bytes.subarray(0, read);
    const bad = notText(content);
    if (bad) return { problem: bad.notText, at: bad };
    return { text: utf8.decode(content) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Where `bytes` stop being text a person wrote: the first byte that is not part of a UTF-8
 * character (a Latin-1 file, a truncated character), or a NUL byte (a binary file). Located,
 * so that the editor shows where; the excerpt is the text as far as it decodes.
 */
function notText(bytes: Buffer): NotText | undefined {
  const nul = bytes.indexOf(0);
  const invalid = firstInvalidUtf8(nul < 0 ? bytes : bytes.subarray(0, nul));
  const offset = invalid ?? (nul < 0 ? undefined : nul);
  if (offset === undefined) return undefined;
  const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < offset; i = bytes.indexOf(0x0a, i + 1)) line++;
  const column = bytes.subarray(lineStart, offset).toString('utf8').length + 1;
  const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
  const notText =
    invalid === undefined
      ? 'a NUL byte: pipeline and component files are text; no command or value can hold one'
      : `not UTF-8 text: byte 0x${byte} here is not part of a UTF-8 character; save the file as UTF-8`;
  return { notText, line, column, excerpt: bytes.toString('utf8').replaceAll('\0', ' ') };
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 character. */
function firstInvalidUtf8(bytes: Buffer): number | undefined {
  try {
    utf8.decode(bytes);
    return undefined;
  } catch {
    // Only now, for the rare bad file: find where, a character at a time.
  }
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const n =
      b < 0x80
        ? 1
        : b >= 0xc2 && b < 0xe0
          ? 2
          : b >= 0xe0 && b < 0xf0
            ? 3
            : b >= 0xf0 && b < 0xf5
              ? 4
              : 0;
    if (n === 0 || i + n > bytes.length) return i;
    try {
      utf8.decode(bytes.subarray(i, i + n));
    } catch {
      return i;
    }
    i += n;
  }
  return undefined;
}
