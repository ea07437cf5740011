import type { Claim, PlanIndex } from '../plan/plan-index.js';
import { buildPlanIndex, claimsDigest, stateDigest } from '../plan/plan-index.js';
import type { Manifest } from '../cache/store.js';
import type { Step } from '../pipeline/types.js';
import { sourceKeys, type Engine } from './engine.js';

export interface LoadedClaims {
  state: string;
  sources: Map<string, string>;
  matched?: { key: string; index: PlanIndex };
  claim: (step: Step) => Claim | undefined;
}

/** Reads the plan index of this pipeline state (or the newest one), when the store keeps them. */
export async function loadClaims(engine: Engine): Promise<LoadedClaims> {
  const sources = sourceKeys(engine);
  const state = stateDigest(sources);
  const matched = engine.store.lookupIndex ? await engine.store.lookupIndex(state) : undefined;
  const claims = matched?.index.claims ?? {};
  return { state, sources, matched, claim: (step) => claims[sources.get(step.id) ?? ''] };
}

/**
 * Saves what this plan or run knows to be cached as the index of this state, unless the
 * index it read already says exactly that. An index is never overwritten: a fuller one gets
 * a key of its own, and lookups take the newest.
 */
export async function saveClaims(
  engine: Engine,
  loaded: LoadedClaims,
  known: { id: string; key?: string; manifest?: Manifest; cached: boolean }[],
): Promise<void> {
  if (!engine.store.saveIndex) return;
  const index = buildPlanIndex(known, loaded.sources);
  if (Object.keys(index.claims).length === 0) return;
  if (loaded.matched?.key.endsWith(`${loaded.state}-${claimsDigest(index)}`)) return;
  await engine.store.saveIndex(loaded.state, index);
}
