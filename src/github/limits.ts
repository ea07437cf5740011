import { MAX_INSTANCES } from '../pipeline/matrix.js';
import type { Graph, Pipeline } from '../pipeline/types.js';
import { jobGroups } from './job-groups.js';
import type { Path } from '../pipeline/yaml-source.js';
import type { WorkflowTriggers } from './settings.js';

/** A workflow GitHub would refuse or never start, located in the pipeline file. */
export interface WorkflowProblem {
  message: string;
  path: Path;
  at?: 'key' | 'value';
}

/** GitHub starts no run at all from a larger file, and says nothing (GITHUB-FACTS.md). */
// tsr-skip: test/github/limits.test.ts checks the limit and one past it
export const MAX_WORKFLOW_BYTES = 500 * 1000;
/**
 * Only a matrix's 256 jobs are documented; a workflow of more jobs parses, and what GitHub
 * does with it is not documented, so pipekit refuses more until that is settled.
 */
const MAX_JOBS = 256;
/** `@actions/workflow-parser`'s id builder: a job id has fewer than 100 characters. */
const MAX_JOB_ID = 99;

/** What can be checked before the workflow is written: jobs, ids and parameters. */
export function checkPipelineLimits(
  pipeline: Pipeline,
  graph: Graph,
  triggers: WorkflowTriggers,
): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  // A matrix step is one job, however many instances it has.
  const groups = jobGroups(pipeline, graph);
  const jobs = groups.length + 2;
  if (jobs > MAX_JOBS) {
    problems.push({
      path: ['steps'],
      at: 'key',
      message: `${groups.length} steps make ${jobs} jobs with the plan and the result job; pipekit compiles at most ${MAX_JOBS} jobs into one workflow (GitHub documents no larger limit): split the pipeline into two pipelines, each with its own workflow, or merge small steps`,
    });
  }
  for (const group of groups.filter((g) => g.matrix && g.steps.length > MAX_INSTANCES)) {
    problems.push({
      path: ['steps', group.id, 'matrix'],
      at: 'key',
      message: `${group.steps.length} instances: a GitHub matrix runs at most ${MAX_INSTANCES} jobs`,
    });
  }
  for (const { id } of groups) {
    if (id.length > MAX_JOB_ID) {
      problems.push({
        path: ['steps', id],
        at: 'key',
        message: `step id of ${id.length} characters: a GitHub job id has fewer than 100`,
      });
    }
  }
  const seen = new Map<string, string>();
  for (const name of Object.keys(pipeline.inputs)) {
    const other = seen.get(name.toLowerCase());
    if (other !== undefined) {
      problems.push({
        path: ['inputs', name],
        at: 'key',
        message: `parameter \`${name}\` differs from \`${other}\` only in case: GitHub's inputs ignore case, so they would be one input`,
      });
    } else seen.set(name.toLowerCase(), name);
  }
  const unattended = unattendedEvents(triggers);
  if (unattended.length > 0) {
    for (const [name, spec] of Object.entries(pipeline.inputs)) {
      if (spec.default !== undefined || spec.optional === true) continue;
      problems.push({
        path: ['inputs', name],
        at: 'key',
        message: `parameter \`${name}\` has no default, and the workflow runs on ${unattended.join(', ')}, where nobody gives it a value: give it a default, or run the pipeline on workflow_dispatch only (\`on:\`)`,
      });
    }
  }
  return problems;
}

/** The size check, on the text about to be written. */
export function checkWorkflowSize(text: string): WorkflowProblem[] {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= MAX_WORKFLOW_BYTES) return [];
  return [
    {
      path: ['steps'],
      at: 'key',
      message: `the workflow would be ${Math.ceil(bytes / 1000)} KB, and GitHub starts no run from a workflow file over 500 KB: split the pipeline into two pipelines, or merge small steps`,
    },
  ];
}

function unattendedEvents(triggers: WorkflowTriggers): string[] {
  const events: string[] = [];
  if (triggers.push) events.push('push');
  if (triggers.pullRequest) events.push('pull_request');
  if (triggers.mergeGroup) events.push('merge_group');
  return events;
}

/**
 * Said, not refused: more parameters than GitHub's dispatch form takes become one JSON input
 * (src/github/dispatch.ts), which a user should know before looking for the fields.
 */
export function dispatchNotes(
  pipeline: Pipeline,
  triggers: WorkflowTriggers,
  limit: number,
): WorkflowProblem[] {
  const count = Object.keys(pipeline.inputs).length;
  if (!triggers.workflowDispatch || count <= limit) return [];
  return [
    {
      path: ['inputs'],
      at: 'key',
      message: `note: ${count} parameters, more than the ${limit} workflow_dispatch inputs GitHub accepts: the "Run workflow" form takes them as one JSON input, \`parameters\` (e.g. {"${Object.keys(pipeline.inputs)[0]}": ...})`,
    },
  ];
}
