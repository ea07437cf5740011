import type { Manifest } from '../cache/store.js';
import type { KeyDocument, StepKey } from '../hash/key.js';
import type { Graph, Pipeline, Step } from '../pipeline/types.js';
import { claimManifest, type Claim } from './plan-index.js';

/** DESIGN §3: what happens to a step in this run. */
export type PlanStatus = 'cached' | 'run' | 'pending' | 'always' | 'skipped';

export interface PlannedStep {
  id: string;
  runner: string;
  status: PlanStatus;
  reason: string;
  key?: string;
  document?: KeyDocument;
  /** For `cached`, and for an `always` step whose outputs this run already saved. */
  manifest?: Manifest;
}

/** The I/O a plan needs, injected so the decisions stay pure and testable. */
export interface PlanContext {
  /** The key of a step, given the content digest of each data input's upstream output. */
  keyOf(step: Step, upstream: Record<string, string>): Promise<StepKey>;
  lookup(key: string): Promise<Manifest | undefined>;
  /** Whether the step's `if` holds (true when it has none). */
  condition(step: Step): boolean;
  /** Steps to run even when cached (--force). */
  force?: ReadonlySet<string>;
  /** False with --no-cache: nothing is looked up. */
  useCache?: boolean;
  /**
   * Where an `always` step of this run left its outputs for the jobs after it (job-per-step
   * mode); undefined when outputs do not travel between jobs.
   */
  transferKey?: (step: Step, key: string) => string | undefined;
  /** What a plan index claims about the step; used only when its key is the step's key. */
  claim?: (step: Step) => Claim | undefined;
  /** Why a step misses, e.g. the key parts that differ from its last cached run. */
  explainMiss?: (step: Step, document: KeyDocument) => string | undefined;
}

/** What the upstream of a step looks like once decided; shared by the plan and the scheduler. */
export type Readiness =
  | { kind: 'skip'; reason: string }
  | { kind: 'wait'; reason: string }
  | { kind: 'ready'; upstream: Record<string, string> };

/**
 * Whether a step's key can be known now: every data input's upstream output must have a
 * digest. A data upstream that is skipped or failed skips the step; one that has not produced
 * its output yet leaves it pending.
 */
export function checkReadiness(
  step: Step,
  upstreamState: (id: string) => { manifest?: Manifest; blocked?: string } | undefined,
): Readiness {
  const upstream: Record<string, string> = {};
  let wait: string | undefined;
  for (const [input, binding] of Object.entries(step.with)) {
    if (binding.kind !== 'step-output') continue;
    const state = upstreamState(binding.step);
    if (state?.blocked)
      return { kind: 'skip', reason: `upstream ${binding.step} ${state.blocked}` };
    const record = state?.manifest?.outputs[binding.output];
    if (!record) wait ??= `upstream ${binding.step} will run`;
    else upstream[input] = record.digest;
  }
  return wait ? { kind: 'wait', reason: wait } : { kind: 'ready', upstream };
}

/** Decides every step in topological order; independent lookups run concurrently. */
export async function planSteps(
  pipeline: Pipeline,
  graph: Graph,
  ctx: PlanContext,
): Promise<PlannedStep[]> {
  const byId = new Map(pipeline.steps.map((step) => [step.id, step]));
  const decided = new Map<string, Promise<PlannedStep>>();
  for (const id of graph.order) {
    const step = byId.get(id);
    if (!step) throw new Error(`graph names unknown step ${id}`);
    const upstream = (graph.upstream[id] ?? []).map((up) => decided.get(up));
    decided.set(
      id,
      Promise.all(upstream).then((done) =>
        planOne(step, new Map(done.map((p) => [p!.id, p!])), ctx),
      ),
    );
  }
  return Promise.all(graph.order.map((id) => decided.get(id)!));
}

async function planOne(
  step: Step,
  upstream: Map<string, PlannedStep>,
  ctx: PlanContext,
): Promise<PlannedStep> {
  const base = { id: step.id, runner: step.runner };
  if (!ctx.condition(step))
    return { ...base, status: 'skipped', reason: `if: ${step.if} is false` };
  const readiness = checkReadiness(step, (id) => {
    const up = upstream.get(id);
    return (
      up && { manifest: up.manifest, blocked: up.status === 'skipped' ? 'is skipped' : undefined }
    );
  });
  if (readiness.kind === 'skip') return { ...base, status: 'skipped', reason: readiness.reason };
  if (readiness.kind === 'wait') {
    if (!step.cache)
      return { ...base, status: 'always', reason: `cache: false (${readiness.reason})` };
    return { ...base, status: 'pending', reason: readiness.reason };
  }
  const { key, document } = await ctx.keyOf(step, readiness.upstream);
  const known = { ...base, key, document };
  if (!step.cache) {
    const transfer = ctx.transferKey?.(step, key);
    const manifest = transfer ? await ctx.lookup(transfer) : undefined;
    return { ...known, status: 'always', reason: 'cache: false', manifest };
  }
  if (ctx.force?.has(step.id)) return { ...known, status: 'run', reason: 'forced (--force)' };
  if (ctx.useCache === false) return { ...known, status: 'run', reason: 'cache disabled' };
  const claim = ctx.claim?.(step);
  if (claim?.key === key) {
    const manifest = claimManifest(step, claim);
    return {
      ...known,
      status: 'cached',
      reason: `found ${key.slice(0, 12)} (plan index)`,
      manifest,
    };
  }
  const manifest = await ctx.lookup(key);
  if (manifest)
    return { ...known, status: 'cached', reason: `found ${key.slice(0, 12)}`, manifest };
  const why = ctx.explainMiss?.(step, document);
  return { ...known, status: 'run', reason: why ?? `no entry for ${key.slice(0, 12)}` };
}

/** The plan as the CLI's `--json` and the action's `plan` output give it. */
export function planJson(planned: PlannedStep[]): {
  steps: Pick<PlannedStep, 'id' | 'runner' | 'status' | 'reason' | 'key'>[];
} {
  return {
    steps: planned.map(({ id, runner, status, reason, key }) => ({
      id,
      runner,
      status,
      reason,
      key,
    })),
  };
}
