/**
 * The GitHub Actions expression language, the subset pipekit supports: literals, context
 * paths (`github.ref`, `github['ref']`), function calls, `!`, comparisons, `&&`, `||`.
 */

export type Literal = string | number | boolean | null;
type BinaryOp = '==' | '!=' | '<' | '<=' | '>' | '>=' | '&&' | '||';

export type Expr =
  | { kind: 'literal'; value: Literal }
  | { kind: 'path'; root: string; props: string[] }
  | { kind: 'call'; name: string; args: Expr[] }
  | { kind: 'not'; operand: Expr }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr };

type Token =
  | { type: 'ident'; text: string }
  | { type: 'literal'; value: Literal }
  | { type: 'punct'; text: string };

const punctuation = [
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '<',
  '>',
  '!',
  '(',
  ')',
  '[',
  ']',
  '.',
  ',',
];
const identifier = /^[A-Za-z_][A-Za-z0-9_-]*/;
// GitHub's number forms: decimal with exponent, hex, optional leading minus.
const number = /^-?(?:0x[0-9a-fA-F]+|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)/;
const keywords: Record<string, Literal> = {
  true: true,
  false: false,
  null: null,
  NaN: NaN,
  Infinity: Infinity,
};

class SyntaxProblem extends Error {}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let rest = text.trimStart();
  while (rest.length > 0) {
    const token = nextToken(rest);
    tokens.push(token.token);
    rest = rest.slice(token.length).trimStart();
  }
  return tokens;
}

function nextToken(rest: string): { token: Token; length: number } {
  if (rest.startsWith("'")) return stringToken(rest);
  const num = number.exec(rest)?.[0];
  if (num !== undefined) {
    return { token: { type: 'literal', value: Number(num) }, length: num.length };
  }
  const word = identifier.exec(rest)?.[0];
  if (word !== undefined) {
    const token: Token = Object.hasOwn(keywords, word)
      ? { type: 'literal', value: keywords[word] ?? null }
      : { type: 'ident', text: word };
    return { token, length: word.length };
  }
  const punct = punctuation.find((p) => rest.startsWith(p));
  if (punct !== undefined) return { token: { type: 'punct', text: punct }, length: punct.length };
  throw new SyntaxProblem(`unexpected \`${rest[0] ?? ''}\``);
}

/** A single-quoted string; `''` is an escaped quote, as in GitHub. */
function stringToken(rest: string): { token: Token; length: number } {
  let value = '';
  for (let i = 1; i < rest.length; i++) {
    if (rest[i] !== "'") {
      value += rest[i];
    } else if (rest[i + 1] === "'") {
      value += "'";
      i++;
    } else {
      return { token: { type: 'literal', value }, length: i + 1 };
    }
  }
  throw new SyntaxProblem('unterminated string');
}

const binaryLevels: BinaryOp[][] = [['||'], ['&&'], ['==', '!='], ['<', '<=', '>', '>=']];

/** GitHub's own parser refuses deeper nesting (`MAX_PARSER_DEPTH` of @actions/expressions). */
const MAX_DEPTH = 50;
/** Operands chained by one operator level (`a && b && ...`): each is a level of the tree. */
const MAX_CHAIN = 1000;

class Parser {
  private index = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Expr {
    if (this.tokens.length === 0) throw new SyntaxProblem('empty expression');
    const expr = this.binary(0);
    const extra = this.tokens[this.index];
    if (extra) throw new SyntaxProblem(`unexpected ${describe(extra)}`);
    return expr;
  }

  private binary(level: number): Expr {
    const ops = binaryLevels[level];
    if (!ops) return this.unary();
    let left = this.binary(level + 1);
    let chained = 0;
    for (let op = this.punct(ops); op; op = this.punct(ops)) {
      if (++chained > MAX_CHAIN) {
        throw new SyntaxProblem(`more than ${MAX_CHAIN} operands joined by \`${op}\``);
      }
      left = { kind: 'binary', op: op as BinaryOp, left, right: this.binary(level + 1) };
    }
    return left;
  }

  /** One level deeper: `!`, parentheses, a call's arguments. */
  private nested<T>(parse: () => T): T {
    if (++this.depth > MAX_DEPTH) {
      throw new SyntaxProblem(`nested more than ${MAX_DEPTH} levels deep (GitHub's limit)`);
    }
    const result = parse();
    this.depth--;
    return result;
  }

  private unary(): Expr {
    if (this.punct(['!'])) return this.nested(() => ({ kind: 'not', operand: this.unary() }));
    if (this.punct(['('])) {
      return this.nested(() => {
        const inner = this.binary(0);
        this.expect(')');
        return inner;
      });
    }
    const token = this.tokens[this.index++];
    if (token?.type === 'literal') return { kind: 'literal', value: token.value };
    if (token?.type !== 'ident') {
      throw new SyntaxProblem(`expected a value, found ${describe(token)}`);
    }
    return this.punct(['(']) ? this.nested(() => this.call(token.text)) : this.path(token.text);
  }

  private call(name: string): Expr {
    const args: Expr[] = [];
    if (!this.punct([')'])) {
      do args.push(this.binary(0));
      while (this.punct([',']));
      this.expect(')');
    }
    return { kind: 'call', name, args };
  }

  private path(root: string): Expr {
    const props: string[] = [];
    for (let op = this.punct(['.', '[']); op; op = this.punct(['.', '['])) {
      const token = this.tokens[this.index++];
      if (op === '.' && token?.type === 'ident') {
        props.push(token.text);
      } else if (op === '[' && token?.type === 'literal' && typeof token.value === 'string') {
        props.push(token.value);
        this.expect(']');
      } else {
        throw new SyntaxProblem(`expected a property name, found ${describe(token)}`);
      }
    }
    return { kind: 'path', root, props };
  }

  private punct(options: readonly string[]): string | undefined {
    const token = this.tokens[this.index];
    if (token?.type !== 'punct' || !options.includes(token.text)) return undefined;
    this.index++;
    return token.text;
  }

  private expect(text: string): void {
    if (!this.punct([text])) {
      throw new SyntaxProblem(`expected \`${text}\`, found ${describe(this.tokens[this.index])}`);
    }
  }
}

function describe(token: Token | undefined): string {
  if (!token) return 'the end';
  if (token.type === 'literal') {
    return typeof token.value === 'string' ? `'${token.value}'` : `\`${token.value}\``;
  }
  return `\`${token.text}\``;
}

/** Parses the text inside `${{ }}`; a syntax error is returned, not thrown. */
export function parseExpression(text: string): { expr: Expr } | { error: string } {
  try {
    return { expr: new Parser(tokenize(text)).parse() };
  } catch (error) {
    if (error instanceof SyntaxProblem) return { error: error.message };
    throw error;
  }
}

/** Every node of an expression, each before its operands, in source order. */
function nodesOf(expr: Expr): Expr[] {
  switch (expr.kind) {
    case 'call':
      return [expr, ...expr.args.flatMap(nodesOf)];
    case 'not':
      return [expr, ...nodesOf(expr.operand)];
    case 'binary':
      return [expr, ...nodesOf(expr.left), ...nodesOf(expr.right)];
    default:
      return [expr];
  }
}

/** The context paths an expression reads (`github.ref`, `inputs.x`), in source order. */
export function pathsOf(expr: Expr): Extract<Expr, { kind: 'path' }>[] {
  return nodesOf(expr).filter((node) => node.kind === 'path');
}

/** The function calls of an expression, in source order. */
export function callsOf(expr: Expr): Extract<Expr, { kind: 'call' }>[] {
  return nodesOf(expr).filter((node) => node.kind === 'call');
}
