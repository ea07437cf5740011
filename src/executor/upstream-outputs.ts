import { resolveInputs } from '../plan/params.js';
import type { StepResult } from '../plan/step-result.js';
import { getStep } from '../pipeline/graph.js';
import type { Step } from '../pipeline/types.js';
import type { ContentDigest } from '../records/brands.js';
import { keyOfStep, type Engine } from './engine.js';
import { restoreOutputs } from './restore-outputs.js';
import { runAndSave } from './run-and-save.js';
import type { RunOptions } from './run-options.js';

/**
 * Puts the outputs of a running step's data upstream on disk, once per upstream and run:
 * restored from their entries, or recomputed when an entry turns out bad.
 */
export function createUpstreamOutputs(
  engine: Engine,
  opts: RunOptions,
  results: Map<string, StepResult>,
): { ensure(step: Step): Promise<boolean> } {
  const onDisk = new Map<string, Promise<boolean>>();

  async function ensure(step: Step): Promise<boolean> {
    const ups = Object.values(resolveInputs(step, engine.parameters).upstream).map((u) => u.step);
    const ok = await Promise.all([...new Set(ups)].map((id) => ensureOnDisk(id)));
    return ok.every(Boolean);
  }

  function ensureOnDisk(id: string): Promise<boolean> {
    let pending = onDisk.get(id);
    if (!pending) {
      pending = putOnDisk(id);
      onDisk.set(id, pending);
    }
    return pending;
  }

  async function putOnDisk(id: string): Promise<boolean> {
    const result = results.get(id);
    const step = getStep(engine.pipeline, id);
    if (result?.status === 'ran') return true;
    if (result?.status !== 'cached' || !result.manifest) return false;
    // A plan index has the digests, not the file list: the entry's own manifest has both.
    const manifest = result.fromIndex
      ? await engine.store.lookup(result.manifest.key)
      : result.manifest;
    if (manifest && (await restoreOutputs(engine, step, manifest))) return true;
    // The entry is gone or corrupt (the store warned): compute it again here.
    if (!(await ensure(step))) return false;
    const key = keyOfStep(engine, step, upstreamDigests(step));
    const rerun = await runAndSave(engine, opts, step, key, { kind: 'entry-unusable' });
    results.set(id, rerun);
    return rerun.status === 'ran';
  }

  function upstreamDigests(step: Step): Record<string, ContentDigest> {
    const digests: Record<string, ContentDigest> = {};
    for (const [input, ref] of Object.entries(resolveInputs(step, engine.parameters).upstream)) {
      const record = results.get(ref.step)?.manifest?.outputs[ref.output];
      if (record) digests[input] = record.digest;
    }
    return digests;
  }

  return { ensure };
}
