/**
 * The job's `cache-mode` (since 2026-09, at workflow or job level), which the runner hands the
 * cache client as ACTIONS_CACHE_MODE. The client then skips what the mode forbids, quietly:
 * a restore finds nothing, a save returns -1 with an info line. pipekit does not make those
 * calls at all, and says what the mode means for the job once.
 */
interface CacheMode {
  name: string;
  read: boolean;
  write: boolean;
}

/** Read as the client reads it; unset or unknown modes allow everything, as in the client. */
export function cacheMode(env: NodeJS.ProcessEnv = process.env): CacheMode {
  const name = (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
  switch (name) {
    case 'read':
      return { name, read: true, write: false };
    case 'write-only':
      return { name, read: false, write: true };
    case 'none':
      return { name, read: false, write: false };
    default:
      return { name, read: true, write: true };
  }
}

/** The one line for the job, when the mode forbids anything. */
export function describeCacheMode(mode: CacheMode): string | undefined {
  const what =
    mode.read && mode.write
      ? undefined
      : mode.read
        ? 'outputs are restored, nothing is saved in this job'
        : mode.write
          ? 'nothing is restored, every step runs, outputs are saved'
          : 'the cache is not used in this job, every step runs';
  return what && `GitHub Actions cache-mode is ${mode.name} (ACTIONS_CACHE_MODE): ${what}`;
}
