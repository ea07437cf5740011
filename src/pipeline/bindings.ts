import { parseTemplate } from './expressions.js';
import type { ParsedTemplate } from './expressions.js';
import { checkRepoPath, resolveRepoPath } from './paths.js';
import { asScalar, entriesOf } from './plain.js';
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

/**
 * The step's `with` as bindings, checked against the component's inputs (unknown when
 * the component is broken: the step-output references are still bound, for the graph),
 * plus the defaults of the inputs it leaves unbound.
 */
export function bindInputs(
  id: string,
  withValue: unknown,
  component: Component | undefined,
  scope: BindScope,
): Record<string, Binding> {
  const bindings: Record<string, Binding> = {};
  const declared = component ? Object.keys(component.inputs) : [];
  const written = entriesOf(withValue);
  for (const [name, raw] of written) {
    const value = asScalar(raw);
    const path = ['steps', id, 'with', name];
    const spec = component?.inputs[name];
    if (component && !spec) {
      const message = `unknown input \`${name}\`${didYouMean(name, declared)}`;
      scope.report('unknown-input', message, { path, at: 'key' });
    }
    const binding = value === undefined ? undefined : bindValue(value, spec, path, scope);
    if (binding) bindings[name] = binding;
  }
  // An input written in `with` is bound even when its value was wrong (reported already).
  if (component)
    bindDefaults(id, component, bindings, new Set(written.map(([name]) => name)), scope.report);
  return bindings;
}

function bindDefaults(
  id: string,
  component: Component,
  bindings: Record<string, Binding>,
  written: Set<string>,
  report: Report,
): void {
  for (const [name, spec] of Object.entries(component.inputs)) {
    if (written.has(name)) continue;
    if (spec.default !== undefined) {
      bindings[name] = { kind: 'literal', value: defaultValue(spec, spec.default, component.dir) };
    } else if (!spec.optional) {
      report('missing-input', `step \`${id}\` does not bind the required input \`${name}\``, {
        path: ['steps', id],
        at: 'key',
      });
    }
  }
}

/** A component's path default is relative to its folder; a binding holds a root-relative path. */
function defaultValue(spec: InputSpec, value: Scalar, dir: string): Scalar {
  if (spec.type !== 'path' || typeof value !== 'string') return value;
  const resolved = resolveRepoPath(dir, value);
  return 'path' in resolved ? resolved.path : value;
}

function bindValue(
  value: Scalar,
  spec: InputSpec | undefined,
  path: Path,
  scope: BindScope,
): Binding | undefined {
  if (typeof value !== 'string' || !value.includes('${{'))
    return bindLiteral(value, spec, path, scope);
  const parsed = parseTemplate(value, 'with');
  for (const issue of parsed.issues)
    scope.report(issue.code, issue.message, { path, hole: issue.hole });
  checkReferences(parsed, path, scope);
  const [only, ...others] = parsed.template;
  if (parsed.issues.length > 0) return undefined;
  if (only && 'ref' in only && others.length === 0) {
    if (only.ref.kind === 'input') return bindParam(only.ref.name, spec, path, scope);
    if (only.ref.kind === 'step-output') {
      if (spec && spec.type !== 'path') {
        scope.report(
          'value-type',
          `a step output is a path; this input takes ${spec.type} values`,
          { path, hole: 0 },
        );
      }
      return { kind: 'step-output', step: only.ref.step, output: only.ref.output };
    }
  }
  if (spec && spec.type !== 'string' && spec.type !== 'path') {
    scope.report(
      'value-type',
      `text with expressions is a string; this input takes ${spec.type} values`,
      { path },
    );
  }
  for (const { hole, ref } of parsed.refs) {
    if (ref.kind === 'step-output') {
      const message = 'a step output must be bound alone, not inside text';
      scope.report('value-type', message, { path, hole });
    }
  }
  return { kind: 'template', parts: parsed.template };
}

function bindLiteral(
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

function checkReferences(parsed: ParsedTemplate, path: Path, scope: BindScope): void {
  for (const { hole, ref } of parsed.refs) {
    if (ref.kind === 'input' && !scope.params[ref.name]) {
      const message = `unknown parameter \`${ref.name}\`${didYouMean(ref.name, Object.keys(scope.params))}`;
      scope.report('unknown-parameter', message, { path, hole });
    } else if (ref.kind === 'step-output' && !scope.stepIds.has(ref.step)) {
      const message = `unknown step \`${ref.step}\`${didYouMean(ref.step, scope.stepIds)}`;
      scope.report('unknown-step', message, { path, hole });
    } else if (ref.kind === 'step-output') {
      const outputs = Object.keys(scope.components.get(ref.step)?.outputs ?? {});
      if (scope.components.get(ref.step) && !outputs.includes(ref.output)) {
        const message = `step \`${ref.step}\` has no output \`${ref.output}\`${didYouMean(ref.output, outputs)}`;
        scope.report('unknown-output', message, { path, hole });
      }
    }
  }
}
