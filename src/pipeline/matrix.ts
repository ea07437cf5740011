import { createHash } from 'node:crypto';
import { asRecord, asScalar, entriesOf } from './narrow.js';
import type { Scalar } from './types.js';
import type { Path, Report } from './yaml-source.js';

/**
 * GitHub's matrix limit, and pipekit's everywhere: a pipeline that runs locally compiles too.
 * Each instance is a step of its own (a key, an entry, a row of the plan).
 */
export const MAX_INSTANCES = 256;
/** Past this many products of the lists the combinations are not even made: no exclude brings it back. */
const MAX_PRODUCT = 16 * MAX_INSTANCES;
/** A longer instance name ends in a digest: it names files and folders. */
const MAX_NAME = 120;

/** One combination of a matrix, with where each of its values is written. */
export interface Combination {
  /** The values, in the order of the matrix's names. */
  values: Record<string, Scalar>;
  /** Where each value is written, for a diagnostic about it. */
  at: Record<string, Path>;
  /** Where the combination comes from: its include entry, or the matrix itself. */
  origin: Path;
}

/** A step's `matrix` and `max-parallel`, read and expanded as GitHub expands a matrix. */
export interface MatrixDecl {
  /** The variables in the order written, then the keys that `include` adds. */
  names: string[];
  /** None when a problem was reported: the step has no instance, the pipeline does not load. */
  combinations: Combination[];
  maxParallel?: number;
}

type Entry = { values: Map<string, Scalar>; at: Path };

/**
 * The combinations of a step's `matrix`, as GitHub makes them: the product of the lists
 * (the first list varies slowest), less those an `exclude` entry matches, then each `include`
 * entry added to every combination whose original values it does not change, or else made a
 * combination of its own. Problems are reported (located); the shape was checked by the schema.
 */
export function readMatrix(
  stepPath: Path,
  raw: unknown,
  maxParallel: unknown,
  report: Report,
): MatrixDecl | undefined {
  const at = [...stepPath, 'matrix'];
  const record = asRecord(raw);
  if (!record) {
    if (maxParallel !== undefined) {
      const message = '`max-parallel` limits the instances of a matrix: this step has no `matrix`';
      report('invalid-value', message, { path: [...stepPath, 'max-parallel'], at: 'key' });
    }
    return undefined;
  }
  const lists = entriesOf(record).filter(([name]) => name !== 'include' && name !== 'exclude');
  const variables = lists.map(([name, values]) => readList(name, values, [...at, name], report));
  const includes = readEntries(record.include, [...at, 'include']);
  const excludes = readEntries(record.exclude, [...at, 'exclude']);
  const names = [...variables.map((v) => v.name)];
  for (const entry of includes) for (const name of entry.values.keys()) addOnce(names, name);
  for (const entry of excludes) {
    for (const name of entry.values.keys()) {
      if (variables.some((v) => v.name === name)) continue;
      const message = `\`exclude\` names \`${name}\`, which is not a matrix variable (the matrix has ${list(variables.map((v) => v.name))})`;
      report('unknown-matrix', message, { path: [...entry.at, name], at: 'key' });
    }
  }
  // A list without values was reported: it leaves no combination to speak of.
  if (variables.some((v) => v.values.length === 0)) return { names, combinations: [] };
  const product = variables.reduce((n, v) => n * v.values.length, 1);
  if (variables.length > 0 && product > MAX_PRODUCT) {
    const message = `the lists of this matrix make ${product} combinations; a matrix has at most ${MAX_INSTANCES}`;
    report('matrix-size', message, { path: at, at: 'key' });
    return { names, combinations: [] };
  }
  const base = variables.length === 0 ? [] : productOf(variables, at);
  const kept = base.filter((c) => !excludes.some((e) => matches(c.values, e.values)));
  const combinations = include(kept, includes, new Set(variables.map((v) => v.name)));
  const ordered = combinations.map((c) => orderedCombination(c, names));
  const ok = checkCombinations(ordered, at, report);
  const decl: MatrixDecl = { names, combinations: ok ? ordered : [] };
  if (typeof maxParallel === 'number') decl.maxParallel = maxParallel;
  return decl;
}

function checkCombinations(combinations: Combination[], at: Path, report: Report): boolean {
  if (combinations.length === 0) {
    const message = 'this matrix has no combination left: its `exclude` entries remove them all';
    report('matrix-empty', message, { path: at, at: 'key' });
    return false;
  }
  if (combinations.length > MAX_INSTANCES) {
    const message = `this matrix has ${combinations.length} combinations; a matrix has at most ${MAX_INSTANCES} (GitHub runs no more jobs of one matrix)`;
    report('matrix-size', message, { path: at, at: 'key' });
    return false;
  }
  const seen = new Set<string>();
  let ok = true;
  for (const combination of combinations) {
    const name = instanceName(combination.values);
    if (!seen.has(name)) {
      seen.add(name);
      continue;
    }
    const message = `duplicate combination \`${name}\`: each combination of a matrix must differ (by the text of its values)`;
    report('matrix-duplicate', message, { path: combination.origin });
    ok = false;
  }
  return ok;
}

interface Variable {
  name: string;
  values: { value: Scalar; at: Path }[];
}

function readList(name: string, raw: unknown, at: Path, report: Report): Variable {
  const values: Variable['values'] = [];
  const texts = new Set<string>();
  const items = Array.isArray(raw) ? raw : [];
  if (Array.isArray(raw) && items.length === 0) {
    const message = `matrix variable \`${name}\` has no values: give it at least one`;
    report('matrix-empty', message, { path: at });
  }
  items.forEach((item: unknown, i) => {
    const value = asScalar(item);
    if (value === undefined) return; // the schema reported it
    const text = encodeValue(value);
    if (texts.has(text)) {
      const message = `duplicate value ${JSON.stringify(value)} in \`${name}\`: each value of a matrix variable must differ (by its text)`;
      report('matrix-duplicate', message, { path: [...at, i] });
      return;
    }
    texts.add(text);
    values.push({ value, at: [...at, i] });
  });
  return { name, values };
}

function readEntries(raw: unknown, at: Path): Entry[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((item: unknown, i) => {
    const values = new Map<string, Scalar>();
    for (const [name, value] of entriesOf(item)) {
      const scalar = asScalar(value);
      if (scalar !== undefined) values.set(name, scalar);
    }
    return { values, at: [...at, i] };
  });
}

function productOf(variables: Variable[], origin: Path): Combination[] {
  let combinations: Combination[] = [{ values: {}, at: {}, origin }];
  for (const variable of variables) {
    combinations = combinations.flatMap((c) =>
      variable.values.map(({ value, at }) => ({
        values: { ...c.values, [variable.name]: value },
        at: { ...c.at, [variable.name]: at },
        origin,
      })),
    );
  }
  return combinations;
}

function matches(values: Record<string, Scalar>, entry: Map<string, Scalar>): boolean {
  return [...entry].every(([name, value]) => Object.hasOwn(values, name) && values[name] === value);
}

/**
 * GitHub: an include entry's values are added to each combination whose original values it
 * leaves as they are (values added by an earlier entry may change); an entry that fits no
 * combination is a combination of its own.
 */
function include(base: Combination[], includes: Entry[], original: Set<string>): Combination[] {
  const made: Combination[] = [];
  for (const entry of includes) {
    let fitted = false;
    for (const combination of base) {
      const fits = [...entry.values].every(
        ([name, value]) => !original.has(name) || combination.values[name] === value,
      );
      if (!fits) continue;
      fitted = true;
      for (const [name, value] of entry.values) {
        combination.values[name] = value;
        combination.at[name] = [...entry.at, name];
      }
    }
    if (fitted) continue;
    const at = Object.fromEntries([...entry.values.keys()].map((n) => [n, [...entry.at, n]]));
    made.push({ values: Object.fromEntries(entry.values), at, origin: entry.at });
  }
  return [...base, ...made];
}

function orderedCombination(combination: Combination, names: string[]): Combination {
  const values: Record<string, Scalar> = {};
  for (const name of names) {
    if (Object.hasOwn(combination.values, name)) values[name] = combination.values[name]!;
  }
  return { ...combination, values };
}

function addOnce(names: string[], name: string): void {
  if (!names.includes(name)) names.push(name);
}

function list(names: string[]): string {
  return names.length === 0 ? 'none' : names.map((n) => `\`${n}\``).join(', ');
}

/**
 * An instance's name: `name=value` pairs in the matrix's order, joined by `,`. A string value
 * keeps ASCII letters, digits and `._+-`, any other byte written `%XX` (so `=`, `,`, `/` and
 * spaces never appear raw); a number is written as JavaScript writes it, a boolean as
 * true/false. A name over 120 characters keeps its first 100 and ends in `~` and 16 hex digits
 * of the sha256 of the whole name. Safe as a file name on every OS, stable while the
 * combination's values are.
 */
export function instanceName(values: Record<string, Scalar>): string {
  const name = Object.entries(values)
    .map(([key, value]) => `${key}=${encodeValue(value)}`)
    .join(',');
  if (name.length <= MAX_NAME) return name;
  const digest = createHash('sha256').update(name).digest('hex').slice(0, 16);
  return `${name.slice(0, 100)}~${digest}`;
}

/** The step id of an instance: `train[learning_rate=0.05,channels=8]`. */
export function instanceId(step: string, name: string): string {
  return `${step}[${name}]`;
}

function encodeValue(value: Scalar): string {
  if (typeof value !== 'string') return String(value);
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9._+-]/.test(char)
      ? char
      : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/**
 * The step a user wrote for a step id of the loaded pipeline: an instance's matrix step, else
 * the id itself. A step id never holds `[` (schema), so an id with one is an instance.
 */
export function writtenStep(id: string): string {
  const bracket = id.indexOf('[');
  return bracket < 0 ? id : id.slice(0, bracket);
}

export function isInstance(id: string): boolean {
  return id.includes('[');
}
