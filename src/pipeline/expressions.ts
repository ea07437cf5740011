import { parseExpression } from './expression-parser.js';
import type { ExpressionIssue } from './condition.js';
import type { Reference, Template, TemplatePart } from './types.js';

export { checkCondition, conditionText, evaluateCondition } from './condition.js';

/**
 * Where a template is written, which decides the references it may hold (README, component.yml):
 * a component's `run`/`setup`/`env` sees its own inputs and outputs; a step's `with`
 * sees pipeline parameters and upstream step outputs.
 */
type TemplateContext = 'component' | 'with';

/** A problem in the n-th `${{` of the text (0-based), so it can be located in the source. */
interface TemplateIssue extends ExpressionIssue {
  hole: number;
}

export interface ParsedTemplate {
  template: Template;
  /** Every reference with the index of its `${{`, for name checks and their positions. */
  refs: { hole: number; ref: Reference }[];
  issues: TemplateIssue[];
}

const open = '${{';
const close = '}}';

export function hasExpression(text: string): boolean {
  return text.includes(open);
}

export function parseTemplate(text: string, context: TemplateContext): ParsedTemplate {
  const parsed: ParsedTemplate = { template: [], refs: [], issues: [] };
  let rest = 0;
  for (let hole = 0; ; hole++) {
    const start = text.indexOf(open, rest);
    if (start < 0) break;
    const end = text.indexOf(close, start + open.length);
    if (end < 0) {
      parsed.issues.push({
        hole,
        code: 'expression-syntax',
        message: '`${{` without a closing `}}`',
      });
      break;
    }
    pushText(parsed.template, text.slice(rest, start));
    const result = referenceOf(text.slice(start + open.length, end), context);
    if ('ref' in result) {
      parsed.template.push({ ref: result.ref });
      parsed.refs.push({ hole, ref: result.ref });
    } else {
      parsed.issues.push({ hole, ...result });
      pushText(parsed.template, text.slice(start, end + close.length));
    }
    rest = end + close.length;
  }
  pushText(parsed.template, text.slice(rest));
  return parsed;
}

function pushText(template: TemplatePart[], text: string): void {
  if (text === '') return;
  const last = template[template.length - 1];
  if (last && 'text' in last) {
    last.text += text;
  } else {
    template.push({ text });
  }
}

const allowed: Record<TemplateContext, string> = {
  component: '`inputs.NAME` and `outputs.NAME`',
  with: '`steps.ID.outputs.NAME` and `inputs.NAME`',
};

function referenceOf(
  inner: string,
  context: TemplateContext,
): { ref: Reference } | ExpressionIssue {
  const parsed = parseExpression(inner);
  if ('error' in parsed) return { code: 'expression-syntax', message: parsed.error };
  const expr = parsed.expr;
  const where = context === 'component' ? 'a component' : '`with`';
  if (expr.kind !== 'path') {
    const message = `only a reference may appear in ${where}: ${allowed[context]}, not \`${inner.trim()}\``;
    return { code: 'expression-context', message };
  }
  const [first, second, third, ...more] = expr.props;
  const name = second === undefined ? first : undefined;
  if (expr.root === 'inputs' && name !== undefined) return { ref: { kind: 'input', name } };
  // Only a matrix step may bind it (bindings.ts says so elsewhere, with the step's names).
  if (context === 'with' && expr.root === 'matrix' && name !== undefined) {
    return { ref: { kind: 'matrix', name } };
  }
  if (context === 'component' && expr.root === 'outputs' && name !== undefined) {
    return { ref: { kind: 'output', name } };
  }
  const stepOutput = expr.root === 'steps' && second === 'outputs' && more.length === 0;
  if (context === 'with' && stepOutput && first !== undefined && third !== undefined) {
    return { ref: { kind: 'step-output', step: first, output: third } };
  }
  const written = [expr.root, ...expr.props].join('.');
  const message = `\`${written}\` is not available in ${where}: use ${allowed[context]}`;
  return { code: 'expression-context', message };
}

/** Replaces each reference by `value(ref)`; the caller quotes values for the shell. */
export function substituteTemplate(t: Template, value: (ref: Reference) => string): string {
  return t.map((part) => ('text' in part ? part.text : value(part.ref))).join('');
}
