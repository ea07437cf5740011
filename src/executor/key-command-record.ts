import { createHash } from 'node:crypto';
import type { Step } from '../pipeline/types.js';
import type { StepKey } from '../records/brands.js';
import type { Manifest } from '../records/manifest.js';
import { keyCommandOutputs, type Engine } from './engine.js';

/**
 * Job-per-step mode on GitHub: a step's key commands run in its own job, on its runner, and
 * the later jobs of the workflow run (on other runners, where a driver probe may fail and a
 * library may have another version) decide that step again to find its outputs. Its job
 * records what its commands printed, and they compute its key from that record instead.
 */
function recordKey(step: Step, runId: string): StepKey {
  const what = JSON.stringify(['key-commands', runId, step.id, step.keyCommands]);
  return createHash('sha256').update(what).digest('hex') as StepKey;
}

/** Saves the outputs of the step's key commands (already run in this job) for later jobs. */
export async function saveKeyCommandRecord(
  engine: Engine,
  step: Step,
  runId: string,
  tool: string,
): Promise<boolean> {
  const outputs = await keyCommandOutputs(engine, step);
  if (!outputs) return false;
  const record: Manifest = {
    schema: 1,
    key: recordKey(step, runId),
    step: step.id,
    outputs: {},
    durationMs: 0,
    tool,
    createdAt: new Date().toISOString(),
    parts: { keyCommands: outputs },
  };
  return engine.store.save(record, {});
}

/**
 * What the step's own job recorded in this workflow run, or undefined (none, or not for
 * exactly its commands): then the commands run here, as anywhere else.
 */
export async function readKeyCommandRecord(
  engine: Pick<Engine, 'store'>,
  step: Step,
  runId: string,
): Promise<Record<string, string> | undefined> {
  const record = await engine.store.lookup(recordKey(step, runId));
  const outputs = record?.parts?.keyCommands;
  if (outputs === null || typeof outputs !== 'object') return undefined;
  const entries = Object.entries(outputs as Record<string, unknown>);
  const complete =
    entries.length === new Set(step.keyCommands).size &&
    entries.every(
      ([command, output]) => step.keyCommands.includes(command) && typeof output === 'string',
    );
  return complete ? Object.fromEntries(entries as [string, string][]) : undefined;
}
