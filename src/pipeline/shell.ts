import { substituteTemplate } from './expressions.js';
import type { Reference, Template } from './types.js';

/**
 * The shell every `setup` and `run` executes with. The executor spawns exactly this and the
 * key hashes its text, so a change of shell is a change of every key.
 */
export const STEP_SHELL = { command: 'bash', args: ['-e'] } as const;
export const STEP_SHELL_TEXT = [STEP_SHELL.command, ...STEP_SHELL.args].join(' ');

/** POSIX single-quoting: the only character needing care inside '...' is ' itself. */
function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** Renders a command: every `${{ }}` value is quoted, so no value can inject a command. */
export function renderCommand(template: Template, value: (ref: Reference) => string): string {
  return substituteTemplate(template, (ref) => shellQuote(value(ref)));
}
