import type { InputSpec, Scalar } from '../pipeline/types.js';
import { Literal } from './emit.js';
import type { YamlMapping, YamlValue } from './emit.js';

/** The one dispatch input that carries every parameter when they are too many for a field each. */
const JSON_INPUT = 'parameters';

/**
 * `on.workflow_dispatch.inputs`: one per pipeline parameter, in the pipeline's order (the
 * order GitHub shows them in the "Run workflow" form), when there are at most `limit`;
 * beyond that GitHub refuses the whole workflow, so one `parameters` input takes a JSON
 * object instead. The pipeline's default applies to a field left empty.
 */
export function dispatchInputs(
  inputs: Record<string, InputSpec>,
  limit: number,
): Map<string, YamlMapping> | undefined {
  const names = Object.keys(inputs);
  if (names.length === 0) return undefined;
  const out = new Map<string, YamlMapping>();
  if (names.length > limit) {
    out.set(JSON_INPUT, {
      description: sanitizeText(
        `Parameter values as a JSON object, e.g. {"${names[0]}": ...}; a parameter left out keeps its default. Parameters: ${names.join(', ')}`,
      ),
      required: false,
      type: 'string',
      default: '',
    });
    return out;
  }
  for (const name of names) {
    const spec = inputs[name] as InputSpec;
    const choice = spec.enum !== undefined && spec.enum.length > 0;
    out.set(name, {
      description: sanitizeText(spec.description ?? describe(spec)),
      // Without a default the run cannot start unless given a value: the form asks for it.
      required: spec.default === undefined && spec.optional !== true,
      type: choice ? 'choice' : dispatchType(spec),
      options: choice ? (spec.enum ?? []).map(String) : undefined,
      default: dispatchDefault(spec, choice),
    });
  }
  return out;
}

/**
 * How the plan job gets this run's parameter values: nothing without a dispatch form, the
 * JSON input when the parameters are too many for a field each, else `set` lines. The
 * plan job resolves them once and hands every later job the result (`params`).
 */
export function planParameters(
  inputs: Record<string, InputSpec>,
  dispatch: boolean,
  limit: number,
): Record<string, YamlValue> {
  const names = Object.keys(inputs);
  if (!dispatch || names.length === 0) return {};
  if (names.length > limit) return { params: `\${{ inputs.${JSON_INPUT} }}` };
  const set = setAssignments(inputs);
  return set === undefined ? {} : { set };
}

/**
 * The `set` input of the action: one `name=value` line per parameter. The `inputs`
 * context is null on push and pull_request, and a form field may be cleared; `name=`
 * would then override the pipeline's default with an empty string (an error for a
 * number). So each line comes out blank unless the value is non-empty, and blank lines
 * are dropped by the action (`core.getMultilineInput` drops them). `format('{0}', ...)`
 * compares as text: a bare `inputs.x != ''` would coerce `false` and `0` to equal `''`.
 */
function setAssignments(inputs: Record<string, InputSpec>): Literal | undefined {
  const names = Object.keys(inputs);
  if (names.length === 0) return undefined;
  const lines = names.map(
    (name) =>
      `\${{ format('{0}', inputs.${name}) != '' && format('${name}={0}', inputs.${name}) || '' }}`,
  );
  return new Literal(lines.join('\n'));
}

function dispatchType(spec: InputSpec): 'string' | 'number' | 'boolean' {
  switch (spec.type) {
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'string':
    case 'path':
      return 'string';
  }
}

function dispatchDefault(spec: InputSpec, choice: boolean): YamlValue | undefined {
  const value: Scalar | undefined = spec.default;
  if (value === undefined) return undefined;
  // A choice's options are strings, so its default must be the same string.
  if (choice) return String(value);
  if (spec.type === 'boolean' || spec.type === 'number' || spec.type === 'integer') return value;
  return String(value);
}

/** The form cannot enforce min/max or integrality, so the description says them. */
function describe(spec: InputSpec): string {
  const parts: string[] = [spec.type === 'path' ? 'path in the repository' : spec.type];
  if (spec.min !== undefined) parts.push(`min ${spec.min}`);
  if (spec.max !== undefined) parts.push(`max ${spec.max}`);
  return parts.join(', ');
}

/**
 * Free text lands in `on:`, where GitHub allows no expression: a literal `${{` would make
 * the whole workflow invalid, so it is broken up.
 */
export function sanitizeText(text: string): string {
  return text.replaceAll('${{', '$ {{').replace(/\s*\n\s*/g, ' ');
}
