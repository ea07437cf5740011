import { createHash } from 'node:crypto';
import type { MatrixInstance, OutputType, Scalar } from '../pipeline/types.js';
import type { ContentDigest } from './brands.js';

/**
 * `index.json` of the folder a step gets for a matrix step's output (README, "Matrix steps"):
 * each instance's name, values and sub-folder, in combination order.
 */
interface MatrixIndex {
  step: string;
  output: string;
  instances: { name: string; matrix: Record<string, Scalar>; path: string }[];
}

interface Gathered {
  step: string;
  output: string;
  instances: readonly MatrixInstance[];
}

export const MATRIX_INDEX_FILE = 'index.json';

function matrixIndex(gathered: Gathered): MatrixIndex {
  return {
    step: gathered.step,
    output: gathered.output,
    instances: gathered.instances.map((i) => ({ name: i.name, matrix: i.values, path: i.name })),
  };
}

/** The bytes of index.json: the same index always gives the same bytes. */
export function matrixIndexText(gathered: Gathered): string {
  return `${JSON.stringify(matrixIndex(gathered), null, 2)}\n`;
}

/**
 * Where an instance's output lies in the gathered folder, relative to it: a `dir` output's
 * contents are the instance's sub-folder; a file or metrics output is a file named like the
 * output inside it.
 */
export function instanceOutputPath(name: string, output: string, type: OutputType): string {
  return type === 'dir' ? name : `${name}/${output}`;
}

/**
 * What a consumer's key holds for a matrix step's output: a digest of index.json and of every
 * instance's output digest, in combination order. The gathered folder is made of exactly
 * these, so equal digests mean equal folders; an instance added, removed, renamed or with
 * new outputs changes it, and an instance that reran with the same bytes does not.
 */
export function gatheredDigest(
  gathered: Gathered,
  digests: readonly ContentDigest[],
): ContentDigest {
  const document = JSON.stringify(['matrix-output-1', matrixIndexText(gathered), digests]);
  return createHash('sha256').update(document).digest('hex') as ContentDigest;
}
