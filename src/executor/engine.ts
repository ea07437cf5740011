import { join } from 'node:path';
import type { CacheStore } from '../cache/store.js';
import { buildKeyDocument } from '../hash/document.js';
import type { DigestMemo } from '../hash/files.js';
import { computeKey, explainKeyChange, type KeyDocument, type ComputedKey } from '../hash/key.js';
import { resolveInputs } from '../plan/params.js';
import type { DecideContext } from '../plan/decide.js';
import { getStep } from '../pipeline/graph.js';
import { runKeyCommands, type KeyCommandRuns } from './key-commands.js';
import type { Graph, Pipeline, Scalar, Step } from '../pipeline/types.js';
import { evaluateCondition } from '../pipeline/expressions.js';
import type { ContentDigest } from '../records/brands.js';
import type { Manifest } from '../records/manifest.js';
import { gatheredDigest } from '../records/matrix-output.js';
import type { RunState } from './run-state.js';

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
  /** Recent cached manifests of a step, newest first, for explaining a miss (local store). */
  recentEntries?: (step: string) => Manifest[];
  /**
   * A step job of the action: the outputs of an upstream step's key commands as its own job
   * recorded them in this workflow run (on this runner they may fail or differ); undefined:
   * they run here.
   */
  recordedKeyCommands?: (step: Step) => Promise<Record<string, string> | undefined>;
  /** What the last local run knew of each step (`run-state.ts`); absent in the action. */
  runState?: RunState;
}

export const stateDir = (root: string): string => join(root, '.pipekit');

export function stepOutDir(engine: Engine, id: string): string {
  return join(stateDir(engine.root), 'out', id);
}

// A step's files are read once per run: its real key and its source key share the document.
const documents = new WeakMap<Engine, Map<string, KeyDocument>>();

function documentOf(engine: Engine, step: Step): KeyDocument {
  let byStep = documents.get(engine);
  if (!byStep) documents.set(engine, (byStep = new Map()));
  let document = byStep.get(step.id);
  if (!document) {
    const bound = resolveInputs(step, engine.parameters);
    document = buildKeyDocument(engine.root, step, bound, {}, engine.memo);
    byStep.set(step.id, document);
  }
  return document;
}

/** A step's key document without its upstream digests and key command outputs (a plan job's view). */
export function ownKeyDocument(engine: Engine, step: Step): KeyDocument {
  return documentOf(engine, step);
}

export async function keyOfStep(
  engine: Engine,
  step: Step,
  upstream: Record<string, ContentDigest>,
): Promise<ComputedKey> {
  const keyCommands = await keyCommandOutputs(engine, step);
  const document: KeyDocument = { ...documentOf(engine, step), upstream, keyCommands };
  const known = engine.runState?.knownKey(step.id, document);
  const computed = known ? { key: known, document } : computeKey(document);
  engine.runState?.noteKey(step.id, computed.key, document);
  return computed;
}

const keyCommandRuns = new WeakMap<Engine, KeyCommandRuns>();

/** Undefined for a step without key commands: its key document has no such field. */
export async function keyCommandOutputs(
  engine: Engine,
  step: Step,
): Promise<Record<string, string> | undefined> {
  if (step.keyCommands.length === 0) return undefined;
  const recorded = await engine.recordedKeyCommands?.(step);
  if (recorded) return recorded;
  let runs = keyCommandRuns.get(engine);
  if (!runs) keyCommandRuns.set(engine, (runs = new Map()));
  return runKeyCommands(engine, step, runs);
}

/**
 * Source keys: like keys, but a data input contributes its upstream's source key and output
 * name instead of the output's digest. They need no upstream to have run, so all of them
 * are known before any lookup; a plan index is addressed by them. They leave out the output
 * of key commands, which a plan job does not run: an indexed key is used only when it equals
 * the step's key, so a source key that says less costs a lookup, never a false hit.
 */
export function sourceKeys(engine: Engine): Map<string, string> {
  const keys = new Map<string, string>();
  for (const id of engine.graph.order) {
    const step = getStep(engine.pipeline, id);
    const upstream: Record<string, ContentDigest> = {};
    const bound = resolveInputs(step, engine.parameters);
    for (const [input, ref] of Object.entries(bound.upstream)) {
      // Stands in for the output's digest; with its ':' it can never equal one, so a source
      // key is never a real key.
      upstream[input] = `${keys.get(ref.step)}:${ref.output}` as ContentDigest;
    }
    for (const [input, gathered] of Object.entries(bound.gathered)) {
      const sources = gathered.instances.map((i) => keys.get(i.id) ?? '');
      const digest = gatheredDigest(gathered, sources as ContentDigest[]);
      upstream[input] = `${digest}:${gathered.output}` as ContentDigest;
    }
    keys.set(id, computeKey({ ...documentOf(engine, step), upstream }).key);
  }
  return keys;
}

function conditionHolds(engine: Engine, step: Step): boolean {
  if (step.if === undefined) return true;
  return evaluateCondition(step.if, { github: engine.github, inputs: engine.parameters });
}

/**
 * The recent entry of a step closest to its current key document (the fewest differing
 * parts; the newest among equals), and those differences: after switching a parameter back
 * and forth, a miss is explained by what really differs, not by the last save.
 */
export function closestEntry(
  engine: Engine,
  step: Step,
  document: KeyDocument,
): { entry: Manifest; changes: string[] } | undefined {
  let best: { entry: Manifest; changes: string[] } | undefined;
  for (const entry of engine.recentEntries?.(step.matrix?.step ?? step.id) ?? []) {
    if (!entry.parts || !partsMakeKey(entry)) continue;
    const changes = explainKeyChange(entry.parts as unknown as KeyDocument, document);
    if (!best || changes.length < best.changes.length) best = { entry, changes };
  }
  return best;
}

/**
 * Whether an entry's key parts are the document its key was computed from: parts damaged on
 * disk (a field of the wrong type) explain nothing, and are left out rather than compared.
 */
function partsMakeKey(entry: Manifest): boolean {
  try {
    return computeKey(entry.parts as unknown as KeyDocument).key === entry.key;
  } catch {
    return false;
  }
}

/** How this engine decides a step; the plan and the run add their own options. */
export function decideContext(engine: Engine, extra: Partial<DecideContext> = {}): DecideContext {
  return {
    keyOf: (step, upstream) => keyOfStep(engine, step, upstream),
    lookup: async (key) => engine.runState?.manifest(key) ?? engine.store.lookup(key),
    condition: (step) => conditionHolds(engine, step),
    explainMiss: (step, document) => closestEntry(engine, step, document)?.changes,
    ...extra,
  };
}
