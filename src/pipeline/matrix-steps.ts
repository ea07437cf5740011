import { bindLiteral, defaultValue, type BindScope } from './bindings.js';
import { instanceId, instanceName, type Combination, type MatrixDecl } from './matrix.js';
import type { Binding, InputSpec, MatrixInstance, Scalar, Step, TemplatePart } from './types.js';
import type { Path, Report } from './yaml-source.js';

/** A step whose component may be missing (broken); a Step once nothing was reported. */
export type PartialStep = Omit<Step, 'component'> & { component?: Step['component'] };

/**
 * A matrix step becomes one step per combination, an instance (docs/architecture.md,
 * "Matrix steps"): its id is `<step>[<name>]`, its `${{ matrix.NAME }}` bindings are the
 * combination's values as literals (checked against the input like any literal, and located
 * where the value is written). A step reading a matrix step's output reads every instance's;
 * a `needs` on it waits for every instance.
 */
export function expandMatrixSteps(
  steps: PartialStep[],
  matrices: ReadonlyMap<string, MatrixDecl>,
  scope: BindScope,
): PartialStep[] {
  const instances = new Map<string, MatrixInstance[]>();
  const expanded = steps.flatMap((step) => {
    const decl = matrices.get(step.id);
    if (!decl) return [step];
    const checked = new Set<string>();
    const ex = { scope, checked, names: decl.names };
    const made = decl.combinations.map((c) => instanceOf(step, decl, c, ex));
    instances.set(
      step.id,
      made.map(({ matrix }) => ({ id: matrix!.id, name: matrix!.name, values: matrix!.values })),
    );
    return made;
  });
  if (instances.size === 0) return steps;
  return expanded.map((step) => ({
    ...step,
    with: gatherOutputs(step.with, instances),
    needs: step.needs.flatMap((id) => instances.get(id)?.map((i) => i.id) ?? [id]),
  }));
}

interface Expansion {
  scope: BindScope;
  /** The matrix's names: another one was reported as unknown already. */
  names: readonly string[];
  /** `input path` pairs already checked: a value shared by instances is reported once. */
  checked: Set<string>;
}

function instanceOf(
  step: PartialStep,
  decl: MatrixDecl,
  combination: Combination,
  ex: Expansion,
): PartialStep {
  const name = instanceName(combination.values);
  const id = instanceId(step.id, name);
  const bound: Record<string, Binding> = Object.create(null) as Record<string, Binding>;
  for (const [input, binding] of Object.entries(step.with)) {
    const path = ['steps', step.id, 'with', input];
    const value = bindInstance(binding, combination, { input, path, step, ex, instance: name });
    if (value) bound[input] = value;
  }
  const matrix = { step: step.id, id, name, values: combination.values };
  return {
    ...step,
    id,
    with: bound,
    matrix: decl.maxParallel === undefined ? matrix : { ...matrix, maxParallel: decl.maxParallel },
  };
}

interface Site {
  input: string;
  path: Path;
  step: PartialStep;
  ex: Expansion;
  instance: string;
}

function bindInstance(binding: Binding, combination: Combination, site: Site): Binding | undefined {
  const spec = site.step.component?.inputs[site.input];
  if (binding.kind === 'matrix') {
    const value = valueOf(binding.name, combination);
    if (value === undefined) return missing(binding.name, spec, site);
    return checkedLiteral(value, spec, combination.at[binding.name] ?? site.path, site);
  }
  if (binding.kind !== 'template' || !binding.parts.some(isMatrixPart)) return binding;
  const parts: TemplatePart[] = [];
  for (const part of binding.parts) {
    if (!isMatrixPart(part)) {
      parts.push(part);
      continue;
    }
    const value = valueOf(part.ref.name, combination);
    if (value === undefined) return missing(part.ref.name, spec, site);
    parts.push({ text: String(value) });
  }
  if (parts.every((part) => 'text' in part)) {
    const text = parts.map((part) => ('text' in part ? part.text : '')).join('');
    return checkedLiteral(text, spec, site.path, site);
  }
  return { kind: 'template', parts };
}

function isMatrixPart(part: TemplatePart): part is { ref: { kind: 'matrix'; name: string } } {
  return 'ref' in part && part.ref.kind === 'matrix';
}

function valueOf(name: string, combination: Combination): Scalar | undefined {
  return Object.hasOwn(combination.values, name) ? combination.values[name] : undefined;
}

/** A name that `include` gives some combinations only: the others leave the input unbound. */
function missing(name: string, spec: InputSpec | undefined, site: Site): Binding | undefined {
  // An unknown input or matrix name was reported already.
  if (!spec || spec.optional || !site.ex.names.includes(name)) return undefined;
  if (spec.default !== undefined) {
    const dir = site.step.component?.dir ?? '';
    return { kind: 'literal', value: defaultValue(spec, spec.default, dir) };
  }
  const message = `instance \`${site.instance}\` has no value for \`matrix.${name}\`, and input \`${site.input}\` has no default`;
  report(site, 'missing-input', message, site.path);
  return undefined;
}

function checkedLiteral(value: Scalar, spec: InputSpec | undefined, at: Path, site: Site): Binding {
  const key = JSON.stringify([site.input, at]);
  const first = !site.ex.checked.has(key);
  site.ex.checked.add(key);
  const quiet: Report = () => undefined;
  const said: Report = (code, message, where) =>
    site.ex.scope.report(
      code,
      `${message} (matrix value for input \`${site.input}\` of step \`${site.step.id}\`)`,
      where,
    );
  return bindLiteral(value, spec, at, { ...site.ex.scope, report: first ? said : quiet });
}

function report(site: Site, code: Parameters<Report>[0], message: string, path: Path): void {
  const key = JSON.stringify([site.input, path, message]);
  if (site.ex.checked.has(key)) return;
  site.ex.checked.add(key);
  site.ex.scope.report(code, message, { path });
}

/** A binding to a matrix step's output: every instance's, gathered (matrix-output.ts). */
function gatherOutputs(
  bindings: Record<string, Binding>,
  instances: ReadonlyMap<string, MatrixInstance[]>,
): Record<string, Binding> {
  const out = Object.create(null) as Record<string, Binding>;
  for (const [input, binding] of Object.entries(bindings)) {
    const of = binding.kind === 'step-output' ? instances.get(binding.step) : undefined;
    out[input] =
      binding.kind === 'step-output' && of
        ? { kind: 'matrix-output', step: binding.step, output: binding.output, instances: of }
        : binding;
  }
  return out;
}
