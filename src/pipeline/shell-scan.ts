/**
 * How bash reads the text around each `${{ }}` of a step's script: which quotes surround it,
 * whether bash expands there at all, whether arithmetic or `${…}` evaluates it, and the simple
 * commands it is an argument of. Not a full bash parser: it follows quoting, nesting
 * (`$( )`, backticks, `${ }`, `$(( ))`, `(( ))`, `[[ ]]`), comments, here-documents and
 * `case`, which is what decides how a value reaches the command (docs/architecture.md,
 * "The step shell"). This half reads quotes and expansions; shell-words.ts reads words.
 */
import { HOLE, wordFrame } from './shell-frames.js';
import type {
  ExpressionFrame,
  Frame,
  Heredoc,
  HoleSite,
  Literal,
  Quoting,
  Scan,
  ScannedCommand,
  ScanState,
} from './shell-frames.js';
import { closeWords, endWord, stepWords } from './shell-words.js';

/** Scans `text`, in which each `${{ }}` is a `HOLE`. */
export function scanShell(text: string): Scan {
  const scanner = new Scanner(text);
  while (scanner.pos < text.length) scanner.step();
  scanner.finish();
  return { sites: scanner.sites, commands: scanner.commands };
}

class Scanner implements ScanState {
  pos = 0;
  readonly stack: Frame[] = [wordFrame('list', 'commands', 'eof')];
  readonly sites: HoleSite[] = [];
  readonly commands: ScannedCommand[] = [];
  readonly heredocs: Heredoc[] = [];
  private readonly holes = new Map<number, number>();

  constructor(readonly text: string) {
    for (let i = text.indexOf(HOLE); i >= 0; i = text.indexOf(HOLE, i + 1)) {
      this.holes.set(i, this.holes.size);
    }
  }

  holeAt(at: number): number | undefined {
    return this.holes.get(at);
  }

  push(frame: Frame, skip: number): void {
    this.stack.push(frame);
    this.pos += skip;
  }

  pop(): void {
    this.stack.pop();
  }

  /** Records the hole at `at` (default: here), seen from the frames open now. */
  site(quoting: Quoting, literal?: Literal, at = this.pos): void {
    const hole = this.holes.get(at);
    if (hole === undefined) throw new Error(`shell scanner: no hole at ${at}`);
    const site: HoleSite = { quoting };
    if (literal) site.literal = literal;
    if (this.stack.some((f) => f.kind === 'arith')) site.evaluated = 'arithmetic';
    else if (this.stack.some((f) => f.kind === 'param')) site.evaluated = 'parameter';
    this.sites[hole] = site;
  }

  /** A backslash and the character it escapes: a hole there would be escaped too. */
  escape(quoting: Quoting, literal: Literal = 'escaped'): void {
    if (this.text[this.pos + 1] === HOLE) this.site(quoting, literal, this.pos + 1);
    this.pos += 2;
  }

  /** `$` and what it opens; `$'…'` and `$"…"` are quotes only where `quotes`. */
  dollar(quoting: Quoting, quotes: boolean): void {
    const next = this.text[this.pos + 1];
    if (next === HOLE) {
      // `$` then `"${…}"` would read as `$"…"`: a substitution cannot follow a bare `$`.
      this.site(quoting, 'escaped', this.pos + 1);
      this.pos += 2;
    } else if (this.text.startsWith('$((', this.pos)) {
      this.push({ kind: 'arith', end: '))', depth: 0 }, 3);
    } else if (next === '(') {
      this.push(wordFrame('list', 'commands', ')'), 2);
    } else if (next === '[') {
      this.push({ kind: 'arith', end: ']', depth: 0 }, 2);
    } else if (next === '{') {
      this.push({ kind: 'param', depth: 0 }, 2);
    } else if (quotes && (next === "'" || next === '"')) {
      this.push({ kind: next === "'" ? 'ansi' : 'dq' }, 2);
    } else {
      this.pos += 1;
    }
  }

  step(): void {
    const frame = this.stack[this.stack.length - 1];
    switch (frame?.kind) {
      case 'list':
      case 'test':
        return stepWords(this, frame);
      case 'dq':
        return this.stepQuoted('"');
      case 'heredoc':
        return this.stepHeredoc(frame.doc);
      case 'sq':
        return this.stepLiteral('single-quotes');
      case 'ansi':
        return this.stepLiteral('ansi-c-quotes');
      case 'comment':
        return this.stepComment();
      case 'arith':
      case 'param':
        return this.stepExpression(frame);
      case undefined:
        throw new Error('shell scanner: no frame');
    }
  }

  /** In "…" (`close` is `"`), or in the body of an unquoted here-document (no `close`). */
  private stepQuoted(close: '"' | undefined): void {
    const c = this.text[this.pos];
    if (c === close) {
      this.pop();
      this.pos += 1;
    } else if (c === HOLE) {
      this.site('quoted');
      this.pos += 1;
    } else if (c === '\\') {
      this.escape('quoted');
    } else if (c === '$') {
      this.dollar('quoted', false);
    } else if (c === '`') {
      this.push(wordFrame('list', 'commands', '`'), 1);
    } else {
      this.pos += 1;
    }
  }

  /** In '…' or $'…': nothing expands. */
  private stepLiteral(literal: Literal): void {
    const c = this.text[this.pos];
    if (c === '\\' && literal === 'ansi-c-quotes') return this.escape('quoted', literal);
    if (c === "'") this.pop();
    else if (c === HOLE) this.site('quoted', literal);
    this.pos += 1;
  }

  private stepComment(): void {
    const c = this.text[this.pos];
    if (c === '\n') return this.pop(); // the newline ends the command line around it
    if (c === HOLE) this.site('comment');
    this.pos += 1;
  }

  private stepHeredoc(doc: Heredoc): void {
    const c = this.text[this.pos];
    if (c === '\n') {
      this.pos += 1;
      this.lineStart();
    } else if (doc.quoted) {
      if (c === HOLE) this.site('quoted', 'quoted-heredoc');
      this.pos += 1;
    } else if (c === '\\' && this.text[this.pos + 1] === '\n') {
      this.pos += 2; // a continued line is no delimiter
    } else {
      this.stepQuoted(undefined);
    }
  }

  /** At the start of a line of a here-document: its delimiter ends it, and the next begins. */
  private lineStart(): void {
    const frame = this.stack[this.stack.length - 1];
    if (frame?.kind !== 'heredoc') return;
    const end = this.text.indexOf('\n', this.pos);
    const lineEnd = end < 0 ? this.text.length : end;
    const line = this.text.slice(this.pos, lineEnd);
    if ((frame.doc.strip ? line.replace(/^\t+/, '') : line) !== frame.doc.delimiter) return;
    this.pos = Math.min(lineEnd + 1, this.text.length);
    this.pop();
    this.startHeredoc();
  }

  startHeredoc(): void {
    const doc = this.heredocs.shift();
    if (!doc) return;
    this.stack.push({ kind: 'heredoc', doc });
    this.lineStart();
  }

  /** In `$(( ))`, `(( ))`, `$[ ]` or `${ }`, up to the closing bracket at depth 0. */
  private stepExpression(frame: ExpressionFrame): void {
    const c = this.text[this.pos];
    const [open, close] = frame.kind === 'param' ? ['{', '}'] : ['(', frame.end[0]];
    if (c === close && frame.depth === 0) {
      const double = frame.kind === 'arith' && frame.end === '))';
      if (double && this.text[this.pos + 1] !== ')') {
        this.pos += 1; // a lone `)` at depth 0: bash reports it
        return;
      }
      this.pop();
      this.pos += double ? 2 : 1;
    } else if (c === open) {
      frame.depth += 1;
      this.pos += 1;
    } else if (c === (frame.kind === 'param' ? '}' : ')')) {
      frame.depth = Math.max(0, frame.depth - 1);
      this.pos += 1;
    } else if (c === "'") {
      this.push({ kind: 'sq' }, 1);
    } else if (c === '"') {
      this.push({ kind: 'dq' }, 1);
    } else {
      this.stepQuoted(undefined);
    }
  }

  /** At the end of the text every open word, command and frame is closed. */
  finish(): void {
    for (let frame = this.stack.at(-1); frame; frame = this.stack.at(-1)) {
      if (frame.kind === 'list' || frame.kind === 'test') {
        if (frame.word) {
          endWord(this, frame);
          continue;
        }
        closeWords(this, frame);
      }
      this.pop();
    }
  }
}
