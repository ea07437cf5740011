import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../../diagnostics.js';
import { checkWorkflow, compileWorkflow, generatedFrom } from '../../github/compile.js';
import type { WorkflowProblem } from '../../github/limits.js';
import { locate, parseYaml, duplicateKey } from '../../pipeline/yaml-source.js';
import { formatDiagnostic, formatDiagnostics } from '../../report/diagnostics.js';
import { writeFileAtomic } from '../../workspace/atomic-write.js';
import { repositoryRoot } from '../../workspace/git.js';
import { UsageError, type Command } from '../args.js';
import { openOrReport } from '../local.js';

export const compile: Command = {
  name: 'compile',
  summary:
    "Write the pipeline's GitHub workflow under the repository's .github/workflows/: a plan job, a job per step on its runner, and a result job.",
  usage: `pipekit compile [--pipeline FILE] [--check] [--root DIR] [--action REF] [--output FILE]

  --check        do not write; exit 1 when the workflow is missing or stale
  --root DIR     the repository root, where GitHub reads .github/workflows/ (default: the
                 nearest folder up from the pipeline's that holds .git)
  --action REF   the action the jobs use (default: github.action, else pipekit/pipekit@v1)
  --output FILE  default: .github/workflows/pipekit.yml under the root for ROOT/pipeline.yml,
                 .github/workflows/pipekit-<path>.yml for any other pipeline`,
  options: {
    check: { type: 'boolean' },
    root: { type: 'string' },
    action: { type: 'string' },
    output: { type: 'string' },
  },
  async run(values) {
    const file = values.pipeline as string;
    const opened = openOrReport(file);
    if (!opened?.pipeline || !opened.graph) return 1;
    const root = resolve(
      (values.root as string | undefined) ?? repositoryRoot(opened.root) ?? opened.root,
    );
    const compiled = compileWorkflow(opened.pipeline, opened.graph, {
      pipelinePath: pathFromRoot(root, resolve(file)),
      actionRef: values.action as string | undefined,
    });
    if (compiled.text === undefined) {
      const text = opened.sources.get(opened.pipeline.file) ?? '';
      const located = locateProblems(opened.pipeline.file, text, compiled.problems);
      process.stderr.write(`${formatDiagnostics(located, opened.sources)}\n`);
      return 1;
    }
    if (compiled.notes.length > 0) {
      const text = opened.sources.get(opened.pipeline.file) ?? '';
      for (const note of locateProblems(opened.pipeline.file, text, compiled.notes)) {
        process.stderr.write(`${formatDiagnostic(note, text)}\n`);
      }
    }
    const output = resolve(
      (values.output as string | undefined) ?? join(root, compiled.names.workflowFile),
    );
    const shown = relative(process.cwd(), output) || output;
    const existing = readOrUndefined(output);
    if (values.check) {
      const result = checkWorkflow(existing, compiled.text);
      if (result.upToDate) {
        process.stdout.write(`${shown} is up to date\n`);
        return 0;
      }
      process.stderr.write(`${shown} is stale: run \`pipekit compile\`\n${result.diff ?? ''}\n`);
      return 1;
    }
    const owner = existing === undefined ? compiled.names.pipelinePath : generatedFrom(existing);
    if (owner !== compiled.names.pipelinePath) {
      const whose =
        owner === undefined ? 'was not written by pipekit compile' : `is the workflow of ${owner}`;
      process.stderr.write(
        `${shown} ${whose}; it is left as it is. Compile this pipeline to another file with --output.\n`,
      );
      return 1;
    }
    writeFileAtomic(output, compiled.text);
    process.stdout.write(`wrote ${shown}\n`);
    return 0;
  },
};

/** The pipeline's path from the repository root, POSIX style, as every job opens it. */
function pathFromRoot(root: string, file: string): string {
  const path = relative(root, file);
  if (path === '' || path.startsWith('..') || isAbsolute(path)) {
    throw new UsageError(`the pipeline ${file} is not inside the repository root ${root}`);
  }
  return path.split(sep).join('/');
}

function locateProblems(file: string, text: string, problems: WorkflowProblem[]): Diagnostic[] {
  const { yaml } = parseYaml(file, text, { duplicate: duplicateKey });
  return problems.map((problem) => {
    const at = yaml
      ? locate(yaml, { path: problem.path, at: problem.at })
      : { file, line: 1, column: 1 };
    return { code: 'github-limit', message: problem.message, ...at };
  });
}

function readOrUndefined(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  return readFileSync(path, 'utf8');
}
