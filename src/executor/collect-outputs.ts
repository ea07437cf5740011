import { existsSync, readFileSync, statSync } from 'node:fs';
import type { OutputRecord } from '../records/manifest.js';
import { digestOutput } from '../hash/files.js';
import type { Step } from '../pipeline/types.js';

type Collected =
  | {
      ok: true;
      outputs: Record<string, OutputRecord>;
      metrics?: Record<string, number>;
      /** What could not be read as a metric: the output is kept, the value is not shown. */
      warnings: string[];
    }
  | { ok: false; reason: string };

/** Checks that every declared output exists with its type, then digests them. */
export function collectOutputs(step: Step, paths: Record<string, string>): Collected {
  const outputs: Record<string, OutputRecord> = {};
  const warnings: string[] = [];
  let metrics: Record<string, number> | undefined;
  for (const [name, spec] of Object.entries(step.component.outputs)) {
    const path = paths[name]!;
    const stat = existsSync(path) ? statSync(path) : undefined;
    const isDir = spec.type === 'dir';
    if (!stat || stat.isDirectory() !== isDir) {
      return { ok: false, reason: `output ${name} (${spec.type}) was not written` };
    }
    if (spec.type === 'metrics') {
      // The step's work is done: a value that is not a number costs a warning, not the outputs.
      const parsed = parseMetrics(readFileSync(path, 'utf8'));
      metrics = { ...metrics, ...parsed.metrics };
      warnings.push(...parsed.problems.map((problem) => `metrics ${name}: ${problem}`));
    }
    outputs[name] = digestOutput(path, spec.type);
  }
  return { ok: true, outputs, metrics, warnings };
}

/**
 * A metrics file is a JSON object of numbers; nested objects flatten to dotted names. Every
 * number is kept; whatever else is there is a problem to warn about.
 */
function parseMetrics(text: string): { metrics: Record<string, number>; problems: string[] } {
  const metrics: Record<string, number> = {};
  const problems: string[] = [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { metrics, problems: ['not JSON; no metrics shown'] };
  }
  const walk = (node: unknown, prefix: string): void => {
    if (typeof node === 'number' && Number.isFinite(node)) metrics[prefix] = node;
    else if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
      for (const [k, v] of Object.entries(node)) walk(v, prefix ? `${prefix}.${k}` : k);
    } else problems.push(`${prefix || 'the top level'} is not a number (${JSON.stringify(node)})`);
  };
  walk(value, '');
  return { metrics, problems };
}
