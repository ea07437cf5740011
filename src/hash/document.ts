import { statSync } from '../workspace/observed-fs.js';
import { join, posix } from 'node:path';
import type { ResolvedInputs } from '../plan/params.js';
import { codePatterns } from '../pipeline/code-patterns.js';
import { STEP_SHELL_TEXT } from '../pipeline/shell.js';
import type { CodePattern, Step } from '../pipeline/types.js';
import type { ContentDigest } from '../records/brands.js';
import {
  DEFAULT_CODE_IGNORE,
  digestTree,
  listCodeFiles,
  listFiles,
  NotUtf8Name,
  type DigestMemo,
} from './files.js';
import { UserError } from '../errors.js';
import { KEY_SCHEMA, type KeyDocument } from './key.js';

/** Reads what a step's key covers from disk (through the stat memo) into its key document. */
export function buildKeyDocument(
  root: string,
  step: Step,
  bound: ResolvedInputs,
  upstream: Record<string, ContentDigest>,
  memo: DigestMemo,
): KeyDocument {
  const { component } = step;
  const paths: KeyDocument['paths'] = {};
  for (const [name, rel] of Object.entries(bound.paths)) {
    paths[name] = located(step, `input ${name} (${rel})`, () => [
      rel,
      digestTree(root, join(root, rel), memo).digest,
    ]);
  }
  const code = located(step, 'its code', () => digestCode(root, step, memo));
  return {
    schema: KEY_SCHEMA,
    component: component.dir,
    shell: STEP_SHELL_TEXT,
    run: component.runText,
    setup: component.setupText ?? null,
    env: component.envText,
    params: bound.params,
    ...code,
    paths,
    upstream,
    outputs: Object.fromEntries(Object.entries(component.outputs).map(([n, o]) => [n, o.type])),
    extra: step.keyParts,
    ...(step.secrets.length > 0 ? { secrets: step.secrets } : {}),
    ...(step.matrix ? { matrix: step.matrix.values } : {}),
  };
}

/**
 * A name on disk that no key can hold, said where the step binds it: the step's place in its
 * file, and the input (or its code) that reaches the name.
 */
function located<T>(step: Step, what: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof NotUtf8Name)) throw error;
    const { file, line, column } = step.source;
    throw new UserError(`${file}:${line}:${column}: step ${step.id}, ${what}: ${error.message}`);
  }
}

/**
 * A component's code: the files its `code` patterns select (README, component.yml), by
 * default its whole folder, keyed by their paths from the root. An inline step runs in the
 * root, so by default it has no code files: only its `run` text is hashed.
 */
function digestCode(
  root: string,
  step: Step,
  memo: DigestMemo,
): Pick<KeyDocument, 'code' | 'executable'> {
  const code: [string, ContentDigest][] = [];
  const executable: string[] = [];
  for (const path of codeFiles(root, step, memo)) {
    const abs = join(root, path);
    code.push([path, memo.digestFile(abs).digest]);
    if (isExecutable(abs)) executable.push(path);
  }
  return executable.length > 0 ? { code, executable } : { code };
}

/** The owner's executable bit, as git and the trees of outputs keep it. */
export function isExecutable(abs: string): boolean {
  return (statSync(abs).mode & 0o100) !== 0;
}

function codeFiles(root: string, step: Step, memo: DigestMemo): string[] {
  const { dir, code } = step.component;
  const readdir = (abs: string) => memo.folders.list(abs);
  if (code === undefined) {
    if (step.uses === undefined) return [];
    const files = listFiles(join(root, dir), { ignore: DEFAULT_CODE_IGNORE, root, readdir });
    return files.map((rel) => posix.join(dir, rel));
  }
  return listCodeFiles(root, resolvedOnce(step.id, dir, code), readdir);
}

// Steps that share a component share its patterns: resolved once per process.
const resolved = new Map<string, CodePattern[]>();

function resolvedOnce(id: string, dir: string, code: string[]): CodePattern[] {
  const key = JSON.stringify([dir, code]);
  let patterns = resolved.get(key);
  if (!patterns) {
    patterns = codePatterns(dir, code);
    // The loader reports a pattern that does not resolve: a model holding one is a bug.
    if (!patterns) throw new Error(`step ${id}: unresolved code patterns ${code.join(', ')}`);
    resolved.set(key, patterns);
  }
  return patterns;
}
