import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

const POLL_MS = 250;
const CHUNK = 64 * 1024;

/**
 * Follows a step's log file as the step writes it, and hands on each batch of whole lines
 * read (the step writes to the file itself, so following costs the step nothing). `stop`
 * reads what is left, the last line too, after the step has ended.
 */
export function followLog(file: string, onLines: (lines: string[]) => void): { stop(): void } {
  let fd: number | undefined;
  let offset = 0;
  let partial = '';
  const decoder = new StringDecoder('utf8');
  const buffer = Buffer.alloc(CHUNK);
  const read = (final: boolean): void => {
    try {
      fd ??= openSync(file, 'r');
    } catch {
      return; // not created yet: the step has not started writing
    }
    let text = '';
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK, offset);
      if (n <= 0) break;
      offset += n;
      text += decoder.write(buffer.subarray(0, n));
    }
    if (final) text += decoder.end();
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    if (final && partial !== '') {
      lines.push(partial);
      partial = '';
    }
    if (lines.length > 0) onLines(lines);
  };
  const timer = setInterval(() => read(false), POLL_MS);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      read(true);
      if (fd !== undefined) closeSync(fd);
    },
  };
}
