/**
 * The word-level half of the step-script scanner: words, simple commands, operators,
 * redirections, `( )`, `[[ ]]`, `case` and reserved words, read in a command list, an array
 * `=( )`, a pattern group or a `[[ ]]`. The quoting half is shell-scan.ts.
 */
import { HOLE, wordFrame } from './shell-frames.js';
import type { ScanState, Word, WordFrame } from './shell-frames.js';

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(\[[^]*?\])?\+?=/;
const ARRAY_START = /^[A-Za-z_][A-Za-z0-9_]*(\[[^]*?\])?\+?=$/;
const REDIRECT_OPERATOR = /^(<<<|<<-|<<|&>>|&>|>>|>&|>\||<&|<>|<|>)/;
const FD = /^(\d+|\{[A-Za-z_][A-Za-z0-9_]*\})$/;
/** Reserved words that are not a command's name: a command may start after each. */
const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'while', 'until', 'do', 'done']);
['{', '}', '!', 'time', 'coproc'].forEach((word) => RESERVED.add(word));

export function stepWords(s: ScanState, f: WordFrame): void {
  const c = s.text[s.pos];
  const next = s.text[s.pos + 1];
  if (c === HOLE) {
    openWord(s, f);
    s.site('word');
    s.pos += 1;
  } else if (c === ' ' || c === '\t' || c === '\n') {
    if (endWord(s, f)) return; // the `]]` ended its frame: the frame around reads the blank
    if (c === '\n') newline(s, f);
    else s.pos += 1;
  } else if (c === '#' && !f.word) {
    s.push({ kind: 'comment' }, 1);
  } else if (c === '\\' && next === '\n') {
    s.pos += 2;
  } else if (c === '\\') {
    openWord(s, f);
    s.escape('word');
  } else if (c === "'" || c === '"') {
    openWord(s, f);
    s.push({ kind: c === "'" ? 'sq' : 'dq' }, 1);
  } else if (c === '`') {
    backtick(s, f);
  } else if (c === '$') {
    openWord(s, f);
    s.dollar('word', true);
  } else if (f.kind === 'test') {
    stepTest(s, f, c, next);
  } else if (f.role === 'commands' && (c === '<' || c === '>' || (c === '&' && next === '>'))) {
    redirect(s, f, c, next);
  } else if (c === '(') {
    openParen(s, f, next);
  } else if (c === ')') {
    closeParen(s, f);
  } else if (f.role === 'commands' && (c === ';' || c === '&' || c === '|')) {
    operator(s, f);
  } else {
    openWord(s, f);
    s.pos += 1;
  }
}

function newline(s: ScanState, f: WordFrame): void {
  if (f.kind === 'list' && f.role === 'commands' && !f.inPattern) flush(s, f);
  s.pos += 1;
  s.startHeredoc();
}

function backtick(s: ScanState, f: WordFrame): void {
  if (f.end !== '`') {
    openWord(s, f);
    s.push(wordFrame('list', 'commands', '`'), 1);
    return;
  }
  endWord(s, f);
  closeWords(s, f);
  s.pop();
  s.pos += 1;
}

/** Inside `[[ ]]`: `<`, `>`, `(`, `)`, `&&`, `||` are operators, not redirections or lists. */
function stepTest(s: ScanState, f: WordFrame, c: string | undefined, next: string | undefined) {
  if (c === '(' && f.word) {
    s.push(wordFrame('list', 'group', ')'), 1); // an extglob pattern
    return;
  }
  if (!'()<>;&|'.includes(c ?? '')) {
    openWord(s, f);
    s.pos += 1;
    return;
  }
  if (endWord(s, f)) return;
  const pair = (c === '&' || c === '|') && next === c;
  s.pos += pair ? 2 : 1;
}

function redirect(s: ScanState, f: WordFrame, c: string, next: string | undefined): void {
  if (c !== '&' && next === '(') {
    openWord(s, f);
    s.push(wordFrame('list', 'commands', ')'), 2); // a process substitution <( ) or >( )
    return;
  }
  if (f.word && FD.test(s.text.slice(f.word.start, s.pos))) f.word.redirect = true;
  endWord(s, f);
  const op = REDIRECT_OPERATOR.exec(s.text.slice(s.pos, s.pos + 3))?.[0] ?? c;
  f.pending = op === '<<' ? 'heredoc' : op === '<<-' ? 'heredoc-strip' : 'redirect';
  s.pos += op.length;
}

function openParen(s: ScanState, f: WordFrame, next: string | undefined): void {
  const word = f.word ? s.text.slice(f.word.start, s.pos) : undefined;
  if (word !== undefined) {
    if (f.role !== 'commands' || /[@!*+?]$/.test(word)) {
      s.push(wordFrame('list', 'group', ')'), 1); // an extglob pattern
    } else if (ARRAY_START.test(word)) {
      s.push(wordFrame('list', 'array', ')'), 1);
    } else if (next === ')') {
      s.pos += 2; // `name()`: a function definition
    } else {
      endWord(s, f); // `(` is a metacharacter: `for((`, `if((` end their word
      openParen(s, f, next);
    }
    return;
  }
  if (f.role !== 'commands') {
    openWord(s, f);
    s.push(wordFrame('list', 'group', ')'), 1);
  } else if (f.inPattern) {
    s.pos += 1; // the optional `(` before a case pattern
  } else if (next === '(' && (commandPosition(f) || isFor(f))) {
    s.push({ kind: 'arith', end: '))', depth: 0 }, 2);
  } else {
    flush(s, f);
    s.push(wordFrame('list', 'commands', ')'), 1); // a subshell
  }
}

function closeParen(s: ScanState, f: WordFrame): void {
  endWord(s, f);
  if (f.role === 'commands' && f.inPattern) {
    f.words = [];
    f.inPattern = false;
  } else if (f.end === ')') {
    closeWords(s, f);
    s.pop();
  }
  s.pos += 1;
}

function operator(s: ScanState, f: WordFrame): void {
  endWord(s, f);
  flush(s, f);
  const three = s.text.slice(s.pos, s.pos + 3);
  if (three === ';;&' || three.startsWith(';;') || three.startsWith(';&')) {
    if (f.caseDepth > 0) f.inPattern = true;
    s.pos += three === ';;&' ? 3 : 2;
    return;
  }
  s.pos += ['&&', '||', '|&'].includes(three.slice(0, 2)) ? 2 : 1;
}

function openWord(s: ScanState, f: WordFrame): void {
  if (f.word) return;
  f.word = { start: s.pos, redirect: f.pending !== undefined };
  if (f.pending === 'heredoc' || f.pending === 'heredoc-strip') {
    f.word.heredoc = { strip: f.pending === 'heredoc-strip' };
  }
  f.pending = undefined;
}

/** Ends the open word; true when it was the `]]` that closes its frame. */
export function endWord(s: ScanState, f: WordFrame): boolean {
  const open = f.word;
  if (!open) return false;
  f.word = undefined;
  const text = s.text.slice(open.start, s.pos);
  const holes: Word['holes'] = [];
  for (let at = text.indexOf(HOLE); at >= 0; at = text.indexOf(HOLE, at + 1)) {
    const hole = s.holeAt(open.start + at);
    if (hole !== undefined) holes.push({ hole, at });
  }
  const word: Word = { text, holes, redirect: open.redirect };
  if (open.heredoc) delimiter(s, word, open.start, open.heredoc.strip);
  if (f.kind === 'test' && text === ']]') {
    closeWords(s, f);
    s.pop();
    return true;
  }
  if (f.kind === 'test' || f.role !== 'commands') f.words.push(word);
  else commandWord(s, f, word);
  return false;
}

function commandWord(s: ScanState, f: WordFrame, word: Word): void {
  const { text } = word;
  if (f.inPattern) {
    if (text === 'esac') closeCase(f);
    return; // a pattern, not a command
  }
  if (f.dropNext) {
    f.dropNext = false;
    return;
  }
  const first = !word.redirect && f.words.every((w) => w.redirect);
  if (first && text === '[[') return s.push(wordFrame('test', 'commands', ']]'), 0);
  if (first && RESERVED.has(text)) return;
  if (first && text === 'esac') return closeCase(f);
  if (first && text === 'function') {
    f.dropNext = true;
    return;
  }
  if (first && text.endsWith('()')) return; // a function definition's name
  f.words.push(word);
  const args = f.words.filter((w) => !w.redirect);
  if (args.length === 3 && args[0]?.text === 'case' && text === 'in') {
    f.words = [];
    f.caseDepth += 1;
    f.inPattern = true;
  }
}

function closeCase(f: WordFrame): void {
  f.caseDepth = Math.max(0, f.caseDepth - 1);
  f.inPattern = false;
}

/** A here-document's delimiter: quoted, its body is literal; a `${{ }}` in it is literal too. */
function delimiter(s: ScanState, word: Word, start: number, strip: boolean): void {
  for (const { at } of word.holes) s.site('word', 'delimiter', start + at);
  const quoted = /['"\\]/.test(word.text);
  s.heredocs.push({ delimiter: word.text.replace(/['"\\]/g, ''), strip, quoted });
}

/** Records what a frame read when it ends. */
export function closeWords(s: ScanState, f: WordFrame): void {
  if (f.kind === 'test') s.commands.push({ kind: 'test', words: f.words });
  else if (f.role === 'array') s.commands.push({ kind: 'array', words: f.words });
  else if (f.role === 'commands') flush(s, f);
  f.words = [];
}

function flush(s: ScanState, f: WordFrame): void {
  if (f.words.length > 0) s.commands.push({ kind: 'simple', words: f.words });
  f.words = [];
}

function commandPosition(f: WordFrame): boolean {
  return f.words.every((w) => w.redirect || ASSIGNMENT.test(w.text));
}

function isFor(f: WordFrame): boolean {
  return f.words.length === 1 && f.words[0]?.text === 'for';
}
