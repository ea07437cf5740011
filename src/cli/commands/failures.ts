import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { StepResult } from '../../plan/step-result.js';
import { describeResult } from '../../report/reasons.js';

const TAIL_LINES = 20;

/**
 * The warnings of steps that succeeded, then the end of each failed step's log, where the
 * error usually is, and where the whole log is.
 */
export function showFailures(results: StepResult[]): void {
  for (const r of results) {
    for (const warning of r.warnings ?? []) process.stderr.write(`⚠ ${r.id}: ${warning}\n`);
  }
  for (const r of results) {
    if (r.status !== 'failed') continue;
    if (!r.logFile) {
      process.stderr.write(`\n✗ ${r.id} failed: ${describeResult(r)}\n`);
      continue;
    }
    let tail: string;
    try {
      tail = readFileSync(r.logFile, 'utf8').trimEnd().split('\n').slice(-TAIL_LINES).join('\n');
    } catch {
      // no log: the step never started, or the disk refused it
      process.stderr.write(`\n✗ ${r.id} failed: ${describeResult(r)}\n`);
      continue;
    }
    const where = relative(process.cwd(), r.logFile);
    process.stderr.write(
      `\n✗ ${r.id} failed: ${describeResult(r)}\n${tail}\n(full log: ${where})\n`,
    );
  }
}
