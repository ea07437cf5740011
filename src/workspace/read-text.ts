import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** A pipeline or component file is YAML a person writes: far below this. */
const MAX_SOURCE_BYTES = 16 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a file a pipeline is read from, or why it is not one: a FIFO would block the
 * read forever and `/dev/zero` would fill the memory, so only a regular file of a bounded
 * size is read (checked on the open descriptor, so a swap between check and read cannot
 * fool it), and bytes that are not UTF-8 are refused rather than silently replaced.
 */
export function readSourceText(path: string): { text: string } | { problem: string } {
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
    try {
      return { text: utf8.decode(bytes.subarray(0, read)) };
    } catch {
      return { problem: 'not UTF-8 text' };
    }
  } finally {
    closeSync(fd);
  }
}
