/**
 * A mistake of the user's that is not tied to a pipeline source position (a symlink in a
 * component folder pointing out of the repository, a bad --set value, a missing file).
 * Adapters print its message without a stack trace; any other Error is a bug.
 */
export class UserError extends Error {
  override name = 'UserError';
}
