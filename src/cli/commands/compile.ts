import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { checkWorkflow, compileWorkflow } from '../../github/compile.js';
import type { Command } from '../args.js';
import { openOrReport } from '../local.js';

const DEFAULT_ACTION_REF = 'pipekit/pipekit@v1';

export const compile: Command = {
  name: 'compile',
  summary: 'Write .github/workflows/pipekit.yml: a plan job, then a job per step on its runner.',
  usage: `pipekit compile [--pipeline FILE] [--check] [--action REF] [--output FILE]

  --check        do not write; exit 1 when the workflow is missing or stale
  --action REF   the action the workflow uses (default: ${DEFAULT_ACTION_REF})
  --output FILE  default: .github/workflows/pipekit.yml beside the pipeline`,
  options: {
    check: { type: 'boolean' },
    action: { type: 'string', default: DEFAULT_ACTION_REF },
    output: { type: 'string' },
  },
  async run(values) {
    const file = values.pipeline as string;
    const opened = openOrReport(file);
    if (!opened?.pipeline || !opened.graph) return 1;
    // The workflow runs in a checkout of the repository whose root holds the pipeline.
    const output =
      (values.output as string | undefined) ?? join(dirname(file), '.github/workflows/pipekit.yml');
    const text = compileWorkflow(opened.pipeline, opened.graph, {
      actionRef: values.action as string,
      pipelinePath: basename(file),
    });
    const shown = relative(process.cwd(), output) || output;
    if (values.check) {
      const result = checkWorkflow(readOrUndefined(output), text);
      if (result.upToDate) {
        process.stdout.write(`${shown} is up to date\n`);
        return 0;
      }
      process.stderr.write(`${shown} is stale: run \`pipekit compile\`\n${result.diff ?? ''}\n`);
      return 1;
    }
    mkdirSync(dirname(output), { recursive: true });
    const temp = `${output}.tmp-${process.pid}`;
    writeFileSync(temp, text);
    renameSync(temp, output);
    process.stdout.write(`wrote ${shown}\n`);
    return 0;
  },
};

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
