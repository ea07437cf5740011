import { UserError } from '../errors.js';
import { dict } from '../pipeline/narrow.js';
import { substituteTemplate } from '../pipeline/expressions.js';
import { didYouMean } from '../pipeline/suggest.js';
import type { Binding, Pipeline, Scalar, Step } from '../pipeline/types.js';
import { parseParameterValue } from '../pipeline/values.js';

/**
 * The pipeline parameters of this run: defaults, then `--set name=value` overrides, each
 * typed and checked against enum/min/max by parseParameterValue.
 */
export function resolveParameters(
  pipeline: Pipeline,
  overrides: Record<string, string>,
): Record<string, Scalar> {
  for (const name of Object.keys(overrides)) {
    if (!Object.hasOwn(pipeline.inputs, name)) {
      const hint = didYouMean(name, Object.keys(pipeline.inputs));
      throw new UserError(`--set ${name}: the pipeline has no parameter \`${name}\`${hint}`);
    }
  }
  const values = dict<Scalar>();
  for (const [name, spec] of Object.entries(pipeline.inputs)) {
    const raw = overrides[name];
    const parsed = raw === undefined ? undefined : parseParameterValue(spec, raw);
    if (parsed && !('value' in parsed))
      throw new UserError(`--set ${name}=${raw}: ${parsed.message}`);
    const value = parsed ? parsed.value : spec.default;
    if (value === undefined) {
      if (spec.optional) continue;
      throw new UserError(`parameter \`${name}\` has no default: pass --set ${name}=VALUE`);
    }
    values[name] = value;
  }
  return values;
}

/** Parses `name=value` lines (CLI --set, the action's `set` input). */
export function parseAssignments(lines: string[]): Record<string, string> {
  const out = dict<string>();
  for (const line of lines) {
    const at = line.indexOf('=');
    if (at <= 0) throw new UserError(`--set ${line}: expected name=value`);
    out[line.slice(0, at).trim()] = line.slice(at + 1);
  }
  return out;
}

/** What a step's inputs resolve to before any file is read. */
export interface ResolvedInputs {
  /** Parameter inputs (string, number, integer, boolean). */
  params: Record<string, Scalar>;
  /** `path` inputs bound to a repo path (relative to the root). */
  paths: Record<string, string>;
  /** `path` inputs bound to an upstream output: a data edge. */
  upstream: Record<string, { step: string; output: string }>;
  /** `path` inputs bound to a matrix step's output: every instance's, gathered in a folder. */
  gathered: Record<string, MatrixOutput>;
}

export type MatrixOutput = Extract<Binding, { kind: 'matrix-output' }>;

export function resolveInputs(step: Step, parameters: Record<string, Scalar>): ResolvedInputs {
  const bound: ResolvedInputs = { params: {}, paths: {}, upstream: {}, gathered: {} };
  for (const [name, binding] of Object.entries(step.with)) {
    const spec = step.component.inputs[name];
    if (binding.kind === 'step-output') {
      bound.upstream[name] = { step: binding.step, output: binding.output };
      continue;
    }
    if (binding.kind === 'matrix-output') {
      bound.gathered[name] = binding;
      continue;
    }
    // An instance of a matrix step holds its values as literals (pipeline/matrix-steps.ts).
    if (binding.kind === 'matrix') throw new Error(`step ${step.id}: an unbound matrix value`);
    let value: Scalar | undefined;
    if (binding.kind === 'literal') value = binding.value;
    else if (binding.kind === 'param') value = parameters[binding.name];
    else {
      value = substituteTemplate(binding.parts, (ref) =>
        ref.kind === 'input' ? String(parameters[ref.name] ?? '') : '',
      );
    }
    if (value === undefined) continue; // an optional parameter left unset
    if (spec?.type === 'path') bound.paths[name] = String(value);
    else bound.params[name] = value;
  }
  return bound;
}
