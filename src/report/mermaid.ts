import type { Graph } from '../pipeline/types.js';

const STATUS_STYLE: Record<string, string> = {
  cached: 'fill:#dafbe1,stroke:#1a7f37',
  ran: 'fill:#ddf4ff,stroke:#0969da',
  run: 'fill:#ddf4ff,stroke:#0969da',
  always: 'fill:#fff8c5,stroke:#9a6700',
  pending: 'fill:#fff8c5,stroke:#9a6700',
  failed: 'fill:#ffebe9,stroke:#cf222e',
  skipped: 'fill:#f6f8fa,stroke:#8c959f',
  'not-run': 'fill:#f6f8fa,stroke:#8c959f',
};

/**
 * The DAG as a Mermaid flowchart: step ids as nodes, data edges labelled with the output name,
 * `needs` edges dotted, nodes coloured by status when given. Node ids are positional because
 * Mermaid reads some step ids (`end`, ids with `-`) as syntax.
 */
export function renderMermaid(graph: Graph, status?: Record<string, string>): string {
  const node = new Map(graph.order.map((id, i) => [id, `s${i}`]));
  const lines = ['flowchart LR'];
  for (const id of graph.order) {
    const label = status?.[id] ? `${id}<br/><small>${status[id]}</small>` : id;
    lines.push(`  ${node.get(id)}["${label}"]`);
  }
  const seen = new Set<string>();
  const dataPairs = new Set(graph.edges.filter((e) => e.output).map((e) => `${e.from}>${e.to}`));
  for (const edge of graph.edges) {
    // A `needs` that repeats a data edge adds nothing to the picture.
    if (!edge.output && dataPairs.has(`${edge.from}>${edge.to}`)) continue;
    // Quoted: an output name may hold `--`, which Mermaid would read as the arrow.
    const text = edge.output ? `-- "${edge.output}" -->` : '-.->';
    const line = `  ${node.get(edge.from)} ${text} ${node.get(edge.to)}`;
    if (!seen.has(line)) lines.push(line);
    seen.add(line);
  }
  if (status) {
    const used = [
      ...new Set(graph.order.map((id) => status[id]).filter((s) => s !== undefined)),
    ].sort();
    for (const s of used) {
      const style = STATUS_STYLE[s];
      if (style) lines.push(`  classDef ${className(s)} ${style}`);
    }
    for (const id of graph.order) {
      const s = status[id];
      if (s && STATUS_STYLE[s]) lines.push(`  class ${node.get(id)} ${className(s)}`);
    }
  }
  return lines.join('\n');
}

const className = (status: string): string => status.replace('-', '_');
