import type { ComputedKey, KeyDocument } from '../hash/key.js';
import type { Step } from '../pipeline/types.js';
import type { ContentDigest, StepKey } from '../records/brands.js';
import { fitsStep, type Manifest } from '../records/manifest.js';
import { gatheredDigest } from '../records/matrix-output.js';
import type { MatrixOutput } from './params.js';
import { manifestFromIndex, type IndexedStep } from '../records/plan-index.js';

/**
 * What is known of a direct upstream step (a data or a `needs` edge) when a step is decided.
 * The plan sees `coming` for a step that will run; a run sees only finished steps.
 */
export type UpstreamState =
  | { kind: 'done'; manifest?: Manifest }
  | { kind: 'coming' }
  | { kind: 'skipped' }
  | { kind: 'not-run' }
  /** `cause`: the step that failed, this one or the failure that stopped it. */
  | { kind: 'failed'; cause: string };

/**
 * Why a step is what it is: data, one vocabulary for the plan and the run. Text is made from
 * it only where it is shown (src/report/reasons.ts).
 */
export type Why =
  | { kind: 'condition-false'; condition: string }
  /** Its runner may be self-hosted, and this is a pull request from a fork. */
  | { kind: 'runner-withheld'; runner: string }
  | { kind: 'upstream-failed'; step: string }
  | { kind: 'upstream-skipped'; step: string; state: 'skipped' | 'not-run' }
  | { kind: 'upstream-will-run'; step: string }
  /** Its key commands run on its own runner, so its key is known only when its job starts. */
  | { kind: 'key-on-runner' }
  | { kind: 'found'; key: StepKey; from: 'lookup' | 'plan-index' }
  | { kind: 'cache-false' }
  /** A `cache: false` step whose outputs an earlier job of this workflow run saved. */
  | { kind: 'ran-earlier' }
  | { kind: 'forced' }
  | { kind: 'no-cache' }
  /** No entry under the key; `changes` lists the key parts that differ from the last one. */
  | { kind: 'no-entry'; key: StepKey; changes?: string[] }
  | { kind: 'entry-unusable' }
  /** The manifest was found, its outputs entry was not (evicted): it runs in its own job. */
  | { kind: 'outputs-gone'; key: StepKey };

/** Every decision says why; those past the readiness check also carry the step's key. */
interface Decided {
  why: Why;
  key?: StepKey;
  document?: KeyDocument;
}

interface Known {
  key: StepKey;
  document: KeyDocument;
}

/** The decision about one step (docs/architecture.md, "One decision"): data, never a sentence. */
export type Decision =
  | (Decided & { status: 'skipped' | 'pending' })
  | (Decided & Known & { status: 'cached'; why: Why & { kind: 'found' }; manifest: Manifest })
  | (Decided & Known & { status: 'run' })
  /** `cache: false`; with `transfer`, the outputs an earlier job of this run saved. */
  | (Decided & { status: 'always'; transfer?: Manifest });

/** The I/O a decision needs, injected: the planner and the executor differ only here. */
export interface DecideContext {
  /** Whether the step's `if` holds (true when it has none). */
  condition(step: Step): boolean;
  /** Whether the step may not run on its runner in this run (a fork's pull request). */
  withheld?(step: Step): boolean;
  /** The key of a step, given the content digest of each data input's upstream output. */
  keyOf(step: Step, upstream: Record<string, ContentDigest>): ComputedKey | Promise<ComputedKey>;
  lookup(key: StepKey): Promise<Manifest | undefined>;
  /**
   * Whether a found entry can be used: the executor restores it here when every output is
   * wanted on disk; a false answer makes the step run. Absent: always usable.
   */
  accept?(step: Step, manifest: Manifest): Promise<boolean>;
  /** What a plan index says about the step; used only when its key is the step's key. */
  indexed?(step: Step): IndexedStep | undefined;
  /** Steps to run even when cached (--force). */
  force?: ReadonlySet<string>;
  /** Steps whose manifest is found but whose outputs entry is not (see `planWithOutputs`). */
  outputsGone?: ReadonlySet<string>;
  /** False with --no-cache: nothing is looked up. */
  useCache?: boolean;
  /**
   * Where a `cache: false` step of this workflow run may have left its outputs for the jobs
   * after it (job-per-step mode), newest first; empty or undefined when outputs do not travel
   * between jobs. The first found is the one.
   */
  transferKeys?: (step: Step, key: StepKey) => readonly StepKey[];
  /** The key parts that differ from the step's last cached run, when one is known. */
  explainMiss?: (step: Step, document: KeyDocument) => string[] | undefined;
  /**
   * True where steps do not run (the action's plan and report jobs, on another runner than
   * the steps): a step with key commands is not decided here, for their output on this
   * machine may not be theirs on the step's runner (a driver, a library): it is `pending`.
   */
  deferKeyCommands?: boolean;
}

/**
 * Decides one step from the state of its direct upstream steps: the ladder of condition,
 * readiness, key, plan index, lookup. `pipekit plan`, the action's plan job and every run
 * decide a step through this one function. May throw a UserError from `keyOf` (a path input
 * that is missing or leaves the repository, a key command that fails).
 */
export async function decideStep(
  step: Step,
  upstream: ReadonlyMap<string, UpstreamState>,
  ctx: DecideContext,
): Promise<Decision> {
  // Like `!failure()` in the generated workflow: a failure anywhere upstream stops the step,
  // while an upstream skipped by its `if` only stops the steps that read its outputs.
  for (const state of upstream.values()) {
    if (state.kind === 'failed') {
      return { status: 'skipped', why: { kind: 'upstream-failed', step: state.cause } };
    }
  }
  if (!ctx.condition(step)) {
    return { status: 'skipped', why: { kind: 'condition-false', condition: step.if ?? '' } };
  }
  if (ctx.withheld?.(step)) {
    return { status: 'skipped', why: { kind: 'runner-withheld', runner: step.runner } };
  }
  const ready = readiness(step, upstream);
  if ('why' in ready) {
    if (ready.why.kind !== 'upstream-will-run') return { status: 'skipped', why: ready.why };
    return { status: step.cache ? 'pending' : 'always', why: ready.why };
  }
  if (ctx.deferKeyCommands && step.keyCommands.length > 0) {
    if (!step.cache) return { status: 'always', why: { kind: 'cache-false' } };
    return { status: 'pending', why: { kind: 'key-on-runner' } };
  }
  const { key, document } = await ctx.keyOf(step, ready.digests);
  const known = { key, document };
  if (!step.cache) return decideUncached(step, known, ctx);
  if (ctx.force?.has(step.id)) return { status: 'run', why: { kind: 'forced' }, ...known };
  if (ctx.outputsGone?.has(step.id)) {
    return { status: 'run', why: { kind: 'outputs-gone', key }, ...known };
  }
  if (ctx.useCache === false) return { status: 'run', why: { kind: 'no-cache' }, ...known };
  const indexed = ctx.indexed?.(step);
  const fromIndex = indexed?.key === key ? manifestFromIndex(step, indexed) : undefined;
  if (fromIndex && fitsStep(fromIndex, step.component.outputs)) {
    const manifest = fromIndex;
    return {
      status: 'cached',
      why: { kind: 'found', key, from: 'plan-index' },
      manifest,
      ...known,
    };
  }
  const manifest = await ctx.lookup(key);
  if (manifest) {
    // An entry that lacks an output the key declares is damaged: never a hit.
    if (!fitsStep(manifest, step.component.outputs) || !(await accepted(step, manifest, ctx))) {
      return { status: 'run', why: { kind: 'entry-unusable' }, ...known };
    }
    return { status: 'cached', why: { kind: 'found', key, from: 'lookup' }, manifest, ...known };
  }
  const changes = ctx.explainMiss?.(step, document);
  return { status: 'run', why: { kind: 'no-entry', key, changes }, ...known };
}

/** The digests of every data input's upstream output, or why they cannot be known yet. */
function readiness(
  step: Step,
  upstream: ReadonlyMap<string, UpstreamState>,
): { digests: Record<string, ContentDigest> } | { why: Why } {
  const digests: Record<string, ContentDigest> = {};
  let wait: Why | undefined;
  for (const [input, binding] of Object.entries(step.with)) {
    if (binding.kind === 'matrix-output') {
      const gathered = gatheredReadiness(binding, upstream);
      if ('why' in gathered && gathered.why.kind !== 'upstream-will-run') return gathered;
      if ('why' in gathered) wait ??= gathered.why;
      else digests[input] = gathered.digest;
      continue;
    }
    if (binding.kind !== 'step-output') continue;
    const state = upstream.get(binding.step);
    if (state?.kind === 'skipped' || state?.kind === 'not-run') {
      return { why: { kind: 'upstream-skipped', step: binding.step, state: state.kind } };
    }
    const record = state?.kind === 'done' ? state.manifest?.outputs[binding.output] : undefined;
    if (record) digests[input] = record.digest;
    else wait ??= { kind: 'upstream-will-run', step: binding.step };
  }
  return wait ? { why: wait } : { digests };
}

/** A matrix step's output: known once every instance's is (src/records/matrix-output.ts). */
function gatheredReadiness(
  binding: MatrixOutput,
  upstream: ReadonlyMap<string, UpstreamState>,
): { digest: ContentDigest } | { why: Why } {
  const digests: ContentDigest[] = [];
  let wait: Why | undefined;
  for (const instance of binding.instances) {
    const state = upstream.get(instance.id);
    if (state?.kind === 'skipped' || state?.kind === 'not-run') {
      return { why: { kind: 'upstream-skipped', step: instance.id, state: state.kind } };
    }
    const record = state?.kind === 'done' ? state.manifest?.outputs[binding.output] : undefined;
    if (record) digests.push(record.digest);
    else wait ??= { kind: 'upstream-will-run', step: instance.id };
  }
  return wait ? { why: wait } : { digest: gatheredDigest(binding, digests) };
}

async function decideUncached(step: Step, known: Known, ctx: DecideContext): Promise<Decision> {
  const keys = ctx.force?.has(step.id) ? [] : (ctx.transferKeys?.(step, known.key) ?? []);
  let transfer: Manifest | undefined;
  for (const key of keys) if ((transfer = await ctx.lookup(key))) break;
  const fits = transfer && fitsStep(transfer, step.component.outputs);
  if (transfer && fits && (await accepted(step, transfer, ctx))) {
    return { status: 'always', why: { kind: 'ran-earlier' }, transfer, ...known };
  }
  return { status: 'always', why: { kind: 'cache-false' }, ...known };
}

function accepted(step: Step, manifest: Manifest, ctx: DecideContext): Promise<boolean> {
  return ctx.accept ? ctx.accept(step, manifest) : Promise.resolve(true);
}
