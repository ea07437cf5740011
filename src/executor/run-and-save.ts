import { join } from 'node:path';
import { digestTree } from '../hash/files.js';
import type { ComputedKey } from '../hash/key.js';
import { resolveInputs } from '../plan/params.js';
import type { RunWhy, StepResult } from '../plan/step-result.js';
import type { Step } from '../pipeline/types.js';
import type { ContentDigest } from '../records/brands.js';
import type { Manifest, OutputRecord } from '../records/manifest.js';
import { stateDir, type Engine } from './engine.js';
import { changedKeyCommand } from './key-commands.js';
import { admitOutput, linkViews, verifyStored } from './output-store.js';
import { dropStored } from './store-upkeep.js';
import type { RunOptions } from './run-options.js';
import { runStep } from './run-step.js';
import { removeScratch, stepScratch } from './scratch.js';
import { SecretMask } from './secret-mask.js';
import { faultMessage } from '../workspace/fs-fault.js';
import { UserError } from '../errors.js';
import { secretValues, stepEnvironment } from './step-env.js';

/** A data input as a running step gets it: the stored tree of its upstream's output. */
export interface StoredInput {
  path: string;
  record: OutputRecord;
  /**
   * What the key holds for it when that is not the tree's digest: a matrix step's gathered
   * output (src/records/matrix-output.ts).
   */
  keyDigest?: ContentDigest;
}

/** Where a step's output goes in this run, as it is written. */
export function stepLogFile(engine: Engine, opts: RunOptions, step: Step): string {
  return join(stateDir(engine.root), 'runs', opts.runId, `${step.id}.log`);
}

/**
 * Runs a step whose inputs are stored, keeps its outputs in the store, then saves them: under
 * its key when it is cacheable, under the run's transfer key when it is `cache: false` and a
 * later job reads it. Nothing is saved when anything the key was computed from changed while
 * the step ran; a step that changed one of its inputs fails.
 */
export async function runAndSave(
  engine: Engine,
  opts: RunOptions,
  step: Step,
  computed: ComputedKey,
  why: RunWhy,
  inputs: Record<string, StoredInput>,
): Promise<StepResult> {
  const given = stepEnvironment(opts.env, engine.pipeline, step);
  if ('missing' in given) return missingSecrets(step, computed, given.missing);
  const logFile = stepLogFile(engine, opts, step);
  const scratch = stepScratch(engine, step.id, Object.keys(step.component.outputs));
  const base = {
    id: step.id,
    runner: step.runner,
    durationMs: 0,
    savedMs: 0,
    key: computed.key,
    logFile,
  };
  try {
    const outcome = await runStep({
      root: engine.root,
      step,
      bound: resolveInputs(step, engine.parameters),
      upstreamPaths: Object.fromEntries(Object.entries(inputs).map(([n, i]) => [n, i.path])),
      code: computed.document.code,
      executable: computed.document.executable ?? [],
      scratch,
      logFile,
      env: given.env,
      // Every value the pipeline declares: a step may print one it was handed in a file.
      mask: new SecretMask(secretValues(opts.env, engine.pipeline)),
      signal: opts.signal,
    });
    base.durationMs = outcome.durationMs;
    const tampered = changedInput(engine, inputs);
    if (tampered) {
      const message = `it changed its input ${tampered}, which steps may only read`;
      return { ...base, status: 'failed', why: { kind: 'failed', message } };
    }
    if (!outcome.ok) return { ...base, status: 'failed', why: outcome.why };
    const stored: Record<string, string> = {};
    for (const [name, record] of Object.entries(outcome.outputs)) {
      stored[name] = admitOutput(engine, name, outcome.paths[name]!, record, { ownFolder: true });
    }
    linkViews(engine, step.id, stored);
    const manifest: Manifest = {
      schema: 1,
      key: computed.key,
      step: step.id,
      outputs: outcome.outputs,
      metrics: outcome.metrics,
      durationMs: outcome.durationMs,
      ...opts.commit?.(),
      tool: opts.tool,
      producer: opts.producer,
      createdAt: new Date().toISOString(),
      parts: computed.document as unknown as Record<string, unknown>,
    };
    const unsaved =
      changedKeyPath(engine, computed) ??
      (await changedKeyCommand(engine, step, computed.document.keyCommands));
    const saveKey = unsaved
      ? undefined
      : step.cache
        ? opts.useCache
          ? computed.key
          : undefined
        : opts.transferKeys?.(step, computed.key)[0];
    const saved = saveKey ? await engine.store.save({ ...manifest, key: saveKey }, stored) : false;
    // A transfer entry is not a cache entry: only what is saved under its key counts as saved.
    return {
      ...base,
      status: 'ran',
      why,
      saved: saved && step.cache,
      unsaved: unsaved && `${unsaved} changed while it ran`,
      warnings: outcome.warnings.length > 0 ? outcome.warnings : undefined,
      metrics: outcome.metrics,
      manifest,
    };
  } catch (error) {
    // A full disk or a damaged `.pipekit` fails this step; what it admitted stays whole. So
    // does an output no key can hold (a link leaving it, a name that is not UTF-8).
    const message = error instanceof UserError ? error.message : faultMessage(error, engine.root);
    if (message === undefined) throw error;
    return { ...base, status: 'failed', why: { kind: 'failed', message } };
  } finally {
    removeScratch(scratch);
  }
}

/** A step that cannot run: a secret it declares is not set where it runs. Nothing started. */
function missingSecrets(step: Step, computed: ComputedKey, names: string[]): StepResult {
  const why: RunWhy = { kind: 'missing-secrets', step: step.id, names };
  if (step.environment) why.environment = step.environment.name;
  return {
    id: step.id,
    runner: step.runner,
    status: 'failed',
    why,
    durationMs: 0,
    savedMs: 0,
    key: computed.key,
  };
}

/** The first input whose stored tree a step changed; the damaged tree is dropped. */
function changedInput(engine: Engine, inputs: Record<string, StoredInput>): string | undefined {
  for (const [name, input] of Object.entries(inputs)) {
    if (verifyStored(engine, input.path, input.record)) continue;
    dropStored(input.path);
    return name;
  }
  return undefined;
}

/**
 * The first repository path of the key whose content is not what the key was computed from
 * (a `git checkout` or an edit during a long step): the outputs are kept for this run, but
 * saving them under the key would be a false hit for whoever reverts the edit.
 */
function changedKeyPath(engine: Engine, computed: ComputedKey): string | undefined {
  for (const [rel, digest] of Object.values(computed.document.paths)) {
    try {
      if (digestTree(engine.root, join(engine.root, rel), engine.memo).digest !== digest)
        return rel;
    } catch {
      return rel;
    }
  }
  return undefined;
}
