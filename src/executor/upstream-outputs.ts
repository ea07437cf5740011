import { resolveInputs } from '../plan/params.js';
import type { StepResult } from '../plan/step-result.js';
import { getStep } from '../pipeline/graph.js';
import type { Step } from '../pipeline/types.js';
import { keyOfStep, type Engine } from './engine.js';
import { ensureStored, storedPath } from './output-store.js';
import { runAndSave, type StoredInput } from './run-and-save.js';
import { gatherStored, type StoredInstance } from './matrix-folder.js';
import type { Manifest } from '../records/manifest.js';
import { gatheredDigest } from '../records/matrix-output.js';
import type { RunOptions } from './run-options.js';

/**
 * The stored trees of a running step's data inputs, once per upstream and run: an upstream
 * that ran this run stored them; a cached one is restored from its entry, or recomputed when
 * the entry turns out bad (in a local run; a step job fails instead, see `RunOptions.only`).
 */
export function createUpstreamOutputs(
  engine: Engine,
  opts: RunOptions,
  results: Map<string, StepResult>,
): {
  ensure(step: Step): Promise<Record<string, StoredInput> | undefined>;
  /** The upstream of `step` whose entry was unusable where it may not run again, if any. */
  missing(step: Step): string | undefined;
} {
  const stored = new Map<string, Promise<boolean>>();
  const notInCache = new Set<string>();
  // The manifests with file lists of the upstream steps stored: a gathered folder is made from them.
  const manifests = new Map<string, Manifest>();

  async function ensure(step: Step): Promise<Record<string, StoredInput> | undefined> {
    const bound = resolveInputs(step, engine.parameters);
    const ok = await Promise.all(upstreamIds(step).map((id) => ensureUpstream(id)));
    if (!ok.every(Boolean)) return undefined;
    const inputs: Record<string, StoredInput> = {};
    for (const [input, ref] of Object.entries(bound.upstream)) {
      const record = results.get(ref.step)?.manifest?.outputs[ref.output];
      if (!record) return undefined;
      inputs[input] = { path: storedPath(engine, ref.output, record), record };
    }
    for (const [input, gathered] of Object.entries(bound.gathered)) {
      const instances: StoredInstance[] = [];
      for (const { id } of gathered.instances) {
        const record = manifests.get(id)?.outputs[gathered.output];
        if (!record) return undefined;
        instances.push({ path: storedPath(engine, gathered.output, record), record });
      }
      const digests = instances.map((i) => i.record.digest);
      const keyDigest = gatheredDigest(gathered, digests);
      inputs[input] = { ...gatherStored(engine, gathered, instances), keyDigest };
    }
    return inputs;
  }

  function upstreamIds(step: Step): string[] {
    const bound = resolveInputs(step, engine.parameters);
    const gathered = Object.values(bound.gathered).flatMap((g) => g.instances.map((i) => i.id));
    return [...new Set([...Object.values(bound.upstream).map((ref) => ref.step), ...gathered])];
  }

  function ensureUpstream(id: string): Promise<boolean> {
    let pending = stored.get(id);
    if (!pending) {
      pending = store(id);
      stored.set(id, pending);
    }
    return pending;
  }

  async function store(id: string): Promise<boolean> {
    const result = results.get(id);
    const step = getStep(engine.pipeline, id);
    if (result?.status === 'ran' && result.manifest) manifests.set(id, result.manifest);
    if (result?.status === 'ran') return true;
    if (result?.status !== 'cached' || !result.manifest) return false;
    // A plan index has the digests, not the file list: the entry's own manifest has both.
    const manifest = result.fromIndex
      ? await engine.store.lookup(result.manifest.key)
      : result.manifest;
    if (manifest && (await ensureStored(engine, step, manifest))) {
      manifests.set(id, manifest);
      return true;
    }
    // A step job executes its own step only: never another on this job's runner.
    if (opts.only !== undefined && id !== opts.only) {
      notInCache.add(id);
      return false;
    }
    // The entry is gone or corrupt (the store warned): compute it again here.
    const inputs = await ensure(step);
    if (!inputs) return false;
    const digests = Object.fromEntries(
      Object.entries(inputs).map(([n, i]) => [n, i.keyDigest ?? i.record.digest]),
    );
    const key = await keyOfStep(engine, step, digests);
    const rerun = await runAndSave(engine, opts, step, key, { kind: 'entry-unusable' }, inputs);
    results.set(id, rerun);
    if (rerun.status === 'ran' && rerun.manifest) manifests.set(id, rerun.manifest);
    return rerun.status === 'ran';
  }

  function missing(step: Step): string | undefined {
    return upstreamIds(step).find((id) => notInCache.has(id));
  }

  return { ensure, missing };
}
