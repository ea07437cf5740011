import {
  buildPlanIndex,
  indexedStepsDigest,
  stateDigest,
  type IndexedStep,
  type PlanIndex,
} from '../records/plan-index.js';
import type { StepKey } from '../records/brands.js';
import type { Manifest } from '../records/manifest.js';
import type { Step } from '../pipeline/types.js';
import { sourceKeys, type Engine } from './engine.js';

/** The plan index read for this pipeline state, and how to ask it about a step. */
interface LoadedPlanIndex {
  state: string;
  sources: Map<string, string>;
  matched?: { key: string; index: PlanIndex };
  indexed: (step: Step) => IndexedStep | undefined;
}

/** Reads the plan index of this pipeline state (or the newest one), when the store keeps them. */
export async function loadPlanIndex(engine: Engine): Promise<LoadedPlanIndex> {
  const sources = sourceKeys(engine);
  const state = stateDigest(sources);
  const matched = engine.store.lookupIndex ? await engine.store.lookupIndex(state) : undefined;
  const steps = matched?.index.steps ?? {};
  return { state, sources, matched, indexed: (step) => steps[sources.get(step.id) ?? ''] };
}

/**
 * Saves what this plan or run knows to be cached as the plan index of this state, unless the
 * index it read already says exactly that. An index is never overwritten: a fuller one gets
 * a key of its own, and lookups take the newest.
 */
export async function savePlanIndex(
  engine: Engine,
  loaded: LoadedPlanIndex,
  known: { id: string; key?: StepKey; manifest?: Manifest; cached: boolean }[],
): Promise<void> {
  if (!engine.store.saveIndex) return;
  const index = buildPlanIndex(known, loaded.sources);
  if (Object.keys(index.steps).length === 0) return;
  if (loaded.matched?.key.endsWith(`${loaded.state}-${indexedStepsDigest(index)}`)) return;
  await engine.store.saveIndex(loaded.state, index);
}
