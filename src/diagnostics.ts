/** A user's mistake, located in a source file. Collected, never thrown. */
export interface Diagnostic {
  code: DiagnosticCode;
  message: string;
  /** Path of the file as the user named it (relative to the cwd or the pipeline root). */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export type DiagnosticCode =
  | 'yaml-syntax'
  | 'unknown-key'
  | 'wrong-type'
  | 'missing-key'
  | 'missing-run-or-uses'
  | 'run-and-uses'
  | 'unknown-component'
  | 'invalid-component'
  | 'invalid-step-id'
  | 'duplicate-step'
  | 'unknown-step'
  | 'unknown-input'
  | 'unknown-output'
  | 'unknown-parameter'
  | 'expression-syntax'
  | 'expression-context'
  | 'expression-placement'
  | 'value-type'
  | 'value-enum'
  | 'value-min'
  | 'value-max'
  | 'missing-input'
  | 'cycle'
  | 'unknown-runner'
  | 'path-escape'
  | 'path-missing'
  | 'code-no-match'
  | 'path-not-utf8'
  | 'duplicate-output-path'
  | 'invalid-secret-name'
  | 'duplicate-secret'
  | 'secret-env-collision'
  | 'invalid-value'
  /** A matrix variable without values, or a matrix with no combination left. */
  | 'matrix-empty'
  | 'matrix-duplicate'
  /** More combinations than a matrix may have (256, GitHub's limit). */
  | 'matrix-size'
  | 'unknown-matrix'
  /** The compiled workflow would break a limit of GitHub's (`pipekit compile`). */
  | 'github-limit';

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
