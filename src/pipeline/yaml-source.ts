import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { resolveAlias } from './yaml-alias.js';
import type { Alias, Document, Node, Pair, YAMLMap } from 'yaml';
import type { Diagnostic, DiagnosticCode } from '../diagnostics.js';
import type { Source } from './types.js';

export type Path = readonly (string | number)[];

/** Where a problem is: the value at `path`, its key, or the n-th `${{` inside that value. */
export interface Where {
  path: Path;
  at?: 'key' | 'value';
  hole?: number;
}

export type Report = (code: DiagnosticCode, message: string, where: Where) => void;

/** A parsed YAML file: the plain value to check, the document to locate problems in. */
export interface YamlFile {
  /** The display path used in diagnostics. */
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
  value: unknown;
}

interface ParseOptions {
  /** The problem of a repeated key in the map at `path` (duplicate step ids get their own). */
  duplicate: (path: Path, key: string) => { code: DiagnosticCode; message: string };
}

export function parseYaml(
  file: string,
  text: string,
  options: ParseOptions,
): { yaml?: YamlFile; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  const deep = tooDeep(text);
  if (deep !== undefined) {
    lines.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
    return {
      diagnostics: [{ code: 'yaml-syntax', message: TOO_DEEP, file, ...position(lines, deep) }],
    };
  }
  // Duplicate keys are found by our own walk so that the step map can give its own code.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number) => ({ file, ...position(lines, offset) });
  // The library's warnings too: a tag it does not know (`!shell`, `!!js/function`) or a YAML
  // version it does not speak leaves a value read otherwise than its author meant.
  for (const error of [...doc.errors, ...doc.warnings]) {
    // The library's own words for a stack it ran out of, past what tooDeep saw.
    const message = error.message.includes('call stack')
      ? TOO_DEEP
      : error.code === 'MULTIPLE_DOCS'
        ? 'a second YAML document (after `---`): a pipeline or component file holds one; remove the `---` line and what follows, or merge it into the first'
        : error.code === 'TAG_RESOLVE_FAILED'
          ? `${error.message}: pipekit reads plain YAML (text, numbers, booleans, lists and maps); remove the tag`
          : error.message;
    diagnostics.push({ code: 'yaml-syntax', message, ...at(error.pos[0]) });
  }
  if (diagnostics.length > 0) return { diagnostics };
  const add = (code: DiagnosticCode, message: string, node: Node) =>
    diagnostics.push({ code, message, ...at(node.range?.[0] ?? 0) });
  const value = new PlainBuilder(doc, options, add).build(doc.contents);
  if (diagnostics.length > 0) return { diagnostics };
  return { yaml: { file, text, doc, lines, value }, diagnostics };
}

/** Deeper YAML is refused before it is parsed: the parser and every walk recurse. */
const MAX_NESTING = 100;
const TOO_DEEP = `nested more than ${MAX_NESTING} levels deep: no pipeline needs that, and reading it would exhaust the stack`;

/**
 * Where the text first nests deeper than MAX_NESTING: flow collections (`[[[`, `{{`)
 * outside quotes and comments, or a line indented (with its `- ` markers) past twice that
 * many columns. Undefined for any reasonable file. One pass, no recursion.
 */
function tooDeep(text: string): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart) {
      if (c === ' ' || c === '-' || c === '\t') {
        if (++indent > 2 * MAX_NESTING) return i;
        continue;
      }
      lineStart = false;
    }
    if (quote !== undefined) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end - 1;
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_NESTING) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return undefined;
}

type Add = (code: DiagnosticCode, message: string, node: Node) => void;

/**
 * The plain value of the document, built in one walk that also reports (and drops, so
 * later checks see the first one) repeated keys and unknown aliases. Cheaper than toJS,
 * and an alias shares its anchor's value, so an alias bomb cannot expand.
 */
class PlainBuilder {
  private readonly built = new Map<unknown, unknown>();
  private readonly path: (string | number)[] = [];

  constructor(
    private readonly doc: Document,
    private readonly options: ParseOptions,
    private readonly add: Add,
  ) {}

  build(node: unknown): unknown {
    if (isScalar(node)) {
      // A NUL ends a C string: no command, argument, file name or variable can hold one, so
      // a value with one would be cut short or crash the step far from here.
      if (typeof node.value === 'string' && node.value.includes('\0')) {
        this.add(
          'invalid-value',
          'contains a NUL character, which no command or file can hold',
          node,
        );
      }
      return node.value;
    }
    if (isAlias(node)) return this.alias(node);
    if (isSeq(node)) {
      const list: unknown[] = [];
      this.built.set(node, list);
      node.items.forEach((item, index) => list.push(this.child(index, item)));
      return list;
    }
    if (isMap(node)) return this.map(node);
    return null;
  }

  private alias(node: Alias): unknown {
    const target = resolveAlias(this.doc, node);
    if (!target) {
      this.add('yaml-syntax', `unknown alias \`*${node.source}\``, node);
      return undefined;
    }
    return this.built.has(target) ? this.built.get(target) : this.build(target);
  }

  private map(node: YAMLMap): Record<string, unknown> {
    const record: Record<string, unknown> = {};
    this.built.set(node, record);
    node.items = node.items.filter((pair) => {
      const key = keyName(pair);
      if (isScalar(pair.key) && pair.key.value === null) {
        // `~:` or a bare `:` reads as the key "null" or "": never what was meant.
        this.add('yaml-syntax', 'an empty key (`~` or nothing before `:`)', pair.key as Node);
      }
      if (key.includes('\0')) {
        this.add(
          'invalid-value',
          'contains a NUL character, which no name can hold',
          pair.key as Node,
        );
      }
      if (Object.prototype.hasOwnProperty.call(record, key)) {
        const problem = this.options.duplicate([...this.path], key);
        this.add(problem.code, problem.message, pair.key as Node);
        return false;
      }
      const value = this.child(key, pair.value);
      // A `__proto__` key must be data, not the object's prototype.
      if (key === '__proto__') {
        Object.defineProperty(record, key, { value, enumerable: true, writable: true });
      } else {
        record[key] = value;
      }
      return true;
    });
    return record;
  }

  private child(segment: string | number, node: unknown): unknown {
    this.path.push(segment);
    const value = this.build(node);
    this.path.pop();
    return value;
  }
}

function keyName(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

function position(lines: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

const pairIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();

/** The pair of `map` with key `key`; indexed once per map, as a 1000-step map is searched often. */
function pairOf(map: YAMLMap, key: string): Pair | undefined {
  let index = pairIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const item of map.items) {
      if (isPair(item) && !index.has(keyName(item))) index.set(keyName(item), item);
    }
    pairIndexes.set(map, index);
  }
  return index.get(key);
}

/** The pair whose key is `path`'s last segment, and the node at `path` (aliases followed). */
function find(yaml: YamlFile, path: Path): { pair?: Pair; node?: Node; found: boolean } {
  let node: unknown = yaml.doc.contents;
  let pair: Pair | undefined;
  for (const segment of path) {
    if (isAlias(node)) node = resolveAlias(yaml.doc, node);
    if (isMap(node)) {
      pair = pairOf(node, String(segment));
      if (!pair) return { pair: undefined, node: node as Node, found: false };
      node = pair.value;
    } else if (isSeq(node)) {
      const next: unknown = node.items[Number(segment)];
      if (next === undefined) return { node: node as Node, found: false };
      pair = undefined;
      node = next;
    } else {
      return { pair, node: node as Node | undefined, found: false };
    }
  }
  if (isAlias(node)) node = resolveAlias(yaml.doc, node);
  return { pair, node: node as Node | undefined, found: true };
}

/** The start offset of `where`; a missing path falls back to the deepest node found. */
function offsetOf(yaml: YamlFile, where: Where): number {
  const { pair, node, found } = find(yaml, where.path);
  const range = node?.range;
  if (!found) return range?.[0] ?? 0;
  const keyStart = (pair?.key as Node | undefined)?.range?.[0];
  if (where.at === 'key' && keyStart !== undefined) return keyStart;
  // An empty value (`with:` and nothing) has no text of its own: point at its key.
  if (!range || range[0] === range[1]) return keyStart ?? range?.[0] ?? 0;
  if (where.hole !== undefined) {
    const holeOffset = nthIndexOf(yaml.text.slice(range[0], range[1]), '${{', where.hole);
    if (holeOffset >= 0) return range[0] + holeOffset;
  }
  return range[0];
}

function nthIndexOf(text: string, search: string, n: number): number {
  let index = text.indexOf(search);
  for (let i = 0; i < n && index >= 0; i++) index = text.indexOf(search, index + 1);
  return index;
}

export function locate(yaml: YamlFile, where: Where): Source {
  return { file: yaml.file, ...position(yaml.lines, offsetOf(yaml, where)) };
}

/** A reporter that locates each problem in `yaml` and appends it to `out`. */
export function reporter(yaml: YamlFile, out: Diagnostic[]): Report {
  return (code, message, where) => out.push({ code, message, ...locate(yaml, where) });
}

/** Any repeated key is a YAML error (as the yaml library reports it by default). */
export function duplicateKey(_path: Path, key: string): { code: DiagnosticCode; message: string } {
  return { code: 'yaml-syntax', message: `duplicate key \`${key}\`` };
}
