import { removeEntries, removeFolder } from '../../cache/local-usage.js';
import type { LocalUsage, PruneChoice } from '../../cache/local-usage.js';
import { formatAge, formatBytes } from './cache-units.js';

/** An object changed this recently may belong to a save that has not written its entry yet. */
const OBJECT_GRACE_MS = 3600_000;

/** Removes (or with `dryRun` lists) what `choice` names, and says what it freed. */
export function prune(
  state: string,
  usage: LocalUsage,
  choice: PruneChoice,
  dryRun: boolean,
): void {
  const now = Date.now();
  const verb = dryRun ? 'would remove' : 'removed';
  const lines: string[] = [];
  for (const e of choice.entries) {
    const used = formatAge(now - e.usedAt);
    lines.push(
      `${verb} cache entry ${e.step} ${e.key.slice(0, 12)} (${formatBytes(e.bytes)}, last used ${used} ago)`,
    );
  }
  for (const f of choice.folders) {
    const what = f.kind === 'run' ? `the logs of run ${f.name}` : `scratch space ${f.name}`;
    lines.push(`${verb} ${what} (${formatBytes(f.bytes)}, ${formatAge(now - f.at)} old)`);
  }
  const folderBytes = choice.folders.reduce((n, f) => n + f.bytes, 0);
  const freed = removeEntries(state, usage, choice.entries, {
    graceMs: OBJECT_GRACE_MS,
    now,
    dryRun,
  });
  if (!dryRun) for (const f of choice.folders) removeFolder(f);
  const total = freed.bytes - freed.sharedBytes + folderBytes;
  const shared =
    freed.sharedBytes > 0
      ? `; ${formatBytes(freed.sharedBytes)} more stay until .pipekit/store stops using them (a run drops a tree unused for a week)`
      : '';
  lines.push(
    `${dryRun ? 'would free' : 'freed'} ${formatBytes(total)}: ${choice.entries.length} cache entr${choice.entries.length === 1 ? 'y' : 'ies'} ` +
      `(${choice.kept} kept), ${choice.folders.length} folder${choice.folders.length === 1 ? '' : 's'} of logs and scratch${shared}`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}
