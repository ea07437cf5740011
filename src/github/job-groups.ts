import { getStep } from '../pipeline/graph.js';
import { writtenStep } from '../pipeline/matrix.js';
import type { Graph, Pipeline, Step } from '../pipeline/types.js';

/**
 * One job of the workflow: a step, or every instance of a matrix step (one job with a
 * `strategy.matrix`, whose `include` the plan fills with the instances that must run).
 */
export interface JobGroup {
  /** The job id: the step id as written. */
  id: string;
  /** The step, or the first instance: what every instance shares (runner, timeout, secrets). */
  step: Step;
  /** The step ids of the loaded pipeline the job runs: the step, or each instance. */
  steps: string[];
  matrix: boolean;
}

/** The jobs of the steps, in the order of their first step in the graph's order. */
export function jobGroups(pipeline: Pipeline, graph: Graph): JobGroup[] {
  const groups = new Map<string, JobGroup>();
  for (const id of graph.order) {
    const job = writtenStep(id);
    const group = groups.get(job);
    if (group) {
      group.steps.push(id);
      continue;
    }
    const step = getStep(pipeline, id);
    groups.set(job, { id: job, step, steps: [id], matrix: step.matrix !== undefined });
  }
  return [...groups.values()];
}

/** The distinct jobs of step ids, in job order. */
export function jobsOf(groups: readonly JobGroup[], ids: readonly string[]): string[] {
  const wanted = new Set(ids.map(writtenStep));
  return groups.filter((g) => wanted.has(g.id)).map((g) => g.id);
}

/** The jobs a job waits on: those of its steps' direct upstream steps (data and `needs`). */
export function upstreamJobs(groups: readonly JobGroup[], graph: Graph, group: JobGroup): string[] {
  const ups = group.steps.flatMap((id) => graph.upstream[id] ?? []);
  return jobsOf(groups, ups).filter((id) => id !== group.id);
}
