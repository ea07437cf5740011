import type { RunsOn } from '../pipeline/types.js';
import type { BaseChange } from './base-compare.js';
import { formatDuration } from './format.js';

/** One step as a pull request's comment shows it. */
export interface PrStep {
  id: string;
  /** The runner label, and the `runs-on` it maps to. */
  runner: string;
  runsOn: RunsOn | undefined;
  /** plan: cached, run, pending, always, skipped; result: ran, cached, failed, ... */
  status: string;
  change: BaseChange;
  /** How long its last run on the base branch took. */
  lastMs?: number;
  /** How long it took in this run (result). */
  durationMs?: number;
  metrics?: Record<string, number>;
  baseMetrics?: Record<string, number>;
}

// tsr-skip: the view a test builds by hand
export interface PrComment {
  /** The workflow file from the repository root: the comment is found again by it. */
  workflowFile: string;
  pipeline: string;
  phase: 'plan' | 'result';
  /** The base branch (`main`) and the commit of its record; absent: no record of it found. */
  base: { branch: string; commit?: string; found: boolean };
  steps: PrStep[];
  /** Result: why the run failed, one line each; empty when it passed. */
  problems?: string[];
}

/** Plan statuses of a step that gets a job. */
const WILL_RUN = new Set(['run', 'pending', 'always']);

/** The hidden line that finds the comment of a workflow again, among all of a pull request. */
export function commentMarker(workflowFile: string): string {
  // A workflow file's name never holds `--` (see `workflowNames`), which would end the comment.
  return `<!-- pipekit:${workflowFile} -->`;
}

/**
 * The comment on a pull request (and the same text in the job summary): which steps run, on
 * which runner, what they cost by their last runs on the base branch, which steps the pull
 * request changed and why, and after the run how the metrics of those steps moved.
 */
export function renderPrComment(view: PrComment): string {
  const base = `\`${code(view.base.branch)}\``;
  const lines = [
    commentMarker(view.workflowFile),
    `## pipekit ${view.phase}: ${escapeText(view.pipeline)}`,
    '',
    headline(view, base),
    '',
    ...stepTable(view),
    '',
    ...changedList(view, base),
    ...(view.phase === 'result' ? metricsTable(view, base) : []),
    ...verdict(view),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

function headline(view: PrComment, base: string): string {
  const against = view.base.found
    ? `Compared with ${base}${view.base.commit ? ` at ${view.base.commit.slice(0, 12)}` : ''}`
    : `No run of ${base} is recorded yet: nothing to compare with`;
  if (view.phase === 'result') {
    const ran = view.steps.filter((s) => s.status === 'ran');
    const took = ran.reduce((sum, s) => sum + (s.durationMs ?? 0), 0);
    const time = ran.length > 0 ? `, in ${formatDuration(took)}` : '';
    return `${against}. ${count(ran.length, 'step')} ran${time}; ${tally(view.steps)}.`;
  }
  const running = view.steps.filter((s) => WILL_RUN.has(s.status));
  const known = running.filter((s) => s.lastMs !== undefined);
  const sum = known.reduce((total, s) => total + (s.lastMs ?? 0), 0);
  const unknown = running.length - known.length;
  let cost = '';
  if (known.length > 0) {
    cost = `, about ${formatDuration(sum)} by their last runs on ${base}`;
    if (unknown > 0) cost += ` (${unknown} never ran there)`;
  } else if (unknown > 0) {
    cost = `, none of which ran on ${base} before`;
  }
  return `${against}. **${count(running.length, 'step')} to run**${cost}; ${tally(view.steps)}.`;
}

function stepTable(view: PrComment): string[] {
  const last = view.phase === 'plan' ? 'last run' : 'took';
  return [
    `| step | status | runner | runs-on | ${last} |`,
    '| --- | --- | --- | --- | --- |',
    ...view.steps.map((s) => {
      const ms =
        view.phase === 'plan' ? (WILL_RUN.has(s.status) ? s.lastMs : undefined) : s.durationMs;
      const cells = [
        `\`${code(s.id)}\``,
        s.status,
        `\`${code(s.runner)}\``,
        s.runsOn === undefined ? '' : `\`${code(describeRunsOn(s.runsOn))}\``,
        ms === undefined ? '' : formatDuration(ms),
      ];
      return `| ${cells.join(' | ')} |`;
    }),
  ];
}

function changedList(view: PrComment, base: string): string[] {
  if (!view.base.found) return [];
  const changed = view.steps.flatMap((s) => {
    if (s.change.kind === 'new') return [`- \`${code(s.id)}\`: no run on ${base}`];
    if (s.change.kind !== 'changed') return [];
    return [`- \`${code(s.id)}\`: ${s.change.reasons.map(escapeText).join('; ')}`];
  });
  if (changed.length === 0) return [`No step differs from ${base}.`, ''];
  return [`### Changed from ${base}`, '', ...changed, ''];
}

function metricsTable(view: PrComment, base: string): string[] {
  const rows: string[] = [];
  for (const s of view.steps) {
    if (s.change.kind !== 'changed' && s.change.kind !== 'new') continue;
    const names = [
      ...new Set([...Object.keys(s.baseMetrics ?? {}), ...Object.keys(s.metrics ?? {})]),
    ];
    for (const name of names.sort()) {
      const before = s.baseMetrics?.[name];
      const after = s.metrics?.[name];
      const delta = before === undefined || after === undefined ? '' : signed(after - before);
      rows.push(
        `| \`${code(s.id)}\` | ${escapeText(name)} | ${number(before)} | ${number(after)} | ${delta} |`,
      );
    }
  }
  if (rows.length === 0) return [];
  return [
    '### Metrics of the changed steps',
    '',
    `| step | metric | ${base} | this pull request | difference |`,
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ];
}

function verdict(view: PrComment): string[] {
  if (view.problems === undefined) return [];
  if (view.problems.length === 0) return ['**Result: passed**'];
  return ['**Result: failed**', '', ...view.problems.map((p) => `- ${escapeText(p)}`)];
}

/** `ubuntu-latest`, `self-hosted, linux, gpu`, `group gpu-pool: linux, gpu`. */
// tsr-skip: exported for its own cases in test/report/pr-comment.test.ts
export function describeRunsOn(target: RunsOn): string {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) return target.join(', ');
  const labels = (target.labels ?? []).join(', ');
  if (target.group === undefined) return labels;
  return labels === '' ? `group ${target.group}` : `group ${target.group}: ${labels}`;
}

function tally(steps: PrStep[]): string {
  const counts = new Map<string, number>();
  for (const s of steps) counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${n} ${status}`).join(', ');
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

function number(value: number | undefined): string {
  if (value === undefined) return '';
  return Number.isInteger(value) ? String(value) : value.toFixed(4);
}

function signed(value: number): string {
  if (value === 0) return '0';
  const text = Number.isInteger(value) ? String(Math.abs(value)) : Math.abs(value).toFixed(4);
  return `${value > 0 ? '+' : '−'}${text}`;
}

/**
 * Text in a table cell or a list item: a pipe would end the cell, a line break the row, and
 * `<` could open HTML (a file name comes from the pull request).
 */
function escapeText(text: string): string {
  return text
    .replaceAll('|', '\\|')
    .replace(/\r\n?|\n/g, ' ')
    .replaceAll('<', '&lt;');
}

/** Text inside backticks in a table: a backtick would end it, a pipe the cell. */
function code(text: string): string {
  return text
    .replaceAll('`', "'")
    .replaceAll('|', '\\|')
    .replace(/\r\n?|\n/g, ' ');
}
