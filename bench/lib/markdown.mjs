// Markdown output.

/**
 * A table as lines of text. `columns`: titles, `:` at the end for a right-aligned column
 * (`'median:'`). `rows`: arrays of cells; a `|` inside a cell is escaped. `compact` writes the
 * separator row as `|---|---:|`, else as `| --- | ---: |`.
 */
export function markdownTable(columns, rows, { compact = false } = {}) {
  const titles = columns.map((c) => c.replace(/:$/, ''));
  const rules = columns.map((c) => (c.endsWith(':') ? '---:' : '---'));
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    line(titles),
    compact ? `|${rules.join('|')}|` : line(rules),
    ...rows.map((cells) => line(cells.map((c) => String(c ?? '').replace(/\|/g, '\\|')))),
  ];
}
