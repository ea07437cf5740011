/**
 * The vocabulary of the step-script scanner (shell-scan.ts, shell-words.ts): what it says
 * about each `${{ }}`, and the frames it keeps while reading nested quotes and substitutions.
 */

/** Stands for a `${{ }}` in the scanned text (a NUL cannot be in a script bash runs). */
export const HOLE = '\0';

/** What a parameter expansion written in the hole needs: its own quotes (`word`) or none. */
export type Quoting = 'word' | 'quoted' | 'comment';
/** Where bash would not expand it: the command would see the substitution's text. */
export type Literal =
  'single-quotes' | 'ansi-c-quotes' | 'quoted-heredoc' | 'delimiter' | 'escaped';
/** Where bash would read the value as code, or as a variable name (which can hold code). */
export type Evaluated = 'arithmetic' | 'parameter' | 'index' | 'test' | 'code' | 'name';

export interface HoleSite {
  quoting: Quoting;
  literal?: Literal;
  evaluated?: Evaluated;
}

export interface Word {
  text: string;
  /** The holes of the word: the n-th hole of the script, at its offset in `text`. */
  holes: { hole: number; at: number }[];
  /** A redirection's target or file descriptor: not an argument. */
  redirect: boolean;
}

/** A simple command, the words of a `[[ ]]`, or the elements of a compound array `=( )`. */
export interface ScannedCommand {
  kind: 'simple' | 'test' | 'array';
  words: Word[];
}

export interface Scan {
  /** By hole: the n-th `${{ }}` of the script. */
  sites: HoleSite[];
  commands: ScannedCommand[];
}

interface OpenWord {
  start: number;
  redirect: boolean;
  heredoc?: { strip: boolean };
}

/** Where words are read: a command list, an array or pattern group `( )`, or a `[[ ]]`. */
export interface WordFrame {
  kind: 'list' | 'test';
  role: 'commands' | 'array' | 'group';
  end: ')' | '`' | 'eof' | ']]';
  words: Word[];
  word?: OpenWord;
  /** What the next word is, after a redirection operator. */
  pending?: 'redirect' | 'heredoc' | 'heredoc-strip';
  /** `case … in` open in this list, and whether a pattern comes next. */
  caseDepth: number;
  inPattern: boolean;
  /** The word after `function` is a name, not a command. */
  dropNext: boolean;
}

export interface Heredoc {
  delimiter: string;
  strip: boolean;
  quoted: boolean;
}

export type ExpressionFrame =
  { kind: 'arith'; end: '))' | ']'; depth: number } | { kind: 'param'; depth: number };

export type Frame =
  | WordFrame
  | ExpressionFrame
  | { kind: 'dq' | 'sq' | 'ansi' | 'comment' }
  | { kind: 'heredoc'; doc: Heredoc };

/** The scanner as the word-level half (shell-words.ts) sees it. */
export interface ScanState {
  readonly text: string;
  pos: number;
  readonly stack: Frame[];
  readonly commands: ScannedCommand[];
  /** Here-documents whose body starts after the next newline, in order. */
  readonly heredocs: Heredoc[];
  push(frame: Frame, skip: number): void;
  pop(): void;
  site(quoting: Quoting, literal?: Literal, at?: number): void;
  escape(quoting: Quoting, literal?: Literal): void;
  dollar(quoting: Quoting, quotes: boolean): void;
  startHeredoc(): void;
  /** The n-th hole of the script at offset `at`, if one is there. */
  holeAt(at: number): number | undefined;
}

export function wordFrame(
  kind: WordFrame['kind'],
  role: WordFrame['role'],
  end: WordFrame['end'],
): WordFrame {
  return { kind, role, end, words: [], caseDepth: 0, inPattern: false, dropNext: false };
}
