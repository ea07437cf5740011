import { isInstance, writtenStep } from '../pipeline/matrix.js';

/** What the plan job hands the jobs after it, besides the plan itself and the parameters. */
interface PlanOutputs {
  /** Per job: whether it starts (a matrix job: whether any of its instances must run). */
  jobs: Record<string, boolean>;
  /** Per matrix job: its `strategy.matrix.include`, the instances that must run. */
  matrix: Record<string, { instance: string }[]>;
}

/** The plan's outputs from the status of every step (an instance of a matrix step is one). */
export function planOutputs(planned: readonly { id: string; status: string }[]): PlanOutputs {
  const jobs: PlanOutputs['jobs'] = {};
  const matrix: PlanOutputs['matrix'] = {};
  for (const { id, status } of planned) {
    const job = writtenStep(id);
    const runs = status !== 'cached' && status !== 'skipped';
    jobs[job] = (jobs[job] ?? false) || runs;
    if (!isInstance(id)) continue;
    const include = (matrix[job] ??= []);
    if (runs) include.push({ instance: id.slice(job.length + 1, -1) });
  }
  return { jobs, matrix };
}
