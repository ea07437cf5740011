import { createHash } from 'node:crypto';
import type { Manifest } from '../cache/store.js';
import type { Step } from '../pipeline/types.js';

/**
 * What one plan learned about one step: under its source key, the step had this key and
 * these output digests, and an entry was saved. A later plan whose step has the same source
 * key checks the claim by recomputing the key from the claimed upstream digests; only a
 * claim whose key matches is used, so a stale or foreign claim can cost a lookup, never a
 * false hit.
 */
export interface Claim {
  key: string;
  outputs: Record<string, string>;
  durationMs: number;
  metrics?: Record<string, number>;
}

/**
 * A plan index: claims by source key. One small cache entry read at the start of a plan
 * replaces a lookup per step, which must otherwise wait for its upstream's manifest: on a
 * deep pipeline those waits, one service round trip each, are most of a plan's time.
 */
export interface PlanIndex {
  schema: 1;
  claims: Record<string, Claim>;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The pipeline's state: the source keys of all its steps. */
export function stateDigest(sourceKeys: Map<string, string>): string {
  return sha256([...sourceKeys.values()].sort().join('\n'));
}

/** Which claims an index holds, so a fuller index of the same state gets a key of its own. */
export function claimsDigest(index: PlanIndex): string {
  return sha256(Object.keys(index.claims).sort().join('\n')).slice(0, 16);
}

/** The manifest a claim stands for, as far as planning needs it: the output digests. */
export function claimManifest(step: Step, claim: Claim): Manifest {
  const outputs: Manifest['outputs'] = {};
  for (const [name, spec] of Object.entries(step.component.outputs)) {
    const digest = claim.outputs[name];
    if (digest !== undefined) outputs[name] = { type: spec.type, digest, files: [] };
  }
  return {
    schema: 1,
    key: claim.key,
    step: step.id,
    outputs,
    metrics: claim.metrics,
    durationMs: claim.durationMs,
    tool: '',
    createdAt: '',
  };
}

/** The claims of every step known to be cached, by source key. */
export function buildPlanIndex(
  known: { id: string; key?: string; manifest?: Manifest; cached: boolean }[],
  sourceKeys: Map<string, string>,
): PlanIndex {
  const claims: Record<string, Claim> = {};
  for (const step of known) {
    const source = sourceKeys.get(step.id);
    if (!step.cached || !step.key || !step.manifest || !source) continue;
    const outputs = Object.fromEntries(
      Object.entries(step.manifest.outputs).map(([n, o]) => [n, o.digest]),
    );
    claims[source] = {
      key: step.key,
      outputs,
      durationMs: step.manifest.durationMs,
      metrics: step.manifest.metrics,
    };
  }
  return { schema: 1, claims };
}
