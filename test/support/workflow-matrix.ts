import { evaluateValue, type Scope } from './workflow-expressions.js';
import type { TemplateToken } from './workflow-parse.js';
import { isMapping } from './workflow-parse.js';

/** GitHub's limit: "A matrix can generate a maximum of 256 jobs per workflow run." */
const MAX_MATRIX_JOBS = 256;

export type Combination = Record<string, unknown>;

export interface Strategy {
  /** One job per combination, in GitHub's order. */
  combinations: Combination[];
  /** Default true: a failed job cancels the others of its matrix. */
  failFast: boolean;
  maxParallel?: number;
}

/**
 * A job's `strategy` as GitHub expands it ("Running variations of jobs in a workflow"): the
 * matrix is evaluated (an `include: ${{ fromJSON(...) }}` included), the product of its lists
 * is made (the first list varies slowest), `exclude` removes each combination that has all
 * of an entry's values, then each `include` entry is added to every combination whose
 * original values it does not change, or else is a combination of its own. An empty matrix
 * or one over 256 jobs fails the job, as on GitHub. Undefined: the job has no strategy.
 */
export function expandStrategy(
  token: TemplateToken | undefined,
  scope: Scope,
): Strategy | undefined {
  if (!token) return undefined;
  const value = evaluateValue(token, scope) as Record<string, unknown>;
  if (!isMapping(token)) throw new Error('strategy: a mapping was expected');
  const matrix = (value.matrix ?? {}) as Record<string, unknown>;
  if (matrix === null || typeof matrix !== 'object' || Array.isArray(matrix)) {
    throw new Error(`strategy.matrix: ${JSON.stringify(matrix)} is not a mapping`);
  }
  const include = listOf(matrix.include, 'include');
  const exclude = listOf(matrix.exclude, 'exclude');
  const vectors = Object.entries(matrix).filter(([k]) => k !== 'include' && k !== 'exclude');
  let combinations: Combination[] = vectors.length > 0 ? [{}] : [];
  for (const [name, values] of vectors) {
    if (!Array.isArray(values) || values.length === 0) {
      throw new Error(`Matrix vector '${name}' does not contain any values`);
    }
    combinations = combinations.flatMap((c) => values.map((v: unknown) => ({ ...c, [name]: v })));
  }
  combinations = combinations.filter((c) => !exclude.some((e) => fits(c, e, Object.keys(e))));
  const original = vectors.map(([name]) => name);
  const added: Combination[] = [];
  for (const entry of include) {
    let fitted = false;
    for (const c of combinations) {
      if (
        !fits(
          c,
          entry,
          original.filter((k) => k in entry),
        )
      )
        continue;
      Object.assign(c, entry);
      fitted = true;
    }
    if (!fitted) added.push({ ...entry });
  }
  combinations.push(...added);
  if (combinations.length === 0) {
    throw new Error("Matrix vector 'include' does not contain any values");
  }
  if (combinations.length > MAX_MATRIX_JOBS) {
    throw new Error(`Strategy produced more than ${MAX_MATRIX_JOBS} jobs`);
  }
  const failFast = value['fail-fast'] === undefined ? true : value['fail-fast'] === true;
  const maxParallel = typeof value['max-parallel'] === 'number' ? value['max-parallel'] : undefined;
  return { combinations, failFast, ...(maxParallel === undefined ? {} : { maxParallel }) };
}

function listOf(value: unknown, what: string): Combination[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => v === null || typeof v !== 'object')) {
    throw new Error(`Matrix ${what}: a sequence of mappings was expected`);
  }
  return value as Combination[];
}

function fits(c: Combination, entry: Combination, keys: string[]): boolean {
  return keys.every((k) => JSON.stringify(c[k]) === JSON.stringify(entry[k]));
}
