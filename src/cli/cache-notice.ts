import { measureState } from '../cache/local-usage.js';
import { UsageError } from './args.js';
import { formatBytes, parseSize } from './commands/cache-units.js';

/** Past this, a run that computed something says how much the cache and its logs take. */
const DEFAULT_NOTICE_BYTES = 5e9;

/**
 * A line for the end of a run when `.pipekit`'s cache and run logs are past the size in
 * PIPEKIT_CACHE_NOTICE (`10GB`, `off`; default 5 GB), with the command that frees space.
 * Only after a run that ran a step: a run that reused everything added nothing.
 */
export function cacheSizeNotice(
  state: string,
  pipeline: string,
  env: NodeJS.ProcessEnv,
): string | undefined {
  const setting = env.PIPEKIT_CACHE_NOTICE?.trim();
  if (setting === 'off' || setting === '0') return undefined;
  let limit = DEFAULT_NOTICE_BYTES;
  const written = setting || '5GB';
  try {
    if (setting) limit = parseSize('PIPEKIT_CACHE_NOTICE', setting);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return `${error.message}; using ${formatBytes(limit)}`;
  }
  const bytes = measureState(state);
  if (bytes <= limit) return undefined;
  const at = pipeline === 'pipeline.yml' ? '' : ` --pipeline ${pipeline}`;
  return (
    `The local cache and run logs take ${formatBytes(bytes)} (more than ${formatBytes(limit)}): ` +
    `\`pipekit cache ls${at}\` lists them; \`pipekit cache prune${at} --max-size ${written}\` ` +
    `removes the least recently used, keeping what the pipeline uses now.`
  );
}
