import { closeSync, mkdirSync, openSync, statfsSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A step's log as pipekit writes to it. The log is for people: a write the disk refuses (full,
 * read-only) loses that line, never the step's result, which says what happened on its own.
 */
export class LogFile {
  private constructor(readonly fd: number) {}

  /** Opens (truncates) the log; a fault of the disk throws, for the caller to report. */
  static open(file: string): LogFile {
    try {
      return new LogFile(openSync(file, 'w'));
    } catch {
      // The run's folder is made by its first step; any other fault is told as making it says.
    }
    mkdirSync(dirname(file), { recursive: true });
    return new LogFile(openSync(file, 'w'));
  }

  write(text: string | Buffer): void {
    if (text.length === 0) return;
    try {
      if (typeof text === 'string') writeSync(this.fd, text);
      else writeSync(this.fd, text);
    } catch {
      // The disk refused it: the step's result carries what matters.
    }
  }

  close(): void {
    try {
      closeSync(this.fd);
    } catch {
      // a failed flush on a full disk: the same as a lost line
    }
  }
}

/** Whether the file system holding `path` has no block left for an unprivileged writer. */
export function diskFull(path: string): boolean {
  try {
    return statfsSync(path).bavail === 0;
  } catch {
    return false;
  }
}
