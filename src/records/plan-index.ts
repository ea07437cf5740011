import { createHash } from 'node:crypto';
import type { Step } from '../pipeline/types.js';
import type { ContentDigest, StepKey } from './brands.js';
import {
  isDuration,
  isHexDigest,
  isMetrics,
  isRecord,
  TREE_FORMAT,
  type Manifest,
} from './manifest.js';

/**
 * What one plan learned about one step: under its source key, the step had this key and
 * these output digests, and an entry was saved. A later plan whose step has the same source
 * key checks the plan index by recomputing the key from the indexed upstream digests; only
 * an indexed step whose key matches is used, so a stale or foreign index can cost a lookup,
 * never a false hit.
 */
export interface IndexedStep {
  key: StepKey;
  outputs: Record<string, ContentDigest>;
  durationMs: number;
  metrics?: Record<string, number>;
}

/**
 * A plan index: indexed steps by source key. One small cache entry read at the start of a
 * plan replaces a lookup per step, which must otherwise wait for its upstream's manifest: on
 * a deep pipeline those waits, one service round trip each, are most of a plan's time.
 */
export interface PlanIndex {
  schema: typeof PLAN_INDEX_SCHEMA;
  steps: Record<string, IndexedStep>;
}

/** Bump when the plan index changes shape; stores keep indexes of each schema apart. */
export const PLAN_INDEX_SCHEMA = 2;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The pipeline's state: the source keys of all its steps. */
export function stateDigest(sourceKeys: Map<string, string>): string {
  return sha256([...sourceKeys.values()].sort().join('\n'));
}

/** Which steps an index holds, so a fuller index of the same state gets a key of its own. */
export function indexedStepsDigest(index: PlanIndex): string {
  return sha256(Object.keys(index.steps).sort().join('\n')).slice(0, 16);
}

/** The manifest an indexed step stands for, as far as planning needs it: the output digests. */
export function manifestFromIndex(step: Step, indexed: IndexedStep): Manifest {
  const outputs: Manifest['outputs'] = {};
  for (const [name, spec] of Object.entries(step.component.outputs)) {
    const digest = indexed.outputs[name];
    if (digest !== undefined) {
      outputs[name] = { type: spec.type, format: TREE_FORMAT, digest, entries: [] };
    }
  }
  return {
    schema: 1,
    key: indexed.key,
    step: step.id,
    outputs,
    metrics: indexed.metrics,
    durationMs: indexed.durationMs,
    tool: '',
    createdAt: '',
  };
}

/** The plan index of every step known to be cached, by source key. */
export function buildPlanIndex(
  known: { id: string; key?: StepKey; manifest?: Manifest; cached: boolean }[],
  sourceKeys: Map<string, string>,
): PlanIndex {
  const steps: Record<string, IndexedStep> = {};
  for (const step of known) {
    const source = sourceKeys.get(step.id);
    if (!step.cached || !step.key || !step.manifest || !source) continue;
    const outputs = Object.fromEntries(
      Object.entries(step.manifest.outputs).map(([n, o]) => [n, o.digest]),
    );
    steps[source] = {
      key: step.key,
      outputs,
      durationMs: step.manifest.durationMs,
      metrics: step.manifest.metrics,
    };
  }
  return { schema: PLAN_INDEX_SCHEMA, steps };
}

/**
 * A plan index read back from a store, or undefined when it is not one of this schema. Each
 * indexed step is narrowed to its type; one that is not (a metric that is not a number, a key
 * that is no digest) is left out, as if the index did not know the step.
 */
export function parsePlanIndex(text: string): PlanIndex | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value.schema !== PLAN_INDEX_SCHEMA || !isRecord(value.steps)) {
    return undefined;
  }
  const steps: Record<string, IndexedStep> = Object.create(null) as Record<string, IndexedStep>;
  for (const [source, indexed] of Object.entries(value.steps)) {
    if (isIndexedStep(indexed)) steps[source] = indexed;
  }
  return { schema: PLAN_INDEX_SCHEMA, steps };
}

function isIndexedStep(value: unknown): value is IndexedStep {
  if (!isRecord(value) || !isHexDigest(value.key)) return false;
  if (!isRecord(value.outputs)) return false;
  const digests = Object.values(value.outputs);
  if (!digests.every(isHexDigest)) return false;
  return isDuration(value.durationMs) && (value.metrics === undefined || isMetrics(value.metrics));
}
