/**
 * `850ms`, `4.2s`, `3m 05s`, `1h 02m`. Each unit is chosen after rounding to the precision it
 * shows, so 999.6 ms is `1.0s`, never `1000ms`, and 59.95 s is `1m 00s`, never `60.0s`.
 */
export function formatDuration(ms: number): string {
  if (Math.round(ms) < 1000) return `${Math.round(ms)}ms`;
  const tenths = Math.round(ms / 100);
  if (tenths < 600) return `${(tenths / 10).toFixed(1)}s`;
  const s = Math.round(ms / 1000);
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  const m = Math.round(ms / 60_000);
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

/** A plain-text table with left-aligned columns. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function formatMetrics(metrics: Record<string, number> | undefined, max = 3): string {
  if (!metrics) return '';
  const entries = Object.entries(metrics);
  const shown = entries
    .slice(0, max)
    .map(([k, v]) => `${k}=${Number.isInteger(v) ? v : v.toFixed(4)}`);
  return entries.length > max ? `${shown.join(' ')} …` : shown.join(' ');
}
