import { readFileSync } from 'node:fs';
import { isAbsolute, join, sep } from 'node:path';
import { markStateUsed, runStateFile } from '../executor/run-state-file.js';
import { lookAgain, type Look } from '../workspace/fs-signature.js';
import {
  pipelineArgument,
  pipelineRoot,
  SEAL_SCHEMA,
  sealFile,
  toolStamp,
  type NoopSeal,
} from './seal.js';

/**
 * Answers `pipekit run` from the seal of the last no-op run when nothing it looked at has
 * changed (src/cli/seal.ts): prints what that run printed and returns its exit code, 0.
 * Undefined whenever anything differs or cannot be read, and the engine decides as always.
 */
export function replayNoop(argv: readonly string[]): number | undefined {
  if (argv[0] !== 'run') return undefined;
  const root = pipelineRoot(pipelineArgument(argv.slice(1)));
  const seal = readSeal(sealFile(root));
  if (
    !seal ||
    seal.cwd !== process.cwd() ||
    seal.argv.length !== argv.length ||
    seal.argv.some((arg, i) => arg !== argv[i]) ||
    seal.tool !== toolStamp() ||
    !sameLooks(root, seal.looks)
  ) {
    return undefined;
  }
  markStateUsed(runStateFile(join(root, '.pipekit')));
  // A terminal shows a reused step's line no more than the engine's live progress does.
  const live = process.stderr.isTTY === true;
  const progress = seal.lines.filter(([, reused]) => !(live && reused)).map(([line]) => line);
  if (progress.length > 0) process.stderr.write(progress.join(''));
  process.stdout.write(seal.stdout);
  return 0;
}

function readSeal(file: string): NoopSeal | undefined {
  try {
    const seal = JSON.parse(readFileSync(file, 'utf8')) as Partial<NoopSeal> | null;
    const whole =
      seal?.schema === SEAL_SCHEMA &&
      typeof seal.tool === 'string' &&
      typeof seal.cwd === 'string' &&
      typeof seal.stdout === 'string' &&
      Array.isArray(seal.argv) &&
      Array.isArray(seal.looks) &&
      Array.isArray(seal.lines) &&
      seal.lines.every((line) => Array.isArray(line) && typeof line[0] === 'string');
    return whole ? (seal as NoopSeal) : undefined;
  } catch {
    return undefined;
  }
}

function sameLooks(root: string, looks: readonly Look[]): boolean {
  try {
    for (const look of looks) {
      if (!Array.isArray(look)) return false;
      const [kind, path, seen] = look;
      if ((kind !== 's' && kind !== 'l' && kind !== 'r') || typeof path !== 'string') return false;
      if (lookAgain(kind, isAbsolute(path) ? path : `${root}${sep}${path}`) !== seen) return false;
    }
    return true;
  } catch {
    return false; // the disk refused to answer: the engine says what it refuses
  }
}
