import type { StepKey } from '../records/brands.js';
import type { Manifest } from '../records/manifest.js';
import type { Why } from './decide.js';

type StepStatus = 'ran' | 'cached' | 'failed' | 'skipped' | 'not-run';

/** Why a step of a run ended as it did: its decision, or what happened when it ran. */
export type RunWhy =
  | Why
  /** The step's command failed, timed out or wrote bad outputs; `message` says which. */
  | { kind: 'failed'; message: string }
  | { kind: 'inputs-unavailable' }
  /**
   * A step job runs its own step only: `step`, upstream, would have had to run in it (its
   * cache entry is gone or unusable), so this job failed instead.
   */
  | { kind: 'upstream-not-in-cache'; step: string }
  /** Secrets it declares that are unset or empty where it runs; `environment`: its GitHub one. */
  | { kind: 'missing-secrets'; step: string; names: string[]; environment?: string }
  | { kind: 'interrupted' }
  | { kind: 'not-started'; failed: string };

/** One step of a run, as the CLI, the action and the plan index see it. */
export interface StepResult {
  id: string;
  runner: string;
  status: StepStatus;
  why: RunWhy;
  durationMs: number;
  /** For a cached step: how long it took when it ran. */
  savedMs: number;
  key?: StepKey;
  metrics?: Record<string, number>;
  manifest?: Manifest;
  logFile?: string;
  /** A step that ran and whose outputs the store accepted under its key. */
  saved?: boolean;
  /** Why a step that ran saved nothing: what its key was computed from changed while it ran. */
  unsaved?: string;
  /** Problems that did not fail the step (a metric that is not a number). */
  warnings?: string[];
  /** A cached step known from the plan index: its manifest has digests but no file lists. */
  fromIndex?: boolean;
  /** The failed step this one could not run without (through data or `needs` edges). */
  blockedBy?: string;
}
