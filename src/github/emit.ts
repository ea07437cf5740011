import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Node } from 'yaml';

/**
 * A small value model for the generated workflow, turned into YAML through the `yaml`
 * library's node API so that every style choice is explicit: key order is insertion order,
 * sequences are block unless wrapped in `Flow`, multi-line text is a literal block only
 * when wrapped in `Literal`. Nothing depends on the environment, the clock or object
 * identity, so the same value always yields the same bytes.
 */
export type YamlValue =
  string | number | boolean | null | Flow | Literal | readonly YamlValue[] | YamlMapping;

/**
 * Keys whose entry is `undefined` are left out. Dynamic keys (job ids, input names) go in a
 * `Map`: a plain object would move integer-like keys to the front.
 */
export type YamlMapping =
  ReadonlyMap<string, YamlValue | undefined> | { readonly [key: string]: YamlValue | undefined };

/** A short sequence written on one line: `[plan, prepare]`. */
export class Flow {
  constructor(readonly items: readonly YamlValue[]) {}
}

/** Text written as a `|-` literal block, one source line per line (the `set` input). */
export class Literal {
  constructor(readonly text: string) {}
}

/** Emits `value` as one YAML document preceded by `header` comment lines. */
export function emitYaml(value: YamlMapping, header: readonly string[]): string {
  const doc = new Document();
  doc.contents = toNode(value);
  doc.commentBefore = header.map((line) => (line === '' ? '' : ` ${line}`)).join('\n');
  return doc.toString({
    // Never fold long lines: an `if:` expression stays on one line, as a reviewer reads it.
    lineWidth: 0,
    // `push:` rather than `push: null`, as workflows are conventionally written.
    nullStr: '',
    flowCollectionPadding: false,
    // Where quotes are needed, the ones prettier's `singleQuote` keeps: a repository that
    // formats its YAML with prettier does not rewrite the file and make it stale.
    singleQuote: true,
  });
}

function toNode(value: YamlValue): Node {
  if (value instanceof Flow) {
    const seq = toSeq(value.items);
    seq.flow = true;
    return seq;
  }
  if (value instanceof Literal) {
    const scalar = new Scalar(value.text);
    scalar.type = Scalar.BLOCK_LITERAL;
    return scalar;
  }
  if (Array.isArray(value)) return toSeq(value);
  if (value === null || typeof value !== 'object') return new Scalar(value);
  return toMap(value as YamlMapping);
}

function toSeq(items: readonly YamlValue[]): YAMLSeq {
  const seq = new YAMLSeq();
  for (const item of items) seq.items.push(toNode(item));
  return seq;
}

function toMap(mapping: YamlMapping): YAMLMap {
  const map = new YAMLMap();
  const entries = mapping instanceof Map ? [...mapping.entries()] : Object.entries(mapping);
  for (const [key, item] of entries) {
    if (item !== undefined) map.items.push(new Pair(new Scalar(key), toNode(item as YamlValue)));
  }
  return map;
}
