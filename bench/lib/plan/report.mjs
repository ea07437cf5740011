// bench/plan.mjs's output: a Markdown table per shape, or with --json one object a line.
import { markdownTable } from '../markdown.mjs';
import { CALLS_PER_HIT, LOOKUP_CONCURRENCY } from './pipeline.mjs';

const round = (ms) => Math.round(ms);

/** One JSON line per shape and variant. */
export function printJson(results, { startup, bundleHash }) {
  for (const rows of results)
    for (const r of rows) {
      console.log(JSON.stringify({ ...r, nodeStartupMs: round(startup), bundle: bundleHash }));
    }
}

/** The tables: `results` holds, per shape, the rows of `cache: false`, 0 ms and the latency. */
export function printTables(results, { steps, latency, runs, startup, bundleHash }) {
  console.log(
    `# pipekit plan: ${steps} cached steps, ${latency} ms added per service call, ` +
      `median of ${runs} (fresh clone each)\n`,
  );
  console.log(`dist/index.js sha256 ${bundleHash}, Node ${process.versions.node}\n`);
  console.log(`\`node -e 0\` start-up: ${round(startup)} ms (median of ${runs})\n`);
  for (const rows of results) {
    const [none, base, slow] = rows;
    console.log(
      `## ${base.shape} (${base.waves} sequential lookup wave${base.waves === 1 ? '' : 's'})\n`,
    );
    const columns = ['plan', 'median ms:', 'min ms:', 'calls/plan:', 'peak in flight:', 'vs 0 ms:'];
    const cells = rows.map((r) => [
      r.cache ? `${r.latencyMs} ms/call` : 'cache: false',
      r.medianMs,
      r.minMs,
      r.calls,
      r.peakInFlight,
      `${r.ratio.toFixed(2)}x`,
    ]);
    for (const line of markdownTable(columns, cells)) console.log(line);
    const local = base.medianMs - none.medianMs;
    console.log(
      `\nLookups at 0 ms: ${local} ms over cache: false (${(local / steps).toFixed(1)} ms a step).`,
    );
    if (slow) {
      const added = slow.medianMs - base.medianMs;
      console.log(
        `Added by ${slow.latencyMs} ms/call: ${added} ms = ${(added / slow.latencyMs).toFixed(1)} ` +
          `sequential calls; a lookup per step (${LOOKUP_CONCURRENCY} at once, ` +
          `${CALLS_PER_HIT} calls each, ${slow.waves} waves) could not go under ${slow.floorMs} ms.`,
      );
    }
    console.log('');
  }
}
