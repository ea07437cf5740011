import { hasExpression } from './expressions.js';
import { checkRepoPath } from './paths.js';
import { asNumber, asRecord, asScalar, asString, dict, entriesOf } from './narrow.js';
import type { InputSpec, OutputSpec, OutputType, ParamType, RepoView, Scalar } from './types.js';
import { checkValue } from './values.js';
import type { Path, Report } from './yaml-source.js';

const paramTypes: readonly string[] = ['string', 'number', 'integer', 'boolean', 'path'];
const outputTypes: readonly string[] = ['dir', 'file', 'metrics'];

/** The well-formed input declarations of `inputs:` (a pipeline's parameters or a component's). */
export function readInputs(value: unknown): Record<string, InputSpec> {
  const inputs = dict<InputSpec>();
  for (const [name, raw] of entriesOf(value)) {
    const spec = readInput(asRecord(raw));
    if (spec) inputs[name] = spec;
  }
  return inputs;
}

function readInput(raw: Record<string, unknown> | undefined): InputSpec | undefined {
  const type = asString(raw?.type);
  if (!raw || type === undefined || !paramTypes.includes(type)) return undefined;
  const spec: InputSpec = { type: type as ParamType };
  const defaultValue = asScalar(raw.default);
  if (defaultValue !== undefined) spec.default = defaultValue;
  if (Array.isArray(raw.enum)) spec.enum = raw.enum.flatMap((v) => asScalar(v) ?? []);
  const min = asNumber(raw.min);
  if (min !== undefined) spec.min = min;
  const max = asNumber(raw.max);
  if (max !== undefined) spec.max = max;
  if (raw.optional === true) spec.optional = true;
  const description = asString(raw.description);
  if (description !== undefined) spec.description = description;
  return spec;
}

export function readOutputs(value: unknown): Record<string, OutputSpec> {
  const outputs = dict<OutputSpec>();
  for (const [name, raw] of entriesOf(value)) {
    const record = asRecord(raw);
    const type = asString(record?.type);
    if (type === undefined || !outputTypes.includes(type)) continue;
    const description = asString(record?.description);
    outputs[name] =
      description === undefined
        ? { type: type as OutputType }
        : { type: type as OutputType, description };
  }
  return outputs;
}

export interface SpecScope {
  report: Report;
  repo: RepoView;
  /** The folder path defaults are relative to ('' = the pipeline root). */
  dir: string;
}

/** Checks each declaration against itself: default, enum values, min and max. */
export function checkInputs(specs: Record<string, InputSpec>, at: Path, scope: SpecScope): void {
  for (const [name, spec] of Object.entries(specs)) {
    const path = [...at, name];
    const numeric = spec.type === 'number' || spec.type === 'integer';
    for (const key of ['min', 'max'] as const) {
      if (spec[key] !== undefined && !numeric) {
        scope.report('invalid-value', `\`${key}\` applies to number and integer inputs only`, {
          path: [...path, key],
          at: 'key',
        });
      }
    }
    if (spec.min !== undefined && spec.max !== undefined && spec.min > spec.max) {
      scope.report('invalid-value', `min ${spec.min} is more than max ${spec.max}`, {
        path: [...path, 'min'],
      });
    }
    if (spec.enum && spec.type === 'path') {
      scope.report('invalid-value', '`enum` does not apply to path inputs', {
        path: [...path, 'enum'],
        at: 'key',
      });
    }
    spec.enum?.forEach((value, index) => {
      const issue = checkValue({ type: spec.type }, value);
      if (issue) scope.report(issue.code, issue.message, { path: [...path, 'enum', index] });
    });
    if (spec.default !== undefined) checkDefault(spec, spec.default, [...path, 'default'], scope);
  }
}

function checkDefault(spec: InputSpec, value: Scalar, path: Path, scope: SpecScope): void {
  if (typeof value === 'string' && hasExpression(value)) {
    scope.report('expression-context', 'a default is a literal; expressions are not allowed here', {
      path,
      hole: 0,
    });
    return;
  }
  const issue = checkValue(spec, value);
  if (issue) {
    scope.report(issue.code, `default: ${issue.message}`, { path });
  } else if (spec.type === 'path' && typeof value === 'string') {
    const checked = checkRepoPath(scope.repo, scope.dir, value);
    if (!('path' in checked)) scope.report(checked.code, checked.message, { path });
  }
}

/**
 * Outputs live in `.pipekit/out/<step>/<output>`, so two outputs can only collide on a
 * case-insensitive file system (macOS, Windows): `Model` and `model`.
 */
export function checkOutputPaths(
  outputs: Record<string, OutputSpec>,
  at: Path,
  report: Report,
): void {
  const seen = new Map<string, string>();
  for (const name of Object.keys(outputs)) {
    const first = seen.get(name.toLowerCase());
    if (first === undefined) {
      seen.set(name.toLowerCase(), name);
    } else {
      const message = `outputs \`${first}\` and \`${name}\` would share one folder on a case-insensitive file system`;
      report('duplicate-output-path', message, { path: [...at, name], at: 'key' });
    }
  }
}
