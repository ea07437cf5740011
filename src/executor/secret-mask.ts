import type { ChildProcess } from 'node:child_process';
import type { LogFile } from './log-file.js';

const MASK = Buffer.from('***');

/**
 * A line of a multi-line secret shorter than this is not masked on its own: the `{` and `}`
 * of a JSON key file would otherwise mask every brace of every log.
 */
const MIN_LINE_LENGTH = 4;

/**
 * What to mask for a secret value: the value, the value as a JSON string holds it (quotes,
 * backslashes and newlines escaped), and each line of a multi-line one (a key file printed
 * line by line, or indented differently), trimmed.
 */
export function maskedForms(value: string): string[] {
  if (value === '') return [];
  const lines = value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length >= MIN_LINE_LENGTH);
  const json = JSON.stringify(value).slice(1, -1);
  return [...new Set([value, json, ...(lines.length > 1 ? lines : [])])];
}

/** One output stream of a process, masked as it comes. */
interface MaskStream {
  /** The masked bytes that can be written now; a tail that may begin a secret is held back. */
  push(chunk: Buffer): Buffer;
  /** What was held back, masked, once the stream has ended. */
  end(): Buffer;
}

/**
 * Replaces the bytes of every secret value by `***`, in streams cut anywhere (the same value
 * split over two writes of a process, or inside a UTF-8 sequence) and in texts.
 */
export class SecretMask {
  /** Longest first, so that of two secrets found at one place the longer one is masked. */
  private readonly needles: Buffer[];
  private readonly longest: number;

  constructor(values: readonly string[]) {
    const forms = new Set(values.flatMap(maskedForms));
    this.needles = [...forms].map((form) => Buffer.from(form)).sort((a, b) => b.length - a.length);
    this.longest = this.needles[0]?.length ?? 0;
  }

  /** Whether there is anything to mask. */
  get active(): boolean {
    return this.needles.length > 0;
  }

  stream(): MaskStream {
    let pending = Buffer.alloc(0);
    return {
      push: (chunk) => {
        const { out, rest } = this.scan(Buffer.concat([pending, chunk]), false);
        pending = Buffer.from(rest); // a copy: the chunk it was cut from can be freed
        return out;
      },
      end: () => {
        const { out } = this.scan(pending, true);
        pending = Buffer.alloc(0);
        return out;
      },
    };
  }

  text(text: string): string {
    if (!this.active) return text;
    return this.scan(Buffer.from(text), true).out.toString();
  }

  /**
   * Masks `buf` from the left: the earliest match, the longest among equals. Unless `final`,
   * it stops where the rest of `buf` may begin a secret that the next chunk completes, when
   * that is no later than the next match, so a value is never shown in part either.
   */
  private scan(buf: Buffer, final: boolean): { out: Buffer; rest: Buffer } {
    if (!this.active) return { out: buf, rest: Buffer.alloc(0) };
    const out: Buffer[] = [];
    let pos = 0;
    for (;;) {
      const match = this.nextMatch(buf, pos);
      const held = final ? undefined : this.partialAt(buf, pos);
      if (held !== undefined && (match === undefined || held <= match.index)) {
        out.push(buf.subarray(pos, held));
        return { out: Buffer.concat(out), rest: buf.subarray(held) };
      }
      if (match === undefined) break;
      out.push(buf.subarray(pos, match.index), MASK);
      pos = match.index + match.length;
    }
    out.push(buf.subarray(pos));
    return { out: Buffer.concat(out), rest: Buffer.alloc(0) };
  }

  private nextMatch(buf: Buffer, from: number): { index: number; length: number } | undefined {
    let best: { index: number; length: number } | undefined;
    for (const needle of this.needles) {
      const index = buf.indexOf(needle, from);
      if (index >= 0 && (best === undefined || index < best.index)) {
        best = { index, length: needle.length };
      }
    }
    return best;
  }

  /** The first position from `from` where the rest of `buf` is a proper prefix of a secret. */
  private partialAt(buf: Buffer, from: number): number | undefined {
    for (let at = Math.max(from, buf.length - this.longest + 1); at < buf.length; at++) {
      const tail = buf.subarray(at);
      if (
        this.needles.some((n) => n.length > tail.length && n.subarray(0, tail.length).equals(tail))
      )
        return at;
    }
    return undefined;
  }
}

/**
 * Writes the process's output to the log with every secret masked. A process the step left
 * in the background may hold the pipes open after the step exits: they are read while output
 * comes, then let go (at the latest PIPE_MAX_MS after the exit), so that the step ends.
 */
export function maskOutput(child: ChildProcess, mask: SecretMask, log: LogFile): void {
  let received = 0;
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    const masked = mask.stream();
    stream.on('data', (chunk: Buffer) => {
      received += chunk.length;
      log.write(masked.push(chunk));
    });
    stream.on('close', () => log.write(masked.end()));
  }
  child.on('exit', () => {
    const exited = Date.now();
    let seen = received;
    // Checked after a poll phase (setImmediate), so output that waited while the event loop
    // was busy (another step's outputs being digested) is read before the pipes are let go.
    const check = (): void => {
      setImmediate(() => {
        if (received !== seen && Date.now() - exited < PIPE_MAX_MS) {
          seen = received;
          setTimeout(check, PIPE_IDLE_MS).unref();
        } else {
          child.stdout?.destroy();
          child.stderr?.destroy();
        }
      });
    };
    setTimeout(check, PIPE_IDLE_MS).unref();
  });
}

/** After the step exits, its pipes are let go once they were quiet this long... */
const PIPE_IDLE_MS = 1_000;
/** ...or this long after the exit, whatever still comes. */
const PIPE_MAX_MS = 30_000;
