import type { StepKey } from './brands.js';
import { parseManifest, type Manifest } from './manifest.js';

/**
 * What a pull request's step job publishes as a workflow artifact, so that the push after the
 * merge can reuse it: the step's manifest, and each distinct file of its outputs named by its
 * content digest. A zip keeps neither modes nor links nor empty folders; the tree is rebuilt
 * from the manifest's entries, which hold them, and every file is checked against its digest.
 */
export const PUBLISHED_MANIFEST = 'manifest.json';
export const PUBLISHED_FILES = 'files';

/** The artifact's name: one per step key (a run computes a key once). */
export function publishedName(prefix: string, key: StepKey): string {
  return `${prefix}-${key}`;
}

/** The content digests of every file of a manifest's outputs, each once. */
export function publishedDigests(manifest: Manifest): string[] {
  const digests = new Set<string>();
  for (const record of Object.values(manifest.outputs)) {
    for (const entry of record.entries) if (entry.kind === 'file') digests.add(entry.digest);
  }
  return [...digests];
}

/**
 * The manifest of a published artifact when the default branch may reuse it, else why not.
 * `key` is the key the default branch computed for the step from its own tree: the manifest
 * must be for exactly that key. `runId` is the pull request run the artifact came from: the
 * manifest must say that run computed it (a step job publishes only what it ran, so an
 * entry it restored names an older run). The bytes are checked when they are placed.
 */
export function acceptPublished(text: string, key: StepKey, runId: string): Manifest | string {
  const manifest = parseManifest(text, key);
  if (typeof manifest === 'string') return `its manifest is unusable: ${manifest}`;
  const producer = manifest.producer?.runId;
  if (producer !== runId) {
    return `it was computed by ${producer ? `run ${producer}` : 'no known run'}, not by run ${runId}`;
  }
  return manifest;
}
