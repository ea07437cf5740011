import { asRecord, asString, stringItems } from './narrow.js';
import type { Plain } from './narrow.js';
import type { GithubOptions, Triggers } from './types.js';
import type { Report } from './yaml-source.js';

/**
 * `owner/repo@ref` or `owner/repo/path@ref`, as `uses:` names an action in another
 * repository; a local `./path` too. A full 40-hex ref is a pin to a commit.
 */
const ACTION_REF = /^(\.\/[^\s]*|[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(\/[^\s@]+)?@[^\s@]+)$/;

/** `on:` as written, or undefined when absent (the compiler's defaults apply). */
export function readTriggers(value: unknown): Triggers | undefined {
  const raw = asRecord(value);
  if (!raw) return undefined;
  const triggers: Triggers = {};
  if ('push' in raw) triggers.push = branchFilter(raw.push);
  if ('pull_request' in raw) triggers.pullRequest = branchFilter(raw.pull_request);
  if ('merge_group' in raw) triggers.mergeGroup = true;
  if ('workflow_dispatch' in raw) triggers.workflowDispatch = true;
  return triggers;
}

function branchFilter(value: unknown): { branches?: string[] } {
  const branches = stringItems(asRecord(value)?.branches).map((item) => item.text);
  return branches.length > 0 ? { branches } : {};
}

/** `github:` as written; action references that `uses:` could not name are reported. */
export function readGithubOptions(value: unknown, report: Report): GithubOptions | undefined {
  const raw: Plain | undefined = asRecord(value);
  if (!raw) return undefined;
  const options: GithubOptions = {};
  for (const key of ['action', 'checkout'] as const) {
    const ref = asString(raw[key]);
    if (ref === undefined) continue;
    if (ACTION_REF.test(ref)) options[key] = ref;
    else {
      const message = `\`${ref}\` is not an action reference: write owner/repo@ref (a tag, or a full commit SHA to pin it)`;
      report('invalid-value', message, { path: ['github', key] });
    }
  }
  if (typeof raw.lfs === 'boolean') options.lfs = raw.lfs;
  if (typeof raw.submodules === 'boolean' || raw.submodules === 'recursive') {
    options.submodules = raw.submodules;
  }
  const forks = raw['fork-pull-requests-on-self-hosted'];
  if (typeof forks === 'boolean') options.forkPullRequestsOnSelfHosted = forks;
  const inputs = raw['dispatch-inputs'];
  if (typeof inputs === 'number' && Number.isInteger(inputs)) options.dispatchInputs = inputs;
  const retention = raw['artifact-retention-days'];
  if (typeof retention === 'number' && Number.isInteger(retention)) {
    options.artifactRetentionDays = retention;
  }
  return options;
}
