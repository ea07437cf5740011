import { dirname, resolve } from 'node:path';
import { decideContext, stateDir } from '../../executor/engine.js';
import { planSteps } from '../../plan/plan.js';
import { formatTable } from '../../report/format.js';
import { parameterOptions, UsageError, type Command } from '../args.js';
import { createLocalEngine, localOptions } from '../local.js';
import { formatAge, formatBytes, parseAge, parseSize } from './cache-units.js';
import { readUsage } from '../../cache/local-usage.js';
import { prune } from './cache-prune.js';
import type {
  CacheEntryInfo,
  LocalUsage,
  PruneChoice,
  StateFolder,
} from '../../cache/local-usage.js';

export const cache: Command = {
  name: 'cache',
  summary:
    'List what the local cache holds (`ls`), or remove what is old or past a size (`prune`).',
  usage: `pipekit cache ls [--pipeline FILE] [--sort used|size|age|step] [--json]
       pipekit cache prune [--pipeline FILE] [--older-than AGE] [--max-size SIZE] [--all]
                           [--dry-run] [--set name=value]...

  ls                 one line per cache entry: step, key, size, age, last use
    --sort KEY       used (most recent first, the default), size (largest first),
                     age (oldest first) or step
    --json           the entries as JSON
  prune              removes cache entries and run logs, and scratch space left for a day
    --older-than AGE   what was last used longer ago than AGE (30d, 12h, 2w)
    --max-size SIZE    then the least recently used, until the cache and the run logs
                       take at most SIZE (5GB, 500MB, 2GiB)
    --all              do not keep the entries the pipeline's steps use now (their
                       current keys, with --set), nor the last run's logs; alone,
                       removes everything
    --dry-run          say what would be removed, remove nothing`,
  options: {
    ...parameterOptions,
    sort: { type: 'string' },
    json: { type: 'boolean' },
    'older-than': { type: 'string' },
    'max-size': { type: 'string' },
    all: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
  },
  positionals: 1,
  async run(values, [action]) {
    const state = stateDir(resolve(dirname(values.pipeline as string)));
    if (action === 'ls') {
      for (const name of ['older-than', 'max-size', 'all', 'dry-run']) {
        if (values[name] !== undefined) throw new UsageError(`--${name} belongs to \`prune\``);
      }
      listEntries(readUsage(state), values);
      return 0;
    }
    if (action !== 'prune') throw new UsageError(`${action}: expected ls or prune`);
    if (values.sort !== undefined || values.json) {
      throw new UsageError('--sort and --json belong to `ls`');
    }
    const olderThan =
      values['older-than'] === undefined
        ? undefined
        : parseAge('--older-than', values['older-than'] as string);
    const maxSize =
      values['max-size'] === undefined
        ? undefined
        : parseSize('--max-size', values['max-size'] as string);
    const all = values.all === true;
    if (olderThan === undefined && maxSize === undefined && !all) {
      throw new UsageError('say what to remove: --older-than AGE, --max-size SIZE, or --all');
    }
    const keep = all ? new Set<string>() : await currentKeys(values);
    if (!keep) return 1;
    const usage = readUsage(state);
    const choice = choose(usage, { olderThan, maxSize, all, keep, now: Date.now() });
    prune(state, usage, choice, values['dry-run'] === true);
    return 0;
  },
};

/**
 * The keys the pipeline's steps have now (planned with the run's parameters), and for a
 * step whose key waits on an upstream that must run first, its most recently used entry.
 * Undefined when the pipeline does not validate (its diagnostics were printed).
 */
async function currentKeys(values: Record<string, unknown>): Promise<Set<string> | undefined> {
  const local = createLocalEngine(localOptions(values));
  if (!local) {
    process.stderr.write(
      'pipekit cache prune: cannot tell which entries the pipeline uses; fix it, or pass --all\n',
    );
    return undefined;
  }
  const { engine } = local;
  const planned = await planSteps(engine.pipeline, engine.graph, decideContext(engine));
  engine.memo.save();
  const keys = new Set<string>();
  for (const step of planned) {
    if ('key' in step && step.key) keys.add(step.key);
    else {
      const recent = engine.recentEntries?.(step.id)[0];
      if (recent) keys.add(recent.key);
    }
  }
  return keys;
}

const DAY_MS = 86_400_000;

/**
 * Entries and run logs last used before `olderThan`; then, past `maxSize`, the least recently
 * used until the rest fits. The entries in `keep` and the newest run's logs stay (unless
 * `all`); scratch space stays until it is a day old, whatever is asked: a run may be using it.
 */
function choose(
  usage: LocalUsage,
  opts: { olderThan?: number; maxSize?: number; all: boolean; keep: Set<string>; now: number },
): PruneChoice {
  const newestRun = usage.runs.reduce<StateFolder | undefined>(
    (a, b) => (a && a.at >= b.at ? a : b),
    undefined,
  );
  const entries = usage.entries.filter((e) => !opts.keep.has(e.key));
  const runs = usage.runs.filter((r) => opts.all || r !== newestRun);
  const everything = opts.olderThan === undefined && opts.maxSize === undefined;
  const old = (at: number) =>
    everything || (opts.olderThan !== undefined && opts.now - at > opts.olderThan);
  const chosenEntries = new Set(entries.filter((e) => old(e.usedAt)));
  const chosenRuns = new Set(runs.filter((r) => old(r.at)));
  if (opts.maxSize !== undefined) {
    const refs = new Map<string, number>();
    for (const e of usage.entries) {
      if (chosenEntries.has(e)) continue;
      for (const d of e.digests) refs.set(d, (refs.get(d) ?? 0) + 1);
    }
    let total = [...refs.keys()].reduce((n, d) => n + (usage.objects.get(d)?.bytes ?? 0), 0);
    total += usage.runs.filter((r) => !chosenRuns.has(r)).reduce((n, r) => n + r.bytes, 0);
    const queue = [
      ...entries.filter((e) => !chosenEntries.has(e)).map((e) => ({ at: e.usedAt, entry: e })),
      ...runs.filter((r) => !chosenRuns.has(r)).map((r) => ({ at: r.at, run: r })),
    ].sort((a, b) => a.at - b.at);
    for (const item of queue) {
      if (total <= opts.maxSize) break;
      if ('run' in item && item.run) {
        chosenRuns.add(item.run);
        total -= item.run.bytes;
        continue;
      }
      const entry = (item as { entry: CacheEntryInfo }).entry;
      chosenEntries.add(entry);
      for (const d of entry.digests) {
        const left = (refs.get(d) ?? 1) - 1;
        refs.set(d, left);
        if (left === 0) total -= usage.objects.get(d)?.bytes ?? 0;
      }
    }
  }
  const tmp = usage.tmp.filter((t) => opts.now - t.at > DAY_MS);
  return {
    entries: [...chosenEntries],
    folders: [...chosenRuns, ...tmp],
    kept: usage.entries.length - chosenEntries.size,
  };
}

const SORTS: Record<string, (a: CacheEntryInfo, b: CacheEntryInfo) => number> = {
  used: (a, b) => b.usedAt - a.usedAt,
  size: (a, b) => b.bytes - a.bytes,
  age: (a, b) => a.createdAt.localeCompare(b.createdAt),
  step: (a, b) => a.step.localeCompare(b.step) || b.usedAt - a.usedAt,
};

function listEntries(usage: LocalUsage, values: Record<string, unknown>): void {
  const sortName = (values.sort as string | undefined) ?? 'used';
  const sort = SORTS[sortName];
  if (!sort) throw new UsageError(`--sort ${sortName}: expected used, size, age or step`);
  const entries = [...usage.entries].sort(sort);
  if (values.json) {
    const json = entries.map((e) => ({
      step: e.step,
      key: e.key,
      bytes: e.bytes,
      files: e.files,
      createdAt: e.createdAt,
      lastUsed: new Date(e.usedAt).toISOString(),
    }));
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return;
  }
  const now = Date.now();
  const rows = entries.map((e) => [
    e.step,
    e.key.slice(0, 12),
    formatBytes(e.bytes),
    formatAge(now - Date.parse(e.createdAt)),
    `${formatAge(now - e.usedAt)} ago`,
  ]);
  const table = formatTable(['step', 'key', 'size', 'age', 'last used'], rows);
  const objects = [...usage.objects.values()].reduce((n, o) => n + o.bytes, 0);
  const runs = usage.runs.reduce((n, r) => n + r.bytes, 0);
  const tmp = usage.tmp.reduce((n, t) => n + t.bytes, 0);
  const n = entries.length;
  process.stdout.write(
    `${n > 0 ? `${table}\n\n` : ''}${n} entr${n === 1 ? 'y' : 'ies'}, ${formatBytes(objects)} of files (each stored once); ` +
      `run logs ${formatBytes(runs)} (${usage.runs.length} runs); scratch ${formatBytes(tmp)}\n`,
  );
}
