import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node, Pair } from 'yaml';
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

export interface ParseOptions {
  /** The problem of a repeated key in the map at `path` (duplicate step ids get their own). */
  duplicate: (path: Path, key: string) => { code: DiagnosticCode; message: string };
}

export function parseYaml(
  file: string,
  text: string,
  options: ParseOptions,
): { yaml?: YamlFile; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  // Duplicate keys are found by our own walk so that the step map can give its own code.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number) => ({ file, ...position(lines, offset) });
  for (const error of doc.errors) {
    diagnostics.push({ code: 'yaml-syntax', message: error.message, ...at(error.pos[0]) });
  }
  if (diagnostics.length > 0) return { diagnostics };
  const add = (code: DiagnosticCode, message: string, node: Node) =>
    diagnostics.push({ code, message, ...at(node.range?.[0] ?? 0) });
  walkNode(doc, doc.contents, [], options, add);
  if (diagnostics.length > 0) return { diagnostics };
  try {
    const value: unknown = doc.toJS({ maxAliasCount: 1000 });
    return { yaml: { file, text, doc, lines, value }, diagnostics };
  } catch (error) {
    // toJS throws only for alias bombs ("Excessive alias count").
    const message = error instanceof Error ? error.message : String(error);
    return { diagnostics: [{ code: 'yaml-syntax', message, ...at(0) }] };
  }
}

type Add = (code: DiagnosticCode, message: string, node: Node) => void;

/** Reports (and drops, so later checks see the first one) repeated keys and unknown aliases. */
function walkNode(doc: Document, node: unknown, path: Path, options: ParseOptions, add: Add): void {
  if (isAlias(node)) {
    if (!node.resolve(doc)) add('yaml-syntax', `unknown alias \`*${node.source}\``, node);
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => walkNode(doc, item, [...path, index], options, add));
  } else if (isMap(node)) {
    const seen = new Set<string>();
    node.items = node.items.filter((pair) => {
      const key = keyName(pair);
      if (!seen.has(key)) {
        seen.add(key);
        walkNode(doc, pair.value, [...path, key], options, add);
        return true;
      }
      const problem = options.duplicate(path, key);
      add(problem.code, problem.message, pair.key as Node);
      return false;
    });
  }
}

function keyName(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

export function position(lines: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

/** The pair whose key is `path`'s last segment, and the node at `path` (aliases followed). */
function find(yaml: YamlFile, path: Path): { pair?: Pair; node?: Node; found: boolean } {
  let node: unknown = yaml.doc.contents;
  let pair: Pair | undefined;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(yaml.doc);
    if (isMap(node)) {
      pair = node.items.find((item) => isPair(item) && keyName(item) === String(segment));
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
  if (isAlias(node)) node = node.resolve(yaml.doc);
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
