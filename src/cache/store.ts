import type { StepKey } from '../records/brands.js';
import type { Manifest, OutputPaths } from '../records/manifest.js';
import type { BranchRecord } from '../records/branch-record.js';
import type { PlanIndex } from '../records/plan-index.js';

/**
 * The port every cache backend implements (local, memory, GitHub Actions). The records it
 * moves (manifests, plan indexes) are the core's: see src/records.
 */
export interface CacheStore {
  readonly name: string;
  /** The manifest saved under `key`, or undefined (a miss; service trouble is a warning and a miss). */
  lookup(key: StepKey): Promise<Manifest | undefined>;
  /**
   * Writes the outputs of `manifest` to `dest`, each the whole tree it names (files with their
   * executable bit, empty folders, symlinks), and verifies them against it. False (after a
   * warning) when the entry is gone, truncated or corrupt (a store may drop it then), or when
   * the destination cannot take it (a full disk, a read-only folder: the entry is kept); the
   * caller treats it as a miss either way. Never throws for either, and never leaves a
   * partial output at a destination.
   */
  restore(manifest: Manifest, dest: OutputPaths): Promise<boolean>;
  /**
   * Optional, for stores whose entries can vanish under a manifest that still reads (the
   * Actions cache evicts): whether the outputs of `manifest` can be restored, found without
   * downloading them. True when the store cannot tell (the restore will say).
   */
  hasOutputs?(manifest: Manifest): Promise<boolean>;
  /** Saves outputs and manifest; the manifest becomes visible last. False (after a warning) on failure. */
  save(manifest: Manifest, outputs: OutputPaths): Promise<boolean>;
  /**
   * Optional, for stores whose lookups cost a round trip: the newest plan index of the
   * pipeline state `state`, else the newest of any state (each indexed step is checked).
   */
  lookupIndex?(state: string): Promise<{ key: string; index: PlanIndex } | undefined>;
  /** Saves a plan index; its key is derived from the state and the steps it indexes. */
  saveIndex?(state: string, index: PlanIndex): Promise<boolean>;
  /** Optional: the newest record of the branch `ref` (`refs/heads/main`) this run can read. */
  lookupBranch?(ref: string): Promise<BranchRecord | undefined>;
  /** Saves a branch record; `unique` tells this save from earlier ones of the same branch. */
  saveBranch?(record: BranchRecord, unique: string): Promise<boolean>;
}

export type Warn = (message: string) => void;
