import type { Diagnostic } from '../diagnostics.js';
import type { Graph } from '../pipeline/types.js';
import type { Producer } from '../records/manifest.js';
import { formatDuration, formatMetrics } from './format.js';
import { renderMermaid } from './mermaid.js';

/** One step's line in a report, whether from a plan or a run. */
interface ReportRow {
  id: string;
  runner: string;
  status: string;
  reason: string;
  durationMs?: number;
  savedMs?: number;
  key?: string;
  metrics?: Record<string, number>;
  /** Where its outputs were computed, when known. */
  producer?: Producer;
}

/**
 * The job summary: a Mermaid DAG coloured by status, then a table of the steps in `rows`.
 * `status` colours nodes that have no row (the upstream of a step job).
 */
export function renderSummary(
  title: string,
  graph: Graph,
  rows: ReportRow[],
  status: Record<string, string> = {},
): string {
  status = { ...status, ...Object.fromEntries(rows.map((r) => [r.id, r.status])) };
  const table = [
    '| step | runner | status | duration | time saved | key | metrics |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows
      .map((r) =>
        [
          `\`${r.id}\``,
          `\`${r.runner}\``,
          `${r.status}<br/><sub>${escapeCell(r.reason)}</sub>`,
          r.durationMs ? formatDuration(r.durationMs) : '',
          r.savedMs ? formatDuration(r.savedMs) : '',
          r.key ? `\`${r.key.slice(0, 12)}\`${madeBy(r.producer)}` : '',
          escapeCell(formatMetrics(r.metrics, 4)),
        ].join(' | '),
      )
      .map((line) => `| ${line} |`),
  ];
  const saved = rows.reduce((sum, r) => sum + (r.savedMs ?? 0), 0);
  const counts = countBy(rows.map((r) => r.status));
  const tally = Object.entries(counts)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  const footer = `${tally}${saved > 0 ? `; reuse saved ${formatDuration(saved)}` : ''}.`;
  return [
    `## ${title}`,
    '',
    '```mermaid',
    renderMermaid(graph, status),
    '```',
    '',
    ...table,
    '',
    footer,
    '',
  ].join('\n');
}

export function renderDiagnosticsSummary(title: string, diagnostics: Diagnostic[]): string {
  const rows = diagnostics.map(
    (d) =>
      `| \`${escapeCell(`${d.file}:${d.line}:${d.column}`)}\` | \`${d.code}\` | ${escapeCell(d.message)} |`,
  );
  return [`## ${title}`, '', '| where | code | problem |', '| --- | --- | --- |', ...rows, ''].join(
    '\n',
  );
}

/** One Markdown table cell: a pipe would end it and any line break (CR too) the row. */
function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replace(/\r\n?|\n/g, ' ');
}

function countBy(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

/** `run 123 attempt 2, job train`: which workflow run made the outputs a row shows. */
function madeBy(producer: Producer | undefined): string {
  if (!producer) return '';
  const attempt =
    producer.attempt && producer.attempt !== '1' ? ` attempt ${producer.attempt}` : '';
  const job = producer.job ? `, job ${producer.job}` : '';
  return `<br/><sub>${escapeCell(`run ${producer.runId}${attempt}${job}`)}</sub>`;
}
