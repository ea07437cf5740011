import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { falsy } from '@actions/expressions/result';
import {
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
  type BasicExpressionToken,
  type TemplateToken,
} from './workflow-parse.js';

/**
 * The status functions where an expression is evaluated. @actions/expressions implements
 * only the context-free functions (format, fromJSON, contains, ...): a job's or a step's
 * status is the runner's business, so they are given to its Parser as extension functions
 * and to its Evaluator as definitions computed from the run so far.
 */
export interface Status {
  success(): boolean;
  failure(): boolean;
  cancelled(): boolean;
}

export interface Scope {
  /** Plain JSON per context name (`github`, `needs`, ...); case-insensitive, as on GitHub. */
  contexts: Record<string, unknown>;
  /** Undefined where GitHub allows no status function (`with`, `env`, outputs). */
  status?: Status;
  /** Turns a value's expression token into the expression GitHub evaluates. */
  expressionOf: (token: BasicExpressionToken) => string;
}

// Which of them an expression may name where is the parser's business (it checks each
// position against the schema); here each is at least an empty object.
const CONTEXTS = [
  'github',
  'inputs',
  'vars',
  'needs',
  'secrets',
  'steps',
  'env',
  'job',
  'runner',
  'strategy',
  'matrix',
];

export function evaluate(expression: string, scope: Scope): data.ExpressionData {
  const functions = functionsFor(scope.status);
  const tokens = new Lexer(expression).lex().tokens;
  const tree = new Parser(tokens, CONTEXTS, [...functions.values()]).parse();
  const contexts: Record<string, unknown> = {};
  for (const name of CONTEXTS) contexts[name] = scope.contexts[name] ?? {};
  Object.assign(contexts, scope.contexts);
  const context = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
  return new Evaluator(tree, context, functions).evaluate();
}

/** An `if`: GitHub's truthiness (null, false, 0, NaN and '' are false). */
export function isTrue(expression: string, scope: Scope): boolean {
  return !falsy(evaluate(expression, scope));
}

/** A value in a string position (`with`, `env`, outputs): null is '', numbers as GitHub formats them. */
export function evaluateString(token: TemplateToken, scope: Scope): string {
  if (isString(token) || isNumber(token) || isBoolean(token)) return String(token.value);
  if (!isBasicExpression(token)) return ''; // null
  const result = evaluate(scope.expressionOf(token), scope);
  if (!result.primitive) {
    throw new Error(`${token.expression}: an object or array where a string is expected`);
  }
  return result.coerceString();
}

export function evaluateMap(
  token: TemplateToken | undefined,
  scope: Scope,
): Record<string, string> {
  if (!token) return {};
  if (!isMapping(token)) {
    // A whole mapping given as one expression: `env: ${{ fromJSON(...) }}`.
    const value = evaluateValue(token, scope);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new Error(`${JSON.stringify(value)}: a mapping was expected`);
    }
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, v === null ? '' : String(v)]),
    );
  }
  const out: Record<string, string> = {};
  for (const { key, value } of token) {
    out[key.assertString('key').value] = evaluateString(value, scope);
  }
  return out;
}

/** Any value (permissions, environment, runs-on, concurrency) as plain JSON. */
export function evaluateValue(token: TemplateToken | undefined, scope: Scope): unknown {
  if (!token) return undefined;
  if (isBasicExpression(token)) {
    return JSON.parse(JSON.stringify(evaluate(scope.expressionOf(token), scope), data.replacer));
  }
  if (isMapping(token)) {
    const out: Record<string, unknown> = {};
    for (const { key, value } of token)
      out[key.assertString('key').value] = evaluateValue(value, scope);
    return out;
  }
  if (isSequence(token)) return [...token].map((item) => evaluateValue(item, scope));
  if (isString(token) || isNumber(token) || isBoolean(token)) return token.value;
  return null;
}

function functionsFor(status: Status | undefined): Map<string, FunctionDefinition> {
  const fn = (name: string, maxArgs: number, call: () => boolean): FunctionDefinition => ({
    name,
    minArgs: 0,
    maxArgs,
    call: (...args) => {
      // `success('job')` and `failure('job')` parse on GitHub (undocumented): not modelled.
      if (args.length > 0)
        throw new Error(`${name}() with arguments is not supported by the test runner`);
      if (!status) throw new Error(`${name}() is not allowed here`);
      return new data.BooleanData(call());
    },
  });
  return new Map([
    ['success', fn('success', Number.MAX_SAFE_INTEGER, () => status!.success())],
    ['failure', fn('failure', Number.MAX_SAFE_INTEGER, () => status!.failure())],
    ['cancelled', fn('cancelled', 0, () => status!.cancelled())],
    ['always', fn('always', 0, () => true)],
    [
      'hashfiles',
      {
        name: 'hashFiles',
        minArgs: 1,
        maxArgs: 255,
        call: () => {
          throw new Error('hashFiles() is not supported by the test runner');
        },
      },
    ],
  ]);
}
