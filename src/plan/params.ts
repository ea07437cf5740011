import { posix } from 'node:path';
import { closest } from 'fastest-levenshtein';
import { UserError } from '../errors.js';
import type { InputSpec, Pipeline, Scalar, Step, Template } from '../pipeline/types.js';

/**
 * The pipeline parameters of this run: defaults, then `--set name=value` overrides, each
 * coerced to its declared type and checked against enum/min/max.
 */
export function resolveParameters(
  pipeline: Pipeline,
  overrides: Record<string, string>,
): Record<string, Scalar> {
  const names = Object.keys(pipeline.inputs);
  for (const name of Object.keys(overrides)) {
    if (!(name in pipeline.inputs)) {
      const hint = names.length > 0 ? ` (did you mean \`${closest(name, names)}\`?)` : '';
      throw new UserError(`--set ${name}: the pipeline has no parameter \`${name}\`${hint}`);
    }
  }
  const values: Record<string, Scalar> = {};
  for (const [name, spec] of Object.entries(pipeline.inputs)) {
    const raw = overrides[name];
    const value = raw === undefined ? spec.default : coerce(name, raw, spec);
    if (value === undefined) {
      if (spec.optional) continue;
      throw new UserError(`parameter \`${name}\` has no default: pass --set ${name}=VALUE`);
    }
    values[name] = value;
  }
  return values;
}

function coerce(name: string, raw: string, spec: InputSpec): Scalar {
  const fail = (why: string): never => {
    throw new UserError(`--set ${name}=${raw}: ${why}`);
  };
  let value: Scalar = raw;
  if (spec.type === 'number' || spec.type === 'integer') {
    value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value)) {
      fail(spec.type === 'integer' ? 'expected an integer' : 'expected a number');
    }
    if (spec.type === 'integer' && !Number.isInteger(value)) fail('expected an integer');
    if (spec.min !== undefined && value < spec.min) fail(`below the minimum ${spec.min}`);
    if (spec.max !== undefined && value > spec.max) fail(`above the maximum ${spec.max}`);
  } else if (spec.type === 'path') {
    // A path is a file or folder of the repository, written relative to its root.
    const normal = posix.normalize(raw);
    if (raw.startsWith('/') || normal === '..' || normal.startsWith('../')) {
      fail('a path must stay inside the repository (relative, no leading ..)');
    }
  } else if (spec.type === 'boolean') {
    if (raw !== 'true' && raw !== 'false') fail('expected true or false');
    value = raw === 'true';
  }
  if (spec.enum && !spec.enum.includes(value)) {
    fail(`expected one of ${spec.enum.map((v) => JSON.stringify(v)).join(', ')}`);
  }
  return value;
}

/** Parses `name=value` lines (CLI --set, the action's `set` input). */
export function parseAssignments(lines: string[]): Record<string, string> {
  const out: Record<string, string> = {};
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
}

export function resolveInputs(step: Step, parameters: Record<string, Scalar>): ResolvedInputs {
  const bound: ResolvedInputs = { params: {}, paths: {}, upstream: {} };
  for (const [name, binding] of Object.entries(step.with)) {
    const spec = step.component.inputs[name];
    if (binding.kind === 'step-output') {
      bound.upstream[name] = { step: binding.step, output: binding.output };
      continue;
    }
    let value: Scalar | undefined;
    if (binding.kind === 'literal') value = binding.value;
    else if (binding.kind === 'param') value = parameters[binding.name];
    else value = renderParams(binding.parts, parameters);
    if (value === undefined) continue; // an optional parameter left unset
    if (spec?.type === 'path') bound.paths[name] = String(value);
    else bound.params[name] = value;
  }
  return bound;
}

function renderParams(parts: Template, parameters: Record<string, Scalar>): string {
  return parts
    .map((part) =>
      'text' in part
        ? part.text
        : part.ref.kind === 'input'
          ? String(parameters[part.ref.name] ?? '')
          : '',
    )
    .join('');
}
