/**
 * Where bash's own commands read an argument as code or as a variable name (a name such as
 * `a[$(cmd)]` runs cmd when bash evaluates its index): a value must not be such an argument.
 * Programs that run their arguments as code (`bash -c`, `python -c`, `ssh`) are beyond what
 * a scan of the script can know; the README says so.
 */
import type { Evaluated, ScannedCommand, Word } from './shell-frames.js';

export interface Evaluation {
  why: Evaluated;
  /** The command that reads it, for the message. */
  command?: string;
}

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(\[[^]*?\])?\+?=/;
const TEST_ARITHMETIC = new Set(['-eq', '-ne', '-lt', '-le', '-gt', '-ge']);
const TEST_NAME = new Set(['-v', '-R']);
const RUNS_CODE = new Set(['eval', 'trap', 'compgen', 'complete', 'bind']);
const DECLARES = new Set(['declare', 'typeset', 'local', 'export', 'readonly']);
const READS_INTO = new Set(['read', 'readarray', 'mapfile']);

/** The holes, by index, that a command evaluates, and how. */
export function evaluatedHoles(commands: ScannedCommand[]): Map<number, Evaluation> {
  const found = new Map<number, Evaluation>();
  const mark = (word: Word | undefined, evaluation: Evaluation, before = Infinity) => {
    for (const { hole, at } of word?.holes ?? []) {
      if (at < before && !found.has(hole)) found.set(hole, evaluation);
    }
  };
  for (const { kind, words } of commands) {
    if (kind === 'simple') simpleCommand(words, mark);
    else if (kind === 'array') {
      // `a=([i]=v)`: the index of an indexed array is arithmetic
      for (const w of words)
        if (w.text.startsWith('[')) mark(w, { why: 'index' }, w.text.indexOf('='));
    } else if (words.some((w) => TEST_ARITHMETIC.has(w.text))) {
      words.forEach((w) => mark(w, { why: 'test' }));
    } else if (words.some((w) => TEST_NAME.has(w.text))) {
      words.forEach((w) => mark(w, { why: 'name', command: '[[ -v ]]' }));
    }
  }
  return found;
}

type Mark = (word: Word | undefined, evaluation: Evaluation, before?: number) => void;

function simpleCommand(words: Word[], mark: Mark): void {
  const args = words.filter((w) => !w.redirect);
  let i = 0;
  for (; i < args.length && ASSIGNMENT.test(args[i]?.text ?? ''); i++) {
    const word = args[i];
    mark(word, { why: 'index' }, word?.text.indexOf('=')); // `a[i]=v`
  }
  while (args[i]?.text === 'builtin' || args[i]?.text === 'command') {
    for (i++; args[i]?.text.startsWith('-'); i++);
  }
  const command = args[i]?.text ?? '';
  const rest = args.slice(i + 1);
  const all = (evaluation: Evaluation) => rest.forEach((w) => mark(w, evaluation));
  if (RUNS_CODE.has(command)) all({ why: 'code', command });
  else if (command === 'let') all({ why: 'arithmetic', command });
  else if (READS_INTO.has(command)) all({ why: 'name', command });
  else if (DECLARES.has(command)) declaration(command, rest, mark);
  else if (command === 'printf') printfTarget(rest, mark);
  else if ((command === 'test' || command === '[') && rest.some((w) => TEST_NAME.has(w.text))) {
    all({ why: 'name', command: `${command} -v` });
  }
}

/** `declare NAME=value`: the name; with `-i` (arithmetic) or `-n` (a name) the value too. */
function declaration(command: string, rest: Word[], mark: Mark): void {
  let flags = '';
  let i = 0;
  for (; i < rest.length && /^[-+]/.test(rest[i]?.text ?? ''); i++) flags += rest[i]?.text;
  const why: Evaluated | undefined = flags.includes('i')
    ? 'arithmetic'
    : flags.includes('n')
      ? 'name'
      : undefined;
  for (const word of rest.slice(i)) {
    const eq = word.text.indexOf('=');
    if (why) mark(word, { why, command: `${command} -${flags.includes('i') ? 'i' : 'n'}` });
    else mark(word, { why: 'name', command }, eq < 0 ? Infinity : eq);
  }
}

/** `printf -v NAME`: the name. */
function printfTarget(rest: Word[], mark: Mark): void {
  for (let i = 0; i < rest.length && rest[i]?.text.startsWith('-'); i++) {
    const text = rest[i]?.text ?? '';
    if (text === '--') return;
    if (text === '-v') mark(rest[++i], { why: 'name', command: 'printf -v' });
    else if (text.startsWith('-v')) mark(rest[i], { why: 'name', command: 'printf -v' });
  }
}
