/**
 * Branded strings, so that one kind of hex string cannot be passed where another is
 * expected: a step's key where an output's digest belongs is a compile error, not a false
 * hit. Both are sha256, lowercase hex; only the functions that compute them (or parse them
 * from a record) make them.
 */

/** The sha256 of a file's bytes, or of a tree's sorted (path, digest) list. */
export type ContentDigest = string & { readonly __brand: 'ContentDigest' };

/** The key an entry is saved under: a step's key, or a workflow run's transfer key. */
export type StepKey = string & { readonly __brand: 'StepKey' };
