import { statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

// Where the run state lives and how a run that used it says so: shared by the run state and
// the replay of a no-op run (src/cli/replay.ts), which must not load the rest of the engine.

export const runStateFile = (stateDir: string): string => join(stateDir, 'state.json');

/**
 * A run answered from the state used every entry it names: `pipekit cache ls` and `prune`
 * read the state's time as their last use. To the hour, so a no-op run writes nothing more.
 */
export function markStateUsed(file: string): void {
  try {
    if (Date.now() - statSync(file).mtimeMs < 3600_000) return;
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // A read-only checkout: prune then sees the entries' own times.
  }
}
