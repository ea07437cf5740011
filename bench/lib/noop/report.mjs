// bench/noop.mjs's output: a Markdown table per N, and with --json one object a line per tool.
import { cpus } from 'node:os';
import { markdownTable } from '../markdown.mjs';
import { formatMs, summary } from '../stats.mjs';
import { TURBO_VERSION } from './turbo-install.mjs';

/** The heading above the tables: versions, machine, seed and the two commands. */
export function reportHeading({ seed, cli }) {
  return (
    `## pipekit vs Turborepo ${TURBO_VERSION}: no-op rerun\n\n` +
    `Node ${process.version}, ${cpus().length} cores, ${process.platform}-${process.arch}; seed ${seed}; ` +
    `pipekit: \`node ${cli} run\`; turbo: \`turbo run build --concurrency=2 --output-logs=none\`.\n\n`
  );
}

/**
 * The table for one N. `measured`: `{ name, samples, problems, fill, network }` per timed side,
 * `unavailable`: `{ name, note }` per tool that could not be timed. `emit` writes a JSON line.
 */
export function reportSize({ n, edges, roots, runs, warmup }, measured, unavailable, emit) {
  const rows = [];
  const results = {};
  for (const side of measured) {
    const s = summary(side.samples);
    results[side.name] = s;
    const note = [side.problems.join('; '), side.network ? `network: ${side.network}` : '']
      .filter(Boolean)
      .join('; ');
    const fill =
      side.fill && `${formatMs(side.fill.ms)}${side.fill.how ? ` (${side.fill.how})` : ''}`;
    rows.push([
      side.name,
      formatMs(s?.median),
      formatMs(s?.min),
      formatMs(s?.max),
      fill ?? formatMs(),
      note,
    ]);
    emit({
      tool: side.name,
      n,
      runs: side.samples.length,
      median_ms: s && +s.median.toFixed(2),
      min_ms: s && +s.min.toFixed(2),
      max_ms: s && +s.max.toFixed(2),
      first_run_ms: side.fill !== undefined ? +side.fill.ms.toFixed(1) : undefined,
      ok: side.problems.length === 0,
      note: note || undefined,
    });
  }
  for (const tool of unavailable) {
    rows.push([tool.name, ...Array(4).fill(formatMs()), tool.note.split('\n')[0]]);
    emit({ tool: tool.name, n, ok: false, note: tool.note });
  }
  const pk = results.pipekit;
  const tb = results.turbo;
  const ratio = pk && tb ? { median: pk.median / tb.median, min: pk.min / tb.min } : undefined;
  if (ratio)
    emit({
      tool: 'pipekit/turbo',
      n,
      ratio_median: +ratio.median.toFixed(3),
      ratio_min: +ratio.min.toFixed(3),
    });

  const columns = ['tool', 'median:', 'min:', 'max:', 'first run (1 sample):', 'notes'];
  const lines = [
    `### No-op rerun, N = ${n} steps (${edges} data edges, ${roots} roots; ${runs} runs, ${warmup} warm-up)`,
    '',
    ...markdownTable(columns, rows, { compact: true }),
    '',
    ratio
      ? `pipekit/turbo: **${ratio.median.toFixed(2)}×** on medians, ${ratio.min.toFixed(2)}× on mins (lower is better)`
      : 'pipekit/turbo: – (one side unavailable)',
    '',
  ];
  return `${lines.join('\n')}\n`;
}
