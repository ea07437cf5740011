import { followLog } from '../executor/log-follow.js';
import type { StepEvent } from '../executor/run-options.js';
import type { StepResult } from '../plan/step-result.js';
import { describeResult } from '../report/reasons.js';
import { formatDuration, formatMetrics, formatTable } from '../report/format.js';

const MARK: Record<string, string> = {
  ran: '✓',
  cached: '↺',
  failed: '✗',
  skipped: '-',
  'not-run': '-',
};

/**
 * Step events as they happen: on a TTY a status line redrawn in place under the finished
 * steps; otherwise one plain line per event, for CI logs. With `verbose`, each running
 * step's output as it is written, each line after its step's id.
 */
export function createProgress(
  stream: NodeJS.WriteStream,
  options: { verbose?: boolean } = {},
): {
  onEvent: (event: StepEvent) => void;
  close: () => void;
} {
  const running = new Map<string, number>();
  const following = new Map<string, { stop(): void }>();
  const live = stream.isTTY === true;
  // Lines of one turn of the event loop go out in one write: a rerun that reuses a thousand
  // steps finishes them all in one turn, and a write per line was a tenth of its time.
  let pending = '';
  const flush = (): void => {
    if (pending !== '') stream.write(pending);
    pending = '';
  };
  const write = (text: string): void => {
    if (live) {
      stream.write(text);
      return;
    }
    if (pending === '') setImmediate(flush);
    pending += text;
  };
  const clear = (): void => {
    if (live) stream.write('\r\x1b[2K');
  };
  const status = (): void => {
    if (!live || running.size === 0) return;
    const now = Date.now();
    const steps = [...running].map(([id, since]) => `${id} ${formatDuration(now - since)}`);
    stream.write(`running: ${steps.join(', ')}`);
  };
  // A long training step should still show signs of life.
  const ticker = live ? setInterval(() => (clear(), status()), 1000) : undefined;
  ticker?.unref();
  return {
    onEvent(event) {
      clear();
      if (event.type === 'start') {
        running.set(event.id, Date.now());
        if (!live) write(`start  ${event.id}\n`);
        if (options.verbose && event.logFile) {
          const id = event.id;
          const show = (lines: string[]): void => {
            clear();
            write(lines.map((line) => `  ${id} │ ${line}\n`).join(''));
            status();
          };
          following.set(id, followLog(event.logFile, show));
        }
      } else if (event.result) {
        following.get(event.id)?.stop();
        following.delete(event.id);
        running.delete(event.id);
        const r = event.result;
        if (r.status !== 'cached' || !live) write(resultLine(event.id, r));
      }
      status();
    },
    close: () => {
      clearInterval(ticker);
      flush();
      clear();
    },
  };
}

/** A finished step's line, as a log shows it. */
export function resultLine(id: string, r: StepResult): string {
  const time =
    r.status === 'ran' || r.status === 'failed' ? ` ${formatDuration(r.durationMs)}` : '';
  return `${MARK[r.status] ?? ' '} ${r.status.padEnd(7)} ${id}${time}  ${describeResult(r)}\n`;
}

export function formatRunSummary(results: StepResult[]): string {
  const rows = results.map((r) => [
    r.id,
    r.status,
    r.status === 'ran' || r.status === 'failed' ? formatDuration(r.durationMs) : '',
    r.status === 'cached' ? formatDuration(r.savedMs) : '',
    formatMetrics(r.metrics),
  ]);
  const table = formatTable(['step', 'status', 'duration', 'time saved', 'metrics'], rows);
  const count = (s: string): number => results.filter((r) => r.status === s).length;
  const saved = results.reduce((sum, r) => sum + (r.status === 'cached' ? r.savedMs : 0), 0);
  const ran = count('ran');
  const failed = count('failed');
  const reused = count('cached');
  let last: string;
  if (
    ran === 0 &&
    failed === 0 &&
    reused === results.filter((r) => r.status !== 'skipped').length
  ) {
    last = `Nothing changed: all ${reused} steps were reused from the cache, saving ${formatDuration(saved)}.`;
  } else {
    const parts = [`${ran} ran`, `${reused} reused`];
    if (failed) parts.push(`${failed} failed`);
    const other = results.length - ran - reused - failed;
    if (other) parts.push(`${other} skipped or not run`);
    const savedText = saved > 0 ? `; reuse saved ${formatDuration(saved)}` : '';
    last = `${results.length} steps: ${parts.join(', ')}${savedText}.`;
  }
  return `${table}\n\n${last}`;
}
