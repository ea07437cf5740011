import type { Diagnostic } from '../diagnostics.js';

/** Past this many, the rest are counted, not printed: the first ones are what to fix. */
const MAX_PRINTED = 100;
/** A longer source line is shown as a window around the caret. */
const MAX_EXCERPT = 160;

/** `file:line:col code message` and, when the source is known, the line with a caret under it. */
export function formatDiagnostic(d: Diagnostic, source?: string): string {
  return formatOne(d, source === undefined ? undefined : source.split(/\r?\n/));
}

function formatOne(d: Diagnostic, lines: readonly string[] | undefined): string {
  const head = `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`;
  const line = lines?.[d.line - 1];
  if (line === undefined) return head;
  const { text, column } = excerpt(line, d.column);
  const gutter = String(d.line).padStart(4);
  const pad = ' '.repeat(gutter.length);
  const caretAt = text.slice(0, Math.max(0, column - 1)).replace(/[^\t]/g, ' ');
  return `${head}\n${gutter} | ${text}\n${pad} | ${caretAt}^`;
}

/** The part of a long line around `column`, marked with `…` where it is cut. */
function excerpt(line: string, column: number): { text: string; column: number } {
  if (line.length <= MAX_EXCERPT) return { text: line, column };
  const half = MAX_EXCERPT / 2;
  const start = Math.max(0, Math.min(column - 1 - half, line.length - MAX_EXCERPT));
  const before = start > 0 ? '…' : '';
  const after = start + MAX_EXCERPT < line.length ? '…' : '';
  const text = `${before}${line.slice(start, start + MAX_EXCERPT)}${after}`;
  return { text, column: column - start + before.length };
}

/**
 * Every diagnostic, in order, each source split into lines once; past MAX_PRINTED the rest
 * are counted. The cost grows with the number of diagnostics, never with its square.
 */
export function formatDiagnostics(diagnostics: Diagnostic[], sources: Map<string, string>): string {
  const split = new Map<string, readonly string[] | undefined>();
  const linesOf = (file: string): readonly string[] | undefined => {
    if (!split.has(file)) split.set(file, sources.get(file)?.split(/\r?\n/));
    return split.get(file);
  };
  const shown = diagnostics.slice(0, MAX_PRINTED).map((d) => formatOne(d, linesOf(d.file)));
  const n = diagnostics.length;
  const more = n > MAX_PRINTED ? `\n\n… and ${n - MAX_PRINTED} more not shown` : '';
  return `${shown.join('\n\n')}${more}\n\n${n} problem${n === 1 ? '' : 's'}`;
}
