import type { Diagnostic } from '../diagnostics.js';

/** `file:line:col code message` and, when the source is known, the line with a caret under it. */
export function formatDiagnostic(d: Diagnostic, source?: string): string {
  const head = `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`;
  const text = source?.split(/\r?\n/)[d.line - 1];
  if (text === undefined) return head;
  const gutter = String(d.line).padStart(4);
  const pad = ' '.repeat(gutter.length);
  const caretAt = text.slice(0, Math.max(0, d.column - 1)).replace(/[^\t]/g, ' ');
  return `${head}\n${gutter} | ${text}\n${pad} | ${caretAt}^`;
}

export function formatDiagnostics(diagnostics: Diagnostic[], sources: Map<string, string>): string {
  const body = diagnostics.map((d) => formatDiagnostic(d, sources.get(d.file))).join('\n\n');
  const n = diagnostics.length;
  return `${body}\n\n${n} problem${n === 1 ? '' : 's'}`;
}
