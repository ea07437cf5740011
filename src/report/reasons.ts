import type { Why } from '../plan/decide.js';
import type { PlannedStep } from '../plan/plan.js';
import type { RunWhy, StepResult } from '../plan/step-result.js';

const short = (key: string): string => key.slice(0, 12);

/** The text of why a step is planned or ended as it did, for tables, summaries and logs. */
export function describeWhy(why: RunWhy): string {
  switch (why.kind) {
    case 'condition-false':
      return `if: ${why.condition} is false`;
    case 'runner-withheld':
      return `runner \`${why.runner}\` may be self-hosted, and this pull request comes from a fork (github.fork-pull-requests-on-self-hosted)`;
    case 'upstream-failed':
      return `upstream ${why.step} failed`;
    case 'upstream-skipped':
      return `upstream ${why.step} ${why.state === 'skipped' ? 'is skipped' : 'did not run'}`;
    case 'upstream-will-run':
      return `upstream ${why.step} will run`;
    case 'key-on-runner':
      return 'key commands run on its own runner';
    case 'found':
      return `found ${short(why.key)}${why.from === 'plan-index' ? ' (plan index)' : ''}`;
    case 'cache-false':
      return 'cache: false';
    case 'ran-earlier':
      return 'ran earlier in this workflow run';
    case 'forced':
      return 'forced (--force)';
    case 'no-cache':
      return 'cache disabled';
    case 'no-entry':
      return why.changes?.length ? why.changes.join('; ') : `no entry for ${short(why.key)}`;
    case 'entry-unusable':
      return 'its cache entry failed verification';
    case 'outputs-gone':
      return `its outputs entry for ${short(why.key)} is gone from the cache (evicted): it runs in its own job`;
    case 'failed':
      return why.message;
    case 'inputs-unavailable':
      return 'could not restore or recompute its inputs';
    case 'upstream-not-in-cache':
      return `upstream ${why.step} has no usable outputs in the cache (evicted after 7 days unused or by the cache's size limit, or a save that failed), and a step job runs only its own step: re-run the workflow, and its plan runs ${why.step} in its own job`;
    case 'missing-secrets':
      return describeMissingSecrets(why);
    case 'interrupted':
      return 'interrupted';
    case 'not-started':
      return `not started: ${why.failed} failed`;
  }
}

function describeMissingSecrets(why: RunWhy & { kind: 'missing-secrets' }): string {
  const one = why.names.length === 1;
  const names = one
    ? why.names[0]
    : `${why.names.slice(0, -1).join(', ')} and ${why.names[why.names.length - 1]}`;
  const exports = why.names.map((name) => `${name}=...`).join(' ');
  const where = why.environment
    ? `${one ? 'a repository secret or a secret' : 'repository secrets or secrets'} of the environment \`${why.environment}\``
    : `${one ? 'a repository secret, or as a secret' : 'repository secrets, or as secrets'} of an environment the step declares with \`environment:\``;
  return (
    `step \`${why.step}\` declares the secret${one ? '' : 's'} ${names}, which ${one ? 'is' : 'are'} not set or ${one ? 'is' : 'are'} empty: ` +
    `locally, export ${exports} before running pipekit; on GitHub, add ${one ? 'it' : 'them'} as ${where}`
  );
}

/** A run's line for a step: why it ran (or not), and whether its outputs were saved. */
export function describeResult(result: Pick<StepResult, 'why' | 'saved' | 'unsaved'>): string {
  const text = describeWhy(result.why);
  if (result.unsaved) return `${text}; not saved: ${result.unsaved}`;
  return result.saved ? `${text}; saved` : text;
}

/** The plan as the CLI's `--json` and the action's `plan` output give it. */
export function planJson(planned: PlannedStep[]): {
  steps: {
    id: string;
    runner: string;
    status: string;
    reason: string;
    why: Why;
    key?: string;
    /** The names of the secrets the step gets (never their values). */
    secrets?: string[];
  }[];
} {
  return {
    steps: planned.map((p) => ({
      id: p.id,
      runner: p.runner,
      status: p.status,
      reason: describeWhy(p.why),
      why: p.why,
      key: 'key' in p ? p.key : undefined,
      secrets: p.secrets,
    })),
  };
}
