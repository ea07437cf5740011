import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { followLog } from '../executor/log-follow.js';
import type { StepEvent } from '../executor/run-options.js';
import { describeResult } from '../report/reasons.js';

/**
 * Each running step's output in the job log as the step writes it: a training step that
 * runs for hours shows its progress while it runs. With several steps at once (`command:
 * run`) each line starts with the step's id. When a step ends, one line says how.
 */
export function liveLogs(prefixed: boolean): (event: StepEvent) => void {
  const following = new Map<string, { stop(): void }>();
  return (event) => {
    if (event.type === 'start' && event.logFile) {
      const prefix = prefixed ? `[${event.id}] ` : '';
      following.set(
        event.id,
        followLog(event.logFile, (lines) => printInert(lines.map((line) => prefix + line))),
      );
      return;
    }
    if (event.type !== 'finish' || !event.result) return;
    following.get(event.id)?.stop();
    following.delete(event.id);
    const r = event.result;
    const line = `${r.status} ${r.id}: ${describeResult(r)}`;
    if (r.status === 'failed') core.error(line);
    else core.info(line);
  };
}

/**
 * Lines of a step's output in the job log, where the runner would read any `::command::`
 * line (`::add-mask::`, `::error`, `::set-output`): between `::stop-commands::` and its
 * token, the runner reads none. The token is fresh each time, so the output cannot end it.
 */
function printInert(lines: string[]): void {
  const token = `pipekit-${randomUUID()}`;
  core.info(`::stop-commands::${token}`);
  core.info(lines.join('\n'));
  core.info(`::${token}::`);
}
