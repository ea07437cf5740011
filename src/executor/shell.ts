import type { Reference, Template } from '../pipeline/types.js';

/** POSIX single-quoting: the only character needing care inside '...' is ' itself. */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** Renders a command: every `${{ }}` value is quoted, so no value can inject a command. */
export function renderCommand(template: Template, value: (ref: Reference) => string): string {
  return template
    .map((part) => ('text' in part ? part.text : shellQuote(value(part.ref))))
    .join('');
}

/** Renders an env value: not a shell context, so values go in verbatim. */
export function renderText(template: Template, value: (ref: Reference) => string): string {
  return template.map((part) => ('text' in part ? part.text : value(part.ref))).join('');
}
