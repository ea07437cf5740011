import { writtenStep } from '../pipeline/matrix.js';
import type { Graph } from '../pipeline/types.js';

/** What the result job hears of the jobs before it: `needs.<job>.result` and the plan. */
export interface JobResults {
  /** The plan job's result: success, failure, cancelled or skipped. */
  plan: string;
  /** The plan's `jobs` output: which steps were to run; null when the plan gave none. */
  planned: Record<string, boolean> | null;
  /** Each step job's result; `skipped` for a job that did not start. */
  steps: Record<string, string>;
  /** The steps an upstream job found cached, so that their jobs did not start (early cutoff). */
  cut: Set<string>;
}

/** What the result job's own plan says of a step, once the step jobs are done. */
interface After {
  status: string;
  /** `cache: false`: nothing is saved by design. */
  uncached: boolean;
}

/** Reads the `results` input; undefined when it is not the shape the compiled workflow writes. */
export function parseJobResults(text: string): JobResults | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const record = value as Partial<Omit<JobResults, 'cut'>> | null;
  if (record === null || typeof record !== 'object' || typeof record.plan !== 'string') {
    return undefined;
  }
  if (typeof record.steps !== 'object' || record.steps === null) return undefined;
  const planned = typeof record.planned === 'object' ? record.planned : null;
  const cut = new Set<string>();
  const lists: unknown = (value as { cut?: unknown }).cut;
  if (Array.isArray(lists)) {
    for (const item of lists) {
      if (item && typeof item === 'object') for (const id of Object.keys(item)) cut.add(id);
    }
  }
  return { plan: record.plan, planned: planned ?? null, steps: record.steps, cut };
}

/**
 * Why the run fails, one line per cause; none when it succeeded. A step job that timed out
 * concludes `cancelled`, which GitHub's `failure()` does not see, so it is named here. A
 * step that ran and succeeded but left nothing in the cache fails the run too: the next
 * run would do its work again, and a required check should not hide that.
 */
export function judgeRun(
  graph: Graph,
  results: JobResults,
  after: ReadonlyMap<string, After>,
  cacheOn: boolean,
): string[] {
  if (results.plan !== 'success' || results.planned === null) {
    return [
      `the plan job concluded ${results.plan || 'without a result'}: no step ran; see its log`,
    ];
  }
  const problems: string[] = [];
  const said = new Set<string>();
  const once = (job: string, problem: string): void => {
    if (said.has(job)) return;
    said.add(job);
    problems.push(problem);
  };
  const stopped = new Set<string>();
  for (const id of graph.order) {
    // The instances of a matrix step share its job, and its result: failure when any failed.
    const job = writtenStep(id);
    if (results.planned[job] !== true) continue;
    const result = results.steps[job] || 'skipped';
    // An upstream job found it cached, so its job did not start (src/action/early-cutoff.ts).
    if (result === 'skipped' && results.cut.has(id)) continue;
    const upstreamStopped = (graph.upstream[id] ?? []).some((up) => stopped.has(up));
    if (result === 'failure') once(job, `${job} failed`);
    else if (result === 'cancelled') {
      once(
        job,
        `${job} was cancelled or timed out (a job past its timeout-minutes concludes cancelled)`,
      );
    } else if (result === 'skipped') {
      if (!upstreamStopped) once(job, `${job} was to run but its job did not start`);
    } else if (result === 'success' && cacheOn && !savedNothingIsExpected(after.get(id))) {
      problems.push(
        `${id} ran but saved nothing to the cache: the next run will run it again (see its job's warnings)`,
      );
    }
    if (result !== 'success') stopped.add(id);
  }
  return problems;
}

function savedNothingIsExpected(after: After | undefined): boolean {
  if (after === undefined || after.uncached) return true;
  // Pending: its key (or an upstream's) comes from key commands that run on the step's
  // own runner, so the result job cannot look it up.
  return after.status === 'cached' || after.status === 'pending';
}

/** The result section of the summary. */
export function renderVerdict(problems: string[]): string {
  if (problems.length === 0) return '\n### Result: passed\n';
  return `\n### Result: failed\n\n${problems.map((p) => `- ${p}`).join('\n')}\n`;
}
