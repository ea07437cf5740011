import { join } from 'node:path';
import type { CacheStore, Manifest } from '../cache/store.js';
import { buildKeyDocument } from '../hash/document.js';
import type { DigestMemo } from '../hash/files.js';
import { computeKey, explainKeyChange, type KeyDocument, type StepKey } from '../hash/key.js';
import { bindInputs } from '../plan/params.js';
import type { PlanContext } from '../plan/plan.js';
import type { Graph, Pipeline, Scalar, Step } from '../pipeline/types.js';
import { evaluateCondition } from '../pipeline/expressions.js';

/** One pipeline on disk with the state both adapters (CLI, action) run it with. */
export interface Engine {
  root: string;
  pipeline: Pipeline;
  graph: Graph;
  parameters: Record<string, Scalar>;
  memo: DigestMemo;
  store: CacheStore;
  /** The `github` context for `if` (locally: ref from --branch or the current branch). */
  github: Record<string, string>;
  /** The last cached manifest of a step, for explaining a miss (local store only). */
  lastEntry?: (step: string) => Manifest | undefined;
}

export const stateDir = (root: string): string => join(root, '.pipekit');

export function stepOutDir(engine: Engine, id: string): string {
  return join(stateDir(engine.root), 'out', id);
}

export function outputPaths(engine: Engine, step: Step): Record<string, string> {
  const dir = stepOutDir(engine, step.id);
  return Object.fromEntries(
    Object.keys(step.component.outputs).map((name) => [name, join(dir, name)]),
  );
}

export function keyOfStep(engine: Engine, step: Step, upstream: Record<string, string>): StepKey {
  const bound = bindInputs(step, engine.parameters);
  return computeKey(buildKeyDocument(engine.root, step, bound, upstream, engine.memo));
}

export function conditionHolds(engine: Engine, step: Step): boolean {
  if (step.if === undefined) return true;
  return evaluateCondition(step.if, { github: engine.github, inputs: engine.parameters });
}

export function explainMiss(engine: Engine, step: Step, document: KeyDocument): string | undefined {
  const previous = engine.lastEntry?.(step.id)?.parts as KeyDocument | undefined;
  if (!previous) return undefined;
  const reasons = explainKeyChange(previous, document);
  return reasons.length > 0 ? reasons.join('; ') : undefined;
}

export function planContext(engine: Engine, extra: Partial<PlanContext> = {}): PlanContext {
  return {
    keyOf: async (step, upstream) => keyOfStep(engine, step, upstream),
    lookup: (key) => engine.store.lookup(key),
    condition: (step) => conditionHolds(engine, step),
    explainMiss: (step, document) => explainMiss(engine, step, document),
    ...extra,
  };
}
