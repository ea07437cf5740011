import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputRecord } from '../records/manifest.js';
import { digestOutput } from '../hash/files.js';
import type { Step } from '../pipeline/types.js';

type Collected =
  | { ok: true; outputs: Record<string, OutputRecord>; metrics?: Record<string, number> }
  | { ok: false; reason: string };

/** Checks that every declared output exists with its type, then digests them. */
export function collectOutputs(step: Step, paths: Record<string, string>): Collected {
  const outputs: Record<string, OutputRecord> = {};
  let metrics: Record<string, number> | undefined;
  for (const [name, spec] of Object.entries(step.component.outputs)) {
    const path = paths[name]!;
    const stat = existsSync(path) ? statSync(path) : undefined;
    const isDir = spec.type === 'dir';
    if (!stat || stat.isDirectory() !== isDir) {
      return { ok: false, reason: `output ${name} (${spec.type}) was not written` };
    }
    if (spec.type === 'metrics') {
      const parsed = parseMetrics(readFileSync(path, 'utf8'));
      if (typeof parsed === 'string') return { ok: false, reason: `output ${name}: ${parsed}` };
      metrics = { ...metrics, ...parsed };
    }
    outputs[name] = digestOutput(path, spec.type);
  }
  return { ok: true, outputs, metrics };
}

/** A metrics file is a JSON object of numbers; nested objects flatten to dotted names. */
function parseMetrics(text: string): Record<string, number> | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'metrics must be JSON';
  }
  const flat: Record<string, number> = {};
  const walk = (node: unknown, prefix: string): string | undefined => {
    if (typeof node === 'number') {
      flat[prefix] = node;
      return undefined;
    }
    if (node === null || typeof node !== 'object' || Array.isArray(node)) {
      return `metrics must be an object of numbers (${prefix || 'top level'} is not)`;
    }
    for (const [k, v] of Object.entries(node)) {
      const problem = walk(v, prefix ? `${prefix}.${k}` : k);
      if (problem) return problem;
    }
    return undefined;
  };
  return walk(value, '') ?? flat;
}

/**
 * Moves finished outputs from scratch into `outDir`, replacing the previous ones. A folder
 * cannot be replaced atomically, so the old one is renamed aside first; another pipekit run
 * doing the same at once can make a rename fail, hence the retries.
 */
export function moveOutputs(paths: Record<string, string>, outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  for (const [name, from] of Object.entries(paths)) {
    const to = join(outDir, name);
    for (let attempt = 0; ; attempt++) {
      const aside = `${to}.old-${process.pid}-${attempt}`;
      try {
        if (existsSync(to)) renameSync(to, aside);
        renameSync(from, to);
        rmSync(aside, { recursive: true, force: true });
        break;
      } catch (error) {
        rmSync(aside, { recursive: true, force: true });
        if (attempt >= 5) throw error;
      }
    }
  }
}
