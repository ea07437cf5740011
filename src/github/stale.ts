import { parse } from 'yaml';

/** What a committed workflow file says of itself, as far as the stale check needs it. */
interface CommittedWorkflow {
  /** Its job ids. */
  jobs: string[];
  /** The action its plan job uses (`uses:` of the step given `command: plan`). */
  action?: string;
}

/**
 * Reads a committed workflow file loosely: it may be anything a user committed. Undefined when
 * it is not YAML with a `jobs` mapping.
 */
export function readCommittedWorkflow(text: string): CommittedWorkflow | undefined {
  let value: unknown;
  try {
    value = parse(text, { uniqueKeys: false });
  } catch {
    return undefined;
  }
  const jobs = field(value, 'jobs');
  if (!isRecord(jobs)) return undefined;
  let action: string | undefined;
  for (const job of Object.values(jobs)) {
    const steps = field(job, 'steps');
    if (!Array.isArray(steps)) continue;
    for (const step of steps) {
      const uses = field(step, 'uses');
      if (typeof uses === 'string' && field(field(step, 'with'), 'command') === 'plan') {
        action ??= uses;
      }
    }
  }
  return { jobs: Object.keys(jobs), action };
}

/** The steps that have no job in a committed workflow: added since it was compiled. */
export function stepsWithoutJob(
  committed: CommittedWorkflow,
  stepIds: readonly string[],
): string[] {
  const jobs = new Set(committed.jobs);
  return stepIds.filter((id) => !jobs.has(id));
}

function field(value: unknown, name: string): unknown {
  return isRecord(value) && Object.hasOwn(value, name) ? value[name] : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
