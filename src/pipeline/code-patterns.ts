import { posix } from 'node:path';
import type { DiagnosticCode } from '../diagnostics.js';
import type { CodePattern } from './types.js';

interface PatternIssue {
  code: DiagnosticCode;
  message: string;
}

/** A Windows drive or UNC path: absolute on some OS, so an error on every OS. */
const WINDOWS_ABSOLUTE = /^([A-Za-z]:|\\\\)/;

/**
 * A `code` pattern as written in the component in folder `dir` (root-relative; '' for an
 * inline step), resolved to the folder it is read from and a glob relative to that folder.
 * Leading `./` and `../` segments move the folder (never above the root); a leading `/` starts
 * at the root. What follows is a glob; `..` inside it could never match a listed path.
 */
export function resolveCodePattern(dir: string, text: string): CodePattern | PatternIssue {
  const exclude = text.startsWith('!');
  const pattern = exclude ? text.slice(1) : text;
  const fromRoot = pattern.startsWith('/');
  const rest = fromRoot ? pattern.slice(1) : pattern;
  if (pattern === '') return { code: 'invalid-value', message: 'an empty `code` pattern' };
  if (rest.startsWith('/') || WINDOWS_ABSOLUTE.test(rest)) {
    return {
      code: 'path-escape',
      message: `\`${text}\` is absolute; write a pattern relative to the component folder, or from the repository root with one leading \`/\``,
    };
  }
  const segments = rest.split('/');
  let climb = 0;
  while (segments[climb] === '..' || segments[climb] === '.') climb++;
  const base = posix.normalize(
    posix.join(fromRoot ? '.' : dir || '.', ...segments.slice(0, climb)),
  );
  if (base === '..' || base.startsWith('../')) {
    return { code: 'path-escape', message: `\`${text}\` leaves the repository` };
  }
  const globSegments = segments.slice(climb);
  if (globSegments.includes('..')) {
    return {
      code: 'invalid-value',
      message: `\`${text}\`: \`..\` may only start a pattern (as in \`../../lib/*.py\`)`,
    };
  }
  // A pattern that names a folder (`.`, `..`, `/`) takes all of it.
  const glob = globSegments.join('/') || '**';
  return { base: base === '.' ? '' : base, glob, exclude };
}

/**
 * The patterns a step's key lists files with. Only `!` patterns: they leave files out of the
 * default, the whole folder. Undefined for a list with a pattern that does not resolve (the
 * loader reported it, so a validated model never has one).
 */
export function codePatterns(dir: string, texts: readonly string[]): CodePattern[] | undefined {
  const patterns: CodePattern[] = [];
  for (const text of texts) {
    const resolved = resolveCodePattern(dir, text);
    if (!('glob' in resolved)) return undefined;
    patterns.push(resolved);
  }
  if (patterns.length > 0 && patterns.every((p) => p.exclude)) {
    patterns.unshift({ base: dir, glob: '**', exclude: false });
  }
  return patterns;
}

/** Where a pattern's matches were looked for, for a message. */
export function describeBase(pattern: CodePattern): string {
  return pattern.base === '' ? 'the repository root' : `${pattern.base}/`;
}
