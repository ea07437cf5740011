import { digestTree } from '../hash/files.js';
import type { Manifest } from '../records/manifest.js';
import type { Step } from '../pipeline/types.js';
import { outputPaths, type Engine } from './engine.js';

/**
 * Puts a cached step's outputs in `.pipekit/out/<step>`. When they are already there (checked
 * through the stat memo, so unchanged files are not read) nothing is copied. False when the
 * store could not restore them (it warned): the caller treats the entry as unusable.
 */
export async function restoreOutputs(
  engine: Engine,
  step: Step,
  manifest: Manifest,
): Promise<boolean> {
  const paths = outputPaths(engine, step);
  const inPlace = Object.entries(manifest.outputs).every(([name, record]) => {
    try {
      return digestTree(engine.root, paths[name]!, engine.memo).digest === record.digest;
    } catch {
      return false;
    }
  });
  return inPlace || engine.store.restore(manifest, paths);
}
