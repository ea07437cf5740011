import { callsOf, parseExpression, pathsOf } from './expression-parser.js';
import type { Expr, Literal } from './expression-parser.js';
import type { Scalar } from './types.js';

interface ConditionContext {
  github: Record<string, string>;
  inputs: Record<string, Scalar>;
}

export interface ExpressionIssue {
  code: 'expression-syntax' | 'expression-context';
  message: string;
}

/**
 * The `github.*` names an `if` may read: what the action can take from the runner's
 * environment (`GITHUB_<NAME>`) and so give the plan exactly as GitHub would. Others
 * (`github.event.*`, `github.job`) are refused by validation rather than read as null.
 */
export const GITHUB_CONTEXT_NAMES = [
  'ref',
  'ref_name',
  'ref_type',
  'sha',
  'event_name',
  'base_ref',
  'head_ref',
  'repository',
  'repository_owner',
  'actor',
  'triggering_actor',
  'run_id',
  'run_number',
  'run_attempt',
  'workflow',
  'server_url',
] as const;

const functions: Record<string, (a: string, b: string) => boolean> = {
  startsWith: (a, b) => a.startsWith(b),
  endsWith: (a, b) => a.endsWith(b),
  contains: (a, b) => a.includes(b),
};

/**
 * The text of an `if`: `${{ expr }}` or a bare `expr`, as GitHub accepts both.
 * Text around the braces would make GitHub treat the whole value as a (always true) string.
 */
export function conditionText(value: string): { text: string } | { issue: ExpressionIssue } {
  const trimmed = value.trim();
  const match = /^\$\{\{([\s\S]*)\}\}$/.exec(trimmed);
  const text = match ? (match[1] ?? '') : trimmed;
  if (text.includes('${{') || text.includes('}}')) {
    const message = 'write the whole condition inside one `${{ }}`';
    return { issue: { code: 'expression-syntax', message } };
  }
  return { text: text.trim() };
}

/**
 * Checks an `if` expression: syntax, functions, and contexts (`github.*`, `inputs.*`).
 * Returns the problems and the pipeline parameters it reads (for unknown-parameter).
 */
export function checkCondition(text: string): { issues: ExpressionIssue[]; inputs: string[] } {
  const parsed = parseExpression(text);
  if ('error' in parsed) {
    return { issues: [{ code: 'expression-syntax', message: parsed.error }], inputs: [] };
  }
  const issues: ExpressionIssue[] = [];
  for (const call of callsOf(parsed.expr)) {
    if (!Object.hasOwn(functions, call.name)) {
      const known = Object.keys(functions).join(', ');
      issues.push({
        code: 'expression-context',
        message: `unknown function \`${call.name}\` (known: ${known})`,
      });
    } else if (call.args.length !== 2) {
      issues.push({ code: 'expression-syntax', message: `\`${call.name}\` takes 2 arguments` });
    }
  }
  const inputs: string[] = [];
  for (const path of pathsOf(parsed.expr)) {
    const [name, ...more] = path.props;
    const written = [path.root, ...path.props].join('.');
    if (path.root === 'inputs' && name !== undefined && more.length === 0) {
      inputs.push(name);
    } else if (path.root !== 'github' || name === undefined) {
      const message = `\`${written}\` is not available in \`if\`: use \`github.NAME\` or \`inputs.NAME\``;
      issues.push({ code: 'expression-context', message });
    } else if (more.length > 0 || !isGithubName(name)) {
      const message = `\`${written}\` is not available in \`if\`: the github names are ${GITHUB_CONTEXT_NAMES.join(', ')}`;
      issues.push({ code: 'expression-context', message });
    }
  }
  return { issues, inputs };
}

function isGithubName(name: string): boolean {
  const lower = name.toLowerCase();
  return GITHUB_CONTEXT_NAMES.some((known) => known === lower);
}

/**
 * Evaluates a validated `if` expression with GitHub's semantics: loose `==` (numbers when
 * the types differ), case-insensitive string comparison, `&&`/`||` yielding an operand.
 * Throws on invalid text: validation has rejected it before any caller gets here.
 */
export function evaluateCondition(expr: string, ctx: ConditionContext): boolean {
  const parsed = parseExpression(expr);
  if ('error' in parsed) throw new Error(`invalid condition \`${expr}\`: ${parsed.error}`);
  return truthy(evaluate(parsed.expr, ctx));
}

function evaluate(expr: Expr, ctx: ConditionContext): Literal {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'path':
      return lookup(expr.root, expr.props, ctx);
    case 'not':
      return !truthy(evaluate(expr.operand, ctx));
    case 'call': {
      const [a, b] = expr.args.map((arg) => text(evaluate(arg, ctx)).toLowerCase());
      const fn = functions[expr.name];
      if (!fn || a === undefined || b === undefined) {
        throw new Error(`invalid call \`${expr.name}\``);
      }
      return fn(a, b);
    }
    case 'binary': {
      const left = evaluate(expr.left, ctx);
      if (expr.op === '&&') return truthy(left) ? evaluate(expr.right, ctx) : left;
      if (expr.op === '||') return truthy(left) ? left : evaluate(expr.right, ctx);
      return compare(expr.op, left, evaluate(expr.right, ctx));
    }
  }
}

/** A missing property is null, as in GitHub; nested github paths are looked up dotted. */
function lookup(root: string, props: string[], ctx: ConditionContext): Literal {
  const record: Record<string, Scalar> | undefined =
    root === 'github' ? ctx.github : root === 'inputs' ? ctx.inputs : undefined;
  if (!record || props.length === 0) return null;
  const key = props.join('.');
  if (Object.hasOwn(record, key)) return record[key] ?? null;
  // Property names are case-insensitive in GitHub expressions.
  const lower = key.toLowerCase();
  const found = Object.keys(record).find((name) => name.toLowerCase() === lower);
  return found === undefined ? null : (record[found] ?? null);
}

function compare(op: string, left: Literal, right: Literal): boolean {
  let a: string | number;
  let b: string | number;
  if (typeof left === 'string' && typeof right === 'string') {
    a = left.toLowerCase();
    b = right.toLowerCase();
  } else {
    a = toNumber(left);
    b = toNumber(right);
  }
  switch (op) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    default:
      return a >= b;
  }
}

function toNumber(value: Literal): number {
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  return value.trim() === '' ? 0 : Number(value);
}

function text(value: Literal): string {
  return value === null ? '' : String(value);
}

function truthy(value: Literal): boolean {
  return value !== null && value !== false && value !== 0 && value !== '' && !Number.isNaN(value);
}
