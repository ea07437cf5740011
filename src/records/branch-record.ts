import type { StepKey } from './brands.js';

/**
 * What the last run on a branch knew of each step: its key, the parts of its key, how long
 * its last run took and its metrics. A pull request compares its plan with the record of its
 * base branch: which steps it changes and why, what running them costs, how their metrics
 * moved. Only ever shown, never used to reuse anything: a record that is stale, foreign or
 * forged can mislead a comment, never cause a cache hit.
 */
export interface BranchRecord {
  schema: typeof BRANCH_RECORD_SCHEMA;
  /** `refs/heads/main`. */
  ref: string;
  commit?: string;
  /** By step id. */
  steps: Record<string, BranchStep>;
}

interface BranchStep {
  key: StepKey;
  /** The key document, as `explainKeyChange` compares it. */
  parts: Record<string, unknown>;
  durationMs: number;
  metrics?: Record<string, number>;
}

export const BRANCH_RECORD_SCHEMA = 1;

/** A branch record read back from a store, or undefined when it is not one of this schema. */
export function parseBranchRecord(text: string): BranchRecord | undefined {
  let value: Partial<BranchRecord> | null;
  try {
    value = JSON.parse(text) as Partial<BranchRecord> | null;
  } catch {
    return undefined;
  }
  if (value?.schema !== BRANCH_RECORD_SCHEMA || typeof value.ref !== 'string') return undefined;
  if (typeof value.steps !== 'object' || value.steps === null) return undefined;
  const steps: Record<string, BranchStep> = Object.create(null) as Record<string, BranchStep>;
  for (const [id, step] of Object.entries(value.steps)) {
    const ok =
      typeof step?.key === 'string' &&
      typeof step.parts === 'object' &&
      step.parts !== null &&
      typeof step.durationMs === 'number';
    if (ok) steps[id] = { ...step, metrics: numbersOnly(step.metrics) };
  }
  return { ...value, schema: BRANCH_RECORD_SCHEMA, ref: value.ref, steps };
}

/** Metrics are shown beside this run's: anything but a finite number is left out. */
function numbersOnly(metrics: unknown): Record<string, number> | undefined {
  if (typeof metrics !== 'object' || metrics === null) return undefined;
  const entries = Object.entries(metrics).filter(
    (entry): entry is [string, number] => typeof entry[1] === 'number' && Number.isFinite(entry[1]),
  );
  return Object.fromEntries(entries);
}
