import type { DiagnosticCode } from '../diagnostics.js';
import { hasExpression, parseTemplate } from './expressions.js';
import type { ParsedTemplate } from './expressions.js';
import { checkRepoPath, resolveRepoPath } from './paths.js';
import { asScalar, dict, entriesOf } from './narrow.js';
import { didYouMean } from './suggest.js';
import type { Binding, Component, InputSpec, RepoView, Scalar } from './types.js';
import { checkValue, typesCompatible } from './values.js';
import type { Path, Report } from './yaml-source.js';

export interface BindScope {
  report: Report;
  repo: RepoView;
  params: Record<string, InputSpec>;
  /** Every step id, and the component of those that have a valid one. */
  stepIds: ReadonlySet<string>;
  components: Map<string, Component | undefined>;
}

/** The names `${{ matrix.NAME }}` may use in this step's `with`; undefined: not a matrix step. */
type MatrixNames = readonly string[] | undefined;

/**
 * The step's `with` as bindings, checked against the component's inputs (unknown when
 * the component is broken: the step-output references are still bound, for the graph),
 * plus the defaults of the inputs it leaves unbound.
 */
export function parseWith(
  id: string,
  withValue: unknown,
  component: Component | undefined,
  scope: BindScope,
  matrix?: MatrixNames,
): Record<string, Binding> {
  const bindings = dict<Binding>();
  const declared = component ? Object.keys(component.inputs) : [];
  const entries = entriesOf(withValue);
  for (const [name, raw] of entries) {
    const value = asScalar(raw);
    const path = ['steps', id, 'with', name];
    const spec = component?.inputs[name];
    if (component && !spec) {
      const message = `unknown input \`${name}\`${didYouMean(name, declared)}`;
      scope.report('unknown-input', message, { path, at: 'key' });
    }
    const binding =
      value === undefined ? undefined : bindValue(value, spec, path, { ...scope, matrix });
    if (binding) bindings[name] = binding;
  }
  // An input written in `with` is bound even when its value was wrong (reported already).
  const written = new Set(entries.map(([name]) => name));
  return component
    ? { ...bindings, ...bindDefaults(id, component, written, scope.report) }
    : bindings;
}

function bindDefaults(
  id: string,
  component: Component,
  written: Set<string>,
  report: Report,
): Record<string, Binding> {
  const defaults = dict<Binding>();
  for (const [name, spec] of Object.entries(component.inputs)) {
    if (written.has(name)) continue;
    if (spec.default !== undefined) {
      defaults[name] = { kind: 'literal', value: defaultValue(spec, spec.default, component.dir) };
    } else if (!spec.optional) {
      const message = `step \`${id}\` does not bind the required input \`${name}\``;
      report('missing-input', message, { path: ['steps', id], at: 'key' });
    }
  }
  return defaults;
}

/** A component's path default is relative to its folder; a binding holds a root-relative path. */
export function defaultValue(spec: InputSpec, value: Scalar, dir: string): Scalar {
  if (spec.type !== 'path' || typeof value !== 'string') return value;
  const resolved = resolveRepoPath(dir, value);
  return 'path' in resolved ? resolved.path : value;
}

function bindValue(
  value: Scalar,
  spec: InputSpec | undefined,
  path: Path,
  scope: BindScope & { matrix: MatrixNames },
): Binding | undefined {
  if (typeof value !== 'string' || !hasExpression(value)) {
    return bindLiteral(value, spec, path, scope);
  }
  const parsed = parseTemplate(value, 'with');
  for (const { code, message, hole } of parsed.issues) scope.report(code, message, { path, hole });
  checkReferences(parsed, path, scope);
  if (parsed.issues.length > 0) return undefined;
  const [only, ...others] = parsed.template;
  if (only && 'ref' in only && others.length === 0) {
    if (only.ref.kind === 'input') return bindParam(only.ref.name, spec, path, scope);
    // Its values are checked against the input per instance (matrix-steps.ts).
    if (only.ref.kind === 'matrix') return { kind: 'matrix', name: only.ref.name };
    if (only.ref.kind === 'step-output') {
      const message = `a step output is a path; this input takes ${spec?.type} values`;
      if (spec && spec.type !== 'path') scope.report('value-type', message, { path, hole: 0 });
      return { kind: 'step-output', step: only.ref.step, output: only.ref.output };
    }
  }
  return bindTemplate(parsed, spec, path, scope.report);
}

/** Text mixing literals and parameters: a string, so it suits string and path inputs. */
function bindTemplate(
  parsed: ParsedTemplate,
  spec: InputSpec | undefined,
  path: Path,
  report: Report,
): Binding {
  if (spec && spec.type !== 'string' && spec.type !== 'path') {
    const message = `text with expressions is a string; this input takes ${spec.type} values`;
    report('value-type', message, { path });
  }
  for (const { hole, ref } of parsed.refs) {
    if (ref.kind === 'step-output') {
      report('value-type', 'a step output must be bound alone, not inside text', { path, hole });
    }
  }
  return { kind: 'template', parts: parsed.template };
}

export function bindLiteral(
  value: Scalar,
  spec: InputSpec | undefined,
  path: Path,
  scope: BindScope,
): Binding {
  const issue = spec && checkValue(spec, value);
  if (issue) {
    scope.report(issue.code, issue.message, { path });
  } else if (spec?.type === 'path' && typeof value === 'string') {
    const checked = checkRepoPath(scope.repo, '', value);
    if ('path' in checked) return { kind: 'literal', value: checked.path };
    scope.report(checked.code, checked.message, { path });
  }
  return { kind: 'literal', value };
}

function bindParam(
  name: string,
  spec: InputSpec | undefined,
  path: Path,
  scope: BindScope,
): Binding {
  const param = scope.params[name];
  if (param && spec && !typesCompatible(param.type, spec.type)) {
    const message = `parameter \`${name}\` is a ${param.type}; this input takes ${spec.type} values`;
    scope.report('value-type', message, { path, hole: 0 });
  }
  return { kind: 'param', name };
}

function checkReferences(
  parsed: ParsedTemplate,
  path: Path,
  scope: BindScope & { matrix: MatrixNames },
): void {
  for (const { hole, ref } of parsed.refs) {
    let problem: [DiagnosticCode, string] | undefined;
    if (ref.kind === 'matrix' && scope.matrix === undefined) {
      const message = `\`matrix.${ref.name}\` is only available in the \`with\` of a step that declares \`matrix\``;
      problem = ['expression-context', message];
    } else if (ref.kind === 'matrix' && !scope.matrix?.includes(ref.name)) {
      const known = scope.matrix ?? [];
      const message = `unknown matrix variable \`${ref.name}\` (the matrix has ${known.map((n) => `\`${n}\``).join(', ')})${didYouMean(ref.name, known)}`;
      problem = ['unknown-matrix', message];
    } else if (ref.kind === 'input' && !scope.params[ref.name]) {
      const hint = didYouMean(ref.name, Object.keys(scope.params));
      problem = ['unknown-parameter', `unknown parameter \`${ref.name}\`${hint}`];
    } else if (ref.kind === 'step-output' && !scope.stepIds.has(ref.step)) {
      problem = [
        'unknown-step',
        `unknown step \`${ref.step}\`${didYouMean(ref.step, scope.stepIds)}`,
      ];
    } else if (ref.kind === 'step-output') {
      // An upstream with a broken component has no outputs to check against.
      const outputs = Object.keys(scope.components.get(ref.step)?.outputs ?? {});
      if (scope.components.get(ref.step) && !outputs.includes(ref.output)) {
        const hint = didYouMean(ref.output, outputs);
        problem = ['unknown-output', `step \`${ref.step}\` has no output \`${ref.output}\`${hint}`];
      }
    }
    if (problem) scope.report(problem[0], problem[1], { path, hole });
  }
}
