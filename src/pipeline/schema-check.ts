import { validateComponent, validatePipeline } from './generated/validators.js';
import type { SchemaError } from './generated/validators.js';
import { didYouMean } from './suggest.js';
import type { Path, Report } from './yaml-source.js';

/**
 * Checks a file against its JSON Schema (schema/*.schema.json) and reports every error
 * at the YAML node it is about. Later checks skip values of the wrong shape.
 */
export function checkSchema(
  kind: 'pipeline' | 'component',
  value: unknown,
  report: Report,
): boolean {
  const validate = kind === 'pipeline' ? validatePipeline : validateComponent;
  if (validate(value)) return true;
  const errors = validate.errors ?? [];
  for (const error of errors) {
    // A failed `propertyNames` is reported once, by its inner error that names the key; a
    // failed `if` by the errors of its `then`.
    if (error.keyword === 'propertyNames' || error.keyword === 'if') continue;
    // Secret names are checked by access.ts, with GitHub's rules and the names pipekit keeps.
    if (error.keyword === 'pattern' && pathOf(error.instancePath).at(-2) === 'secrets') continue;
    reportError(error, report);
  }
  return false;
}

function pathOf(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function describePath(path: Path): string {
  return path.length === 0 ? 'the file' : `\`${path.join('.')}\``;
}

function reportError(error: SchemaError, report: Report): void {
  const path = pathOf(error.instancePath);
  const params = error.params;
  if (error.propertyName !== undefined) {
    const key = error.propertyName;
    const stepId = path.length === 1 && path[0] === 'steps';
    const message = stepId
      ? `invalid step id \`${key}\`: use lowercase letters, digits, \`_\` and \`-\`, starting with a letter`
      : `invalid name \`${key}\`: use letters, digits, \`_\` and \`-\`, starting with a letter or \`_\``;
    report(stepId ? 'invalid-step-id' : 'invalid-value', message, {
      path: [...path, key],
      at: 'key',
    });
    return;
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      const message = `unknown key \`${key}\` in ${describePath(path)}${didYouMean(key, known)}`;
      report('unknown-key', message, { path: [...path, key], at: 'key' });
      return;
    }
    case 'type': {
      const message = `${describePath(path)} must be ${typeNames(params.type)}, not ${kindOf(error.data)}`;
      report('wrong-type', message, { path });
      return;
    }
    case 'required': {
      const message = `${describePath(path)} is missing \`${String(params.missingProperty)}\``;
      report('missing-key', message, { path, at: 'key' });
      return;
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const hint = didYouMean(String(error.data), allowed);
      const message = `${describePath(path)} must be one of ${allowed.join(', ')}${hint}`;
      report('invalid-value', message, { path });
      return;
    }
    case 'minProperties':
    case 'minItems':
      report('invalid-value', `${describePath(path)} must not be empty`, { path });
      return;
    default:
      report('invalid-value', `${describePath(path)} ${error.message ?? 'is invalid'}`, { path });
  }
}

const typeWords: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'a boolean',
  array: 'a list',
  object: 'a mapping',
  null: 'empty',
};

function typeNames(type: unknown): string {
  const types = Array.isArray(type) ? type.map(String) : [String(type)];
  const words = types.map((t) => typeWords[t] ?? t);
  return words.length > 1
    ? `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`
    : (words[0] ?? '');
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return `${typeof value} ${String(value)}`;
}
