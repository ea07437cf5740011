import { createHash } from 'node:crypto';
import type { Manifest } from '../records/manifest.js';
import { canonicalJson } from '../hash/key.js';

/** Manifest, outputs, plan index, branch record. */
export type EntryKind = 'm' | 'o' | 'i' | 'b';

const HEX_KEY = /^[0-9a-f]{64}$/;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Keys may not contain commas (the client splits on them) and must stay under 512 chars. */
export const sanitizePrefix = (prefix: string): string =>
  prefix.replace(/[,\s]/g, '_').slice(0, 128);

/**
 * `pipekit-v1-<prefix>-<kind>-<64 hex>`: fixed length for a given prefix, because the service
 * matches the primary key as a prefix too and a key must never extend another.
 */
export function entryKey(prefix: string, kind: EntryKind, id: string): string {
  return ['pipekit-v1', prefix, kind, id].filter((part) => part !== '').join('-');
}

/** Step keys are sha256 hex already; anything else is hashed to keep keys fixed-length. */
export const entryId = (key: string): string => (HEX_KEY.test(key) ? key : sha256(key));

/** Names the outputs entry by content: same digests, same entry, whichever step saved it. */
export function outputsId(manifest: Manifest): string {
  const outputs = Object.entries(manifest.outputs)
    .map(([name, o]) => [name, o.type, o.digest])
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  // v2: the archive holds whole trees (empty folders, symlinks, modes), digested as such.
  return sha256(canonicalJson({ outputs, schema: 'pipekit-outputs-v2' }));
}
