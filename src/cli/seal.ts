import { rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOOL_VERSION } from '../version.js';
import { statSignature, type Look } from '../workspace/fs-signature.js';

/**
 * The answer of the last no-op run, `.pipekit/noop.json` (docs/architecture.md, "Replaying a
 * no-op run"): what `pipekit run` printed when every step was reused, and every look at the
 * disk its decisions rested on. While the same pipekit is run with the same arguments from
 * the same folder and every look sees the same again, the run would decide the same, so its
 * answer is printed without loading the engine.
 *
 * This file is part of the lean entry (dist/cli.js): it imports nothing but `node:*` and
 * small modules of its own kind.
 */
export interface NoopSeal {
  schema: typeof SEAL_SCHEMA;
  tool: string;
  cwd: string;
  argv: string[];
  /** Paths inside the pipeline's folder are relative to it. */
  looks: Look[];
  /** Each step's progress line as a log shows it, and whether it is a reused step's. */
  lines: Array<[line: string, reused: boolean]>;
  stdout: string;
}

export const SEAL_SCHEMA = 1;

/** The pipeline file `run` opens with these arguments (after the command's name). */
export function pipelineArgument(args: readonly string[]): string {
  let file = 'pipeline.yml';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (arg === '--pipeline' || arg === '-p') file = args[++i] ?? file;
    else if (arg.startsWith('--pipeline=')) file = arg.slice('--pipeline='.length);
    else if (arg.startsWith('-p') && !arg.startsWith('--')) file = arg.slice(2);
  }
  return file;
}

/** The folder a pipeline file's state lives in: `.pipekit` beside it. */
export function pipelineRoot(pipelineFile: string): string {
  return resolve(dirname(pipelineFile));
}

export const sealFile = (root: string): string => join(root, '.pipekit', 'noop.json');

/** Forgets the seal: every run that decides anything again starts with this. */
export function breakSeal(root: string): void {
  try {
    rmSync(sealFile(root), { force: true });
  } catch {
    // `.pipekit` is a file or unreadable: then no seal can be read either
  }
}

/**
 * Which pipekit: its version, Node's, and the two bundles' signatures (the lean entry and
 * the engine beside it). Undefined where they are not both there (pipekit run from sources),
 * and then no seal is written.
 */
export function toolStamp(): string | undefined {
  const dir = dirname(fileURLToPath(import.meta.url));
  try {
    const cli = statSignature(statSync(join(dir, 'cli.js')));
    const engine = statSignature(statSync(join(dir, 'engine.js')));
    return `${TOOL_VERSION} ${process.version} ${cli} ${engine}`;
  } catch {
    return undefined;
  }
}
