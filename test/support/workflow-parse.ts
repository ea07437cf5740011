import { readFileSync } from 'node:fs';
import { register } from 'node:module';
import type { ActionTemplate } from '@actions/workflow-parser/actions/index';
import type {
  ActionStep,
  EventsConfig,
  Job,
  RunStep,
  WorkflowTemplate,
} from '@actions/workflow-parser/model/workflow-template';
import type {
  BasicExpressionToken,
  MappingToken,
  TemplateToken,
} from '@actions/workflow-parser/templates/tokens/index';
import { LineCounter, parseDocument, visit } from 'yaml';

// The parser imports its JSON schemas without an import attribute, which Node 20 refuses:
// the hook serves them as modules (see json-modules.mjs); the import must come after it.
register('../github/json-modules.mjs', import.meta.url);
const parser = await import('@actions/workflow-parser');
export const { isBasicExpression, isBoolean, isMapping, isNumber, isSequence, isString } = parser;

/** GitHub refuses larger workflow files without a word: no run starts (GITHUB-FACTS.md). */
export const MAX_WORKFLOW_BYTES = 500 * 1024;
/** Top-level workflow_dispatch inputs on github.com; more makes the whole file invalid. */
const MAX_DISPATCH_INPUTS = 25;

export type DispatchInputType = 'string' | 'choice' | 'boolean' | 'number' | 'environment';

export interface DispatchInput {
  name: string;
  type: DispatchInputType;
  required: boolean;
  default: string | number | boolean | undefined;
  options: string[] | undefined;
}

export type ParsedStep = {
  /** The parser's id: the `id:` given, else a generated one starting with `__`. */
  id: string;
  model: ActionStep | RunStep;
  /** The step's mapping, for what the converted model leaves out (`with`, `shell`, ...). */
  token: MappingToken;
};

export interface ParsedJob {
  id: string;
  needs: string[];
  /** The job's `if` as GitHub evaluates it: with `success() &&` when it calls no status function. */
  condition: string;
  model: Job;
  /** The job's mapping, for what the converted model leaves out (`timeout-minutes`, `permissions`, ...). */
  token: MappingToken;
  steps: ParsedStep[];
}

export interface ParsedWorkflow {
  /** `github.workflow`: the `name:`, else the file's path. */
  name: string;
  bytes: number;
  events: EventsConfig;
  dispatchInputs: DispatchInput[];
  root: MappingToken;
  template: WorkflowTemplate;
  jobs: ParsedJob[];
  /** The expression GitHub evaluates for a value: see `expressionReader`. */
  expressionOf(token: BasicExpressionToken): string;
}

/**
 * A workflow file through GitHub's parser (`@actions/workflow-parser`, the one behind the
 * Actions VS Code extension): schema errors from parsing, then conversion errors (needs,
 * job ids, expressions). Any error throws with every message, as "Invalid workflow file"
 * stops every trigger of the file on GitHub.
 */
export async function parseWorkflowFile(text: string, path: string): Promise<ParsedWorkflow> {
  const parsed = parser.parseWorkflow(
    { name: path, content: text },
    new parser.NoOperationTraceWriter(),
  );
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  const template =
    parsed.value && (await parser.convertWorkflowTemplate(parsed.context, parsed.value));
  for (const e of template?.errors ?? []) if (!errors.includes(e.Message)) errors.push(e.Message);
  if (errors.length > 0 || !template || !parsed.value) {
    throw new Error(`${path}: invalid workflow file:\n${errors.join('\n')}`);
  }
  const root = parsed.value.assertMapping('workflow');
  const jobsToken = root.find('jobs')!.assertMapping('jobs');
  const jobs = template.jobs.map((job) => {
    if (job.type !== 'job') throw unsupported(job.id.value, 'a reusable workflow job (`uses:`)');
    return parseJob(job, jobsToken.find(job.id.value)!.assertMapping('job'));
  });
  const nameToken = root.find('name');
  return {
    name: nameToken && isString(nameToken) ? nameToken.value : path,
    bytes: Buffer.byteLength(text),
    events: template.events,
    dispatchInputs: dispatchInputs(root, path),
    root,
    template,
    jobs,
    expressionOf: expressionReader(text),
  };
}

function parseJob(job: Job, token: MappingToken): ParsedJob {
  const id = job.id.value;
  for (const key of ['container', 'services', 'continue-on-error'])
    if (token.find(key)) throw unsupported(id, `\`${key}\``);
  const stepTokens = token.find('steps')?.assertSequence('steps');
  const steps = job.steps.map((model, index): ParsedStep => {
    if (!('uses' in model) && !('run' in model))
      throw unsupported(id, 'a step that is neither `uses` nor `run`');
    return { id: model.id, model, token: stepTokens!.get(index).assertMapping('step') };
  });
  return {
    id,
    needs: (job.needs ?? []).map((n) => n.value),
    condition: job.if.expression,
    model: job,
    token,
    steps,
  };
}

function unsupported(job: string, what: string): Error {
  return new Error(`job ${job}: the test runner does not support ${what}`);
}

/**
 * Read from the tokens: the converter keeps no `type: number` input (its InputType has no
 * number, so the type and default are dropped), which GitHub accepts.
 */
function dispatchInputs(root: MappingToken, path: string): DispatchInput[] {
  const on = root.find('on');
  const dispatch = on && isMapping(on) ? on.find('workflow_dispatch') : undefined;
  const inputs = dispatch && isMapping(dispatch) ? dispatch.find('inputs') : undefined;
  if (!inputs || !isMapping(inputs)) return [];
  const result: DispatchInput[] = [];
  const seen = new Set<string>();
  for (const { key, value } of inputs) {
    const name = key.assertString('input name').value;
    // GitHub compares input names without case: `lr` and `LR` make the file invalid.
    if (seen.has(name.toLowerCase())) throw new Error(`${path}: input ${name} is defined twice`);
    seen.add(name.toLowerCase());
    const spec = value.assertMapping('input');
    const scalar = (k: string) => {
      const t = spec.find(k);
      return t && (isString(t) || isNumber(t) || isBoolean(t)) ? t.value : undefined;
    };
    const options = spec.find('options');
    result.push({
      name,
      type: (scalar('type') as DispatchInputType | undefined) ?? 'string',
      required: scalar('required') === true,
      default: scalar('default'),
      options: options
        ? [...options.assertSequence('options')].map((o) => o.assertString('option').value)
        : undefined,
    });
  }
  if (result.length > MAX_DISPATCH_INPUTS) {
    throw new Error(
      `${path}: ${result.length} workflow_dispatch inputs, over GitHub's ${MAX_DISPATCH_INPUTS}: "Invalid workflow file"`,
    );
  }
  return result;
}

/**
 * For a value written over several lines the parser builds its `format(...)` from the YAML
 * *source* (indentation, line breaks and all: template-reader.js says it eases position
 * calculation for the editor), where GitHub's runtime uses the scalar's value. So such a
 * value's expression is rebuilt here from the value, the way the parser splits a one-line
 * one; a `run: |` script with `${{ }}` gets GitHub's text, not the file's indentation.
 */
function expressionReader(text: string): (token: BasicExpressionToken) => string {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: true, uniqueKeys: false });
  const values = new Map<string, string>();
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string' || !node.range) return;
      const at = lineCounter.linePos(node.range[0]);
      values.set(`${at.line}:${at.col}`, node.value);
    },
  });
  return (token) => {
    const range = token.range;
    if (!range || range.start.line === range.end.line) return token.expression;
    const value = values.get(`${range.start.line}:${range.start.column}`);
    if (value === undefined)
      throw new Error(`no YAML value at ${range.start.line}:${range.start.column}`);
    return formatExpression(value);
  };
}

/** A string with `${{ }}` parts as one expression, as GitHub's template reader builds it. */
export function formatExpression(value: string): string {
  const literal: string[] = [];
  const args: string[] = [];
  let i = 0;
  for (let start = value.indexOf('${{'); start >= 0; start = value.indexOf('${{', i)) {
    literal.push(value.slice(i, start));
    let inString = false;
    let end = -1;
    for (let j = start + 3; j < value.length; j++) {
      if (value[j] === "'") inString = !inString;
      else if (!inString && value[j] === '}' && value[j - 1] === '}') {
        end = j;
        break;
      }
    }
    if (end < 0) throw new Error(`an unclosed \${{ in ${JSON.stringify(value)}`);
    args.push(value.slice(start + 3, end - 1).trim());
    i = end + 1;
  }
  literal.push(value.slice(i));
  if (args.length === 1 && literal.every((l) => l === '')) return args[0]!;
  const escape = (s: string) => s.replace(/'/g, "''").replace(/\{/g, '{{').replace(/\}/g, '}}');
  let format = escape(literal[0]!);
  args.forEach((_, n) => (format += `{${n}}${escape(literal[n + 1]!)}`));
  return `format('${format}'${args.map((a) => `, ${a}`).join('')})`;
}

/** An action.yml through GitHub's parser: inputs with their defaults, `runs`. */
export async function parseActionFile(path: string): Promise<ActionTemplate> {
  const { parseAction, convertActionTemplate } =
    await import('@actions/workflow-parser/actions/index');
  const content = readFileSync(path, 'utf8');
  const parsed = parseAction({ name: path, content }, new parser.NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length > 0 || !parsed.value) throw new Error(`${path}:\n${errors.join('\n')}`);
  return convertActionTemplate(parsed.context, parsed.value);
}

export type { BasicExpressionToken, MappingToken, TemplateToken };
