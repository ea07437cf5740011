import { getStep } from '../../pipeline/graph.js';
import { renderMermaid } from '../../report/mermaid.js';
import { UsageError, type Command } from '../args.js';
import { openOrReport } from '../local.js';

export const validate: Command = {
  name: 'validate',
  summary:
    'Check the pipeline and its components; print every problem with its file, line and column.',
  usage: 'pipekit validate [--pipeline FILE]',
  options: {},
  async run(values) {
    const file = values.pipeline as string;
    const opened = openOrReport(file);
    if (!opened?.pipeline) return 1;
    const n = opened.pipeline.steps.length;
    process.stdout.write(`${file}: valid, ${n} step${n === 1 ? '' : 's'}\n`);
    return 0;
  },
};

export const graph: Command = {
  name: 'graph',
  summary: 'Print the pipeline DAG as Mermaid (data edges labelled with the output) or JSON.',
  usage: 'pipekit graph [--pipeline FILE] [--format mermaid|json]',
  options: { format: { type: 'string', default: 'mermaid' } },
  async run(values) {
    const format = values.format as string;
    if (format !== 'mermaid' && format !== 'json') {
      throw new UsageError(`--format ${format}: expected mermaid or json`);
    }
    const opened = openOrReport(values.pipeline as string);
    if (!opened?.graph || !opened.pipeline) return 1;
    const { graph: dag, pipeline } = opened;
    const text =
      format === 'mermaid'
        ? renderMermaid(dag)
        : JSON.stringify(
            {
              steps: dag.order.map((id) => {
                const step = getStep(pipeline, id);
                return { id, runner: step.runner, uses: step.uses ?? null };
              }),
              edges: dag.edges,
            },
            null,
            2,
          );
    process.stdout.write(`${text}\n`);
    return 0;
  },
};
