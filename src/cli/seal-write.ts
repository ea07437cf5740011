import { relative, sep } from 'node:path';
import { RACY_MS } from '../hash/files.js';
import type { Pipeline } from '../pipeline/types.js';
import type { StepResult } from '../plan/step-result.js';
import { writeFileAtomic } from '../workspace/atomic-write.js';
import type { LookRecorder } from '../workspace/observed-fs.js';
import { resultLine } from './progress.js';
import {
  pipelineArgument,
  pipelineRoot,
  SEAL_SCHEMA,
  sealFile,
  toolStamp,
  type NoopSeal,
} from './seal.js';

/**
 * Whether `pipekit run` with these options can be answered from a seal at all: a forced step
 * or a run without the cache decides differently from a no-op by design.
 */
export function sealable(values: Record<string, unknown>): boolean {
  return values['no-cache'] !== true && ((values.force as string[] | undefined) ?? []).length === 0;
}

interface SealedRun {
  root: string;
  argv: readonly string[];
  pipeline: Pipeline;
  results: readonly StepResult[];
  recorder: LookRecorder;
  stdout: string;
}

/**
 * Writes the seal of a run that reused every step (src/cli/seal.ts), or nothing, and says
 * why not. Only a run whose every step was reused, or skipped by its `if:`, with no warning
 * (the caller counts the store's) is sealed: its printout is then all its answer. A step
 * with key commands is never sealed: its key depends on what a command prints, not on the
 * disk. Every look must have settled (the stat memo's racy rule), so a change within the
 * file system's timestamp granularity cannot hide behind an equal signature.
 */
export function writeSeal(run: SealedRun): string | undefined {
  const tool = toolStamp();
  if (tool === undefined) return 'pipekit runs from its sources';
  if (pipelineRoot(pipelineArgument(run.argv.slice(1))) !== run.root) {
    return 'the replay would not find the seal from these arguments';
  }
  if (Object.values(run.pipeline.steps).some((s) => s.keyCommands?.length)) {
    return 'a step has key commands';
  }
  const unsealed = run.results.find(
    (r) =>
      !(r.status === 'cached' || (r.status === 'skipped' && r.why.kind === 'condition-false')) ||
      (r.warnings?.length ?? 0) > 0,
  );
  if (unsealed) return `${unsealed.id} was not reused`;
  const looks = run.recorder.looks(Date.now() - RACY_MS);
  if (typeof looks === 'string') return looks;
  const inside = `${run.root}${sep}`;
  const seal: NoopSeal = {
    schema: SEAL_SCHEMA,
    tool,
    cwd: process.cwd(),
    argv: [...run.argv],
    looks: looks.map(([kind, path, seen]) => [
      kind,
      path.startsWith(inside) ? relative(run.root, path) : path,
      seen,
    ]),
    lines: run.results.map((r) => [resultLine(r.id, r), r.status === 'cached']),
    stdout: run.stdout,
  };
  try {
    writeFileAtomic(sealFile(run.root), JSON.stringify(seal));
  } catch {
    return 'the seal could not be written'; // a full disk or read-only checkout: no replay
  }
  return undefined;
}
