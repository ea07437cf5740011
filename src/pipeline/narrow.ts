import type { Scalar } from './types.js';

/**
 * Readers for the plain value of a YAML file. The schema has already reported a value of
 * the wrong shape; these return undefined for it so that later checks skip it quietly.
 */
export type Plain = Record<string, unknown>;

export function asRecord(value: unknown): Plain | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Plain)
    : undefined;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function asScalar(value: unknown): Scalar | undefined {
  return typeof value === 'string' || typeof value === 'boolean' || asNumber(value) !== undefined
    ? (value as Scalar)
    : undefined;
}

/**
 * The strings of a string or a list of strings (as `needs` and `code` accept), each with
 * the path segment that locates it (none for a lone string); wrong items are dropped.
 */
export function stringItems(value: unknown): { text: string; at: (string | number)[] }[] {
  if (typeof value === 'string') return [{ text: value, at: [] }];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown, index) =>
    typeof item === 'string' ? [{ text: item, at: [index] }] : [],
  );
}

/** The entries of a mapping, or none. */
export function entriesOf(value: unknown): [string, unknown][] {
  const record = asRecord(value);
  return record ? Object.entries(record) : [];
}

/**
 * An empty record for names a user chose (parameters, inputs, env, steps): without a
 * prototype, so `constructor` or `__proto__` is a name like any other, never Object's own.
 */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
