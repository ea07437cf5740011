import * as core from '@actions/core';
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { checkWorkflow, compileWorkflow, generatedFrom } from '../github/compile.js';
import { workflowNames } from '../github/naming.js';
import { readCommittedWorkflow, stepsWithoutJob } from '../github/stale.js';
import type { Graph, Pipeline } from '../pipeline/types.js';
import { locate, parseYaml, duplicateKey } from '../pipeline/yaml-source.js';

/**
 * The pipeline's path from the repository root (the workspace, the action's cwd), as the
 * compiled workflow passes it; `./pipeline.yml` is `pipeline.yml`.
 */
export function pipelinePathOf(input: string): string {
  return posix.normalize(input.replaceAll('\\', '/')).replace(/^\.\//, '');
}

/**
 * The workflow file this run was started from (GITHUB_WORKFLOW_REF:
 * `owner/repo/.github/workflows/pipekit.yml@refs/heads/main`), else the one `pipekit compile`
 * writes for the pipeline.
 */
export function runningWorkflowFile(pipelinePath: string, env: NodeJS.ProcessEnv): string {
  const ref = env.GITHUB_WORKFLOW_REF ?? '';
  const match = /^[^/]+\/[^/]+\/(.+?)@/.exec(ref);
  return match?.[1] ?? workflowNames(pipelinePath).workflowFile;
}

/**
 * The plan job's own `compile --check`: a committed workflow that `pipekit compile` wrote for
 * this pipeline must be what it compiles to now, or a pull request that adds a step without
 * recompiling would go green with the step never run. Fails the job with an annotation on the
 * pipeline file; true when the workflow is current or not pipekit's to check (a hand-written
 * workflow, or none at this path).
 */
export async function checkCommittedWorkflow(
  pipeline: Pipeline,
  graph: Graph,
  pipelineInput: string,
  env: NodeJS.ProcessEnv,
): Promise<boolean> {
  const pipelinePath = pipelinePathOf(pipelineInput);
  const workflowFile = runningWorkflowFile(pipelinePath, env);
  if (!existsSync(workflowFile)) return true;
  const existing = readFileSync(workflowFile, 'utf8');
  if (generatedFrom(existing) !== pipelinePath) return true;
  const committed = readCommittedWorkflow(existing);
  // The action as the file names it, unless the pipeline names one: `compile --action REF`
  // chose it, and nothing in the pipeline says so.
  const actionRef = pipeline.github?.action === undefined ? committed?.action : undefined;
  const compiled = compileWorkflow(pipeline, graph, { pipelinePath, actionRef });
  const fix = `run \`npx pipekit compile\`${pipelinePath === 'pipeline.yml' ? '' : ` --pipeline ${pipelinePath}`} and commit ${workflowFile}`;
  if (compiled.text === undefined) {
    const problems = compiled.problems.map((p) => p.message).join('; ');
    fail(pipeline, pipelinePath, undefined, `pipekit compile refuses this pipeline: ${problems}`);
    return false;
  }
  const result = checkWorkflow(existing, compiled.text);
  if (result.upToDate) return true;
  const added = committed ? stepsWithoutJob(committed, graph.order) : [];
  const what =
    added.length > 0
      ? `step${added.length === 1 ? '' : 's'} ${added.map((id) => `\`${id}\``).join(', ')} ${added.length === 1 ? 'has' : 'have'} no job in it`
      : 'it is not what the pipeline compiles to now';
  fail(
    pipeline,
    pipelinePath,
    added[0],
    `${message(workflowFile, what, fix)}. The difference is in the log`,
  );
  core.info(result.diff ?? '');
  const diff = (result.diff ?? '').replaceAll('```', "'''");
  await core.summary
    .addRaw(
      `## pipekit: stale workflow\n\n${message(workflowFile, what, fix)}\n\n\`\`\`diff\n${diff}\`\`\`\n`,
    )
    .write();
  return false;
}

function fail(
  pipeline: Pipeline,
  pipelinePath: string,
  step: string | undefined,
  message: string,
): void {
  const at = stepLine(pipeline, step);
  core.error(message, {
    title: 'pipekit: stale workflow',
    file: pipelinePath,
    startLine: at.line,
    startColumn: at.column,
  });
  core.setFailed(`pipekit: ${message}`);
}

/** The line of the step's key in the pipeline file; the first line without a step. */
function stepLine(pipeline: Pipeline, step: string | undefined): { line: number; column: number } {
  if (step === undefined || !existsSync(pipeline.file)) return { line: 1, column: 1 };
  const text = readFileSync(pipeline.file, 'utf8');
  const { yaml } = parseYaml(pipeline.file, text, { duplicate: duplicateKey });
  if (!yaml) return { line: 1, column: 1 };
  const at = locate(yaml, { path: ['steps', step], at: 'key' });
  return { line: at.line, column: at.column };
}

const message = (workflowFile: string, what: string, fix: string): string =>
  `${workflowFile} is stale: ${what}; ${fix}`;
