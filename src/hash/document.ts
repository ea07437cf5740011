import { join, posix } from 'node:path';
import type { ResolvedInputs } from '../plan/params.js';
import { STEP_SHELL_TEXT } from '../pipeline/shell.js';
import type { ContentDigest } from '../records/brands.js';
import type { Step } from '../pipeline/types.js';
import { DEFAULT_CODE_IGNORE, digestTree, listFiles, type DigestMemo } from './files.js';
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
    paths[name] = [rel, digestTree(root, join(root, rel), memo).digest];
  }
  return {
    schema: KEY_SCHEMA,
    component: component.dir,
    shell: STEP_SHELL_TEXT,
    run: component.runText,
    setup: component.setupText ?? null,
    env: component.envText,
    params: bound.params,
    code: digestCode(root, step, memo),
    paths,
    upstream,
    outputs: Object.fromEntries(Object.entries(component.outputs).map(([n, o]) => [n, o.type])),
    extra: step.keyParts,
  };
}

/**
 * A component's code: its `code` globs, by default its whole folder. An inline step runs in
 * the root, so by default it has no code files: only its `run` text is hashed.
 */
function digestCode(root: string, step: Step, memo: DigestMemo): [string, ContentDigest][] {
  const { dir, code } = step.component;
  if (step.uses === undefined && code === undefined) return [];
  const base = join(root, dir);
  return listFiles(base, { globs: code, ignore: DEFAULT_CODE_IGNORE, root }).map((rel) => [
    posix.join(dir, rel),
    memo.digestFile(join(base, rel)).digest,
  ]);
}
