import { posix } from 'node:path';
import type { InputSpec, ParamType, Scalar } from './types.js';

interface ValueIssue {
  code: 'value-type' | 'value-enum' | 'value-min' | 'value-max';
  message: string;
}

const article: Record<ParamType, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'a boolean',
  path: 'a repository path (a string)',
};

function show(value: Scalar): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Whether a literal has the type; no coercion, so `"0.1"` is not a number and `1.10` is not a string. */
function hasType(type: ParamType, value: Scalar): boolean {
  switch (type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      // Past 2^53 a number is not held exactly: 99999999999999999999 would run as 1e20.
      return Number.isSafeInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
    case 'path':
      return typeof value === 'string' && value !== '';
  }
}

/** Checks a literal against an input's type, enum, min and max. */
export function checkValue(spec: InputSpec, value: Scalar): ValueIssue | undefined {
  if (!hasType(spec.type, value)) {
    const hint =
      spec.type === 'string' && typeof value !== 'string'
        ? ' (quote it)'
        : Number.isInteger(value)
          ? ` (an integer is at most ${Number.MAX_SAFE_INTEGER} in size, to be held exactly)`
          : '';
    const message = `expected ${article[spec.type]}, got ${show(value)}${hint}`;
    return { code: 'value-type', message };
  }
  if (spec.enum && !spec.enum.includes(value)) {
    const message = `${show(value)} is not one of ${spec.enum.map(show).join(', ')}`;
    return { code: 'value-enum', message };
  }
  if (typeof value !== 'number') return undefined;
  if (spec.min !== undefined && value < spec.min) {
    return { code: 'value-min', message: `${value} is less than the minimum ${spec.min}` };
  }
  if (spec.max !== undefined && value > spec.max) {
    return { code: 'value-max', message: `${value} is more than the maximum ${spec.max}` };
  }
  return undefined;
}

/** A pipeline parameter may feed an input of the same type; an integer also feeds a number. */
export function typesCompatible(from: ParamType, to: ParamType): boolean {
  return from === to || (from === 'integer' && to === 'number');
}

/**
 * The typed value of a parameter given as text (`--set lr=0.1`, a workflow_dispatch input),
 * checked against its spec. The one place text becomes a parameter value: booleans are
 * `true`/`false` in any case, as YAML and GitHub's inputs write them.
 */
export function parseParameterValue(spec: InputSpec, text: string): { value: Scalar } | ValueIssue {
  let value: Scalar = text;
  if (spec.type === 'number' || spec.type === 'integer') {
    value = text.trim() === '' ? NaN : Number(text);
  } else if (spec.type === 'boolean') {
    const lower = text.trim().toLowerCase();
    if (lower === 'true' || lower === 'false') value = lower === 'true';
  } else if (spec.type === 'path' && !isRepoRelative(text)) {
    const message = 'a path must stay inside the repository (relative, no leading ..)';
    return { code: 'value-type', message };
  }
  if (typeof value === 'number' && Number.isNaN(value)) {
    return { code: 'value-type', message: `expected ${article[spec.type]}, got ${show(text)}` };
  }
  return checkValue(spec, value) ?? { value };
}

/** A path written relative to the repository root that does not climb out of it. */
function isRepoRelative(text: string): boolean {
  const normal = posix.normalize(text);
  return !text.startsWith('/') && normal !== '..' && !normal.startsWith('../');
}
