import { mergeAccess, readAccess } from './access.js';
import { parseWith } from './bindings.js';
import type { BindScope } from './bindings.js';
import { buildComponent } from './component.js';
import type { ComponentFiles } from './component-file.js';
import { checkCondition, conditionText, hasExpression } from './expressions.js';
import { readKeyCommands } from './key-commands.js';
import { asRecord, asString, entriesOf, stringItems } from './narrow.js';
import type { Plain } from './narrow.js';
import { readMatrix, type MatrixDecl } from './matrix.js';
import type { PartialStep } from './matrix-steps.js';
import { didYouMean } from './suggest.js';
import type { Access, Component, Source } from './types.js';
import type { Path, Report, Where } from './yaml-source.js';

export interface StepScope extends BindScope {
  files: ComponentFiles;
  /** The pipeline file relative to the root: the declaring file of inline steps. */
  inlineFile: string;
  runners: string[];
  defaultRunner: string;
  locate: (where: Where) => Source;
}

/** A step before the graph: what `with` and `needs` bind even when the step is broken. */
interface StepDraft {
  id: string;
  raw: Plain;
  uses?: string;
  component?: Component;
  /** Where each `needs` entry is, to locate a cycle's edge. */
  needsAt: Map<string, Path>;
  /** Its `matrix`, expanded: each combination becomes an instance (matrix-steps.ts). */
  matrix?: MatrixDecl;
}

const inlineKeys = [
  'run',
  'inputs',
  'outputs',
  'code',
  'setup',
  'env',
  'timeout-minutes',
  'retries',
];

/** Resolves each step's component (a folder's component.yml or the inline keys). */
export function draftSteps(stepsValue: unknown, scope: StepScope): StepDraft[] {
  return entriesOf(stepsValue).map(([id, value]) => draftStep(id, value, scope));
}

function draftStep(id: string, value: unknown, scope: StepScope): StepDraft {
  const raw = asRecord(value) ?? {};
  const draft: StepDraft = { id, raw, needsAt: new Map() };
  const uses = asString(raw.uses);
  let component: Component | undefined;
  if (uses !== undefined) {
    draft.uses = uses;
    for (const key of inlineKeys.filter((k) => k in raw)) {
      const message = `a step with \`uses\` cannot have \`${key}\`: its component.yml declares it`;
      scope.report('run-and-uses', message, { path: ['steps', id, key], at: 'key' });
    }
    component = componentOf(id, uses, scope);
  } else if (raw.run !== undefined) {
    const { report, repo, inlineFile: file } = scope;
    component = buildComponent(raw, { at: ['steps', id], dir: '', file, report, repo });
  } else if (asRecord(value)) {
    // A step that is not a mapping at all was reported by the schema.
    const message = `step \`${id}\` needs \`uses\` (a component folder) or \`run\` (an inline step)`;
    scope.report('missing-run-or-uses', message, { path: ['steps', id], at: 'key' });
  }
  if (component) draft.component = component;
  const matrix = readMatrix(['steps', id], raw.matrix, raw['max-parallel'], scope.report);
  if (matrix) draft.matrix = matrix;
  return draft;
}

function componentOf(id: string, uses: string, scope: StepScope): Component | undefined {
  const path = ['steps', id, 'uses'];
  if (literalOnly(uses, '`uses`', path, scope.report)) return undefined;
  const loaded = scope.files.load(uses);
  if ('issue' in loaded) scope.report(loaded.issue.code, loaded.issue.message, { path });
  return 'component' in loaded ? loaded.component : undefined;
}

/** Binds inputs, checks runner, needs, cache and `if`. */
export function finishStep(draft: StepDraft, scope: StepScope): PartialStep {
  const { id, raw } = draft;
  const step: PartialStep = {
    id,
    with: parseWith(id, raw.with, draft.component, scope, draft.matrix?.names),
    runner: runnerOf(id, raw.runner, scope),
    needs: needsOf(draft, scope),
    cache: raw.cache !== false,
    keyParts: keyPartsOf(id, raw.cache, scope),
    keyCommands: keyCommandsOf(draft, scope),
    ...accessOf(draft, scope),
    source: scope.locate({ path: ['steps', id], at: 'key' }),
  };
  if (draft.uses !== undefined) step.uses = draft.uses;
  if (draft.component) step.component = draft.component;
  const condition = conditionOf(id, raw.if, scope);
  if (condition !== undefined) step.if = condition;
  return step;
}

function runnerOf(id: string, value: unknown, scope: StepScope): string {
  const runner = asString(value);
  if (runner === undefined) return scope.defaultRunner;
  const path = ['steps', id, 'runner'];
  if (!literalOnly(runner, '`runner`', path, scope.report)) checkRunner(runner, path, scope);
  return runner;
}

export function checkRunner(
  runner: string,
  path: Path,
  scope: Pick<StepScope, 'report' | 'runners'>,
): void {
  if (scope.runners.includes(runner)) return;
  const message = `unknown runner \`${runner}\` (known: ${scope.runners.join(', ')})${didYouMean(runner, scope.runners)}`;
  scope.report('unknown-runner', message, { path });
}

function needsOf(draft: StepDraft, scope: StepScope): string[] {
  const needs: string[] = [];
  for (const { text, at } of stringItems(draft.raw.needs)) {
    const path = ['steps', draft.id, 'needs', ...at];
    if (literalOnly(text, '`needs`', path, scope.report)) continue;
    if (!scope.stepIds.has(text)) {
      const message = `unknown step \`${text}\`${didYouMean(text, scope.stepIds)}`;
      scope.report('unknown-step', message, { path });
    } else if (!needs.includes(text)) {
      needs.push(text);
      draft.needsAt.set(text, path);
    }
  }
  return needs;
}

function keyPartsOf(id: string, cache: unknown, scope: StepScope): string[] {
  const parts = stringItems(asRecord(cache)?.key);
  for (const { text, at } of parts) {
    literalOnly(text, 'a key part', ['steps', id, 'cache', 'key', ...at], scope.report);
  }
  return parts.map((part) => part.text);
}

/**
 * The component's key commands, then the step's own, each once. An inline step's `cache` is
 * its component's, read (and checked) once, by buildComponent.
 */
function keyCommandsOf(draft: StepDraft, scope: StepScope): string[] {
  const own =
    draft.uses === undefined
      ? []
      : readKeyCommands(draft.raw.cache, ['steps', draft.id], scope.report);
  return [...new Set([...(draft.component?.keyCommands ?? []), ...own])];
}

/**
 * The component's secrets and the step's own; the step's environment and permissions, else
 * the component's. An inline step's are its component's, read (and checked) by buildComponent.
 */
function accessOf(draft: StepDraft, scope: StepScope): Access {
  const { component } = draft;
  const own =
    draft.uses === undefined
      ? undefined
      : readAccess(draft.raw, {
          report: scope.report,
          at: ['steps', draft.id],
          env: Object.keys(component?.env ?? {}),
          envFile: component?.file,
        });
  return mergeAccess(component?.access, own);
}

/** Reports an expression where only a literal may stand; true when there was one. */
function literalOnly(text: string, what: string, path: Path, report: Report): boolean {
  if (!hasExpression(text)) return false;
  report('expression-context', `expressions are not allowed in ${what}`, { path, hole: 0 });
  return true;
}

function conditionOf(id: string, value: unknown, scope: StepScope): string | undefined {
  if (typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return undefined;
  const path = ['steps', id, 'if'];
  const unwrapped = conditionText(value);
  if ('issue' in unwrapped) {
    scope.report(unwrapped.issue.code, unwrapped.issue.message, { path });
    return value;
  }
  const checked = checkCondition(unwrapped.text);
  for (const issue of checked.issues) scope.report(issue.code, issue.message, { path });
  for (const name of checked.inputs.filter((input) => !scope.params[input])) {
    const message = `unknown parameter \`${name}\`${didYouMean(name, Object.keys(scope.params))}`;
    scope.report('unknown-parameter', message, { path });
  }
  return unwrapped.text;
}
