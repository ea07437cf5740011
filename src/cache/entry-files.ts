import { join } from 'node:path';
import { placeOutputs, type FillFile, type PlaceFailure } from '../hash/verified-outputs.js';
import type { FileEntry, Manifest, OutputPaths } from '../records/manifest.js';
import type { Warn } from './store.js';

/**
 * What the stores that hold files one by one (local, memory) share: restoring through the one
 * verified path, and saving every file of every output before the manifest. A failure is a
 * warning that names the entry, and a false: the caller runs the step.
 */

/**
 * Restores `manifest`'s outputs to `dest`. An entry whose own bytes fail verification is
 * corrupt: `drop` forgets what proved bad. A failure at the destination keeps the entry.
 */
export function restoreEntry(
  manifest: Manifest,
  dest: OutputPaths,
  opts: { fill: FillFile; warn: Warn; drop: (failure: PlaceFailure) => void },
): boolean {
  const failure = placeOutputs(manifest.outputs, dest, opts.fill);
  if (!failure) return true;
  opts.warn(describeRestoreFailure(manifest, failure));
  if (failure.kind !== 'corrupt') return false;
  try {
    opts.drop(failure);
  } catch {
    // A store that cannot forget the entry (its folder read-only) finds it corrupt again.
  }
  return false;
}

/** The warning for a restore that failed, the same from every store. */
export function describeRestoreFailure(manifest: Manifest, failure: PlaceFailure): string {
  const entry = `cache entry ${manifest.key} for step ${manifest.step}`;
  return failure.kind === 'corrupt'
    ? `${entry} is corrupt: ${failure.reason}; running the step`
    : `could not restore ${entry}: ${failure.reason}; the entry is kept, running the step`;
}

/** Puts every file of every output (`put` gets its path on disk), then publishes the entry. */
export function saveEntry(
  manifest: Manifest,
  outputs: OutputPaths,
  opts: { put: (path: string, file: FileEntry) => void; publish: () => void; warn: Warn },
): boolean {
  try {
    for (const [name, record] of Object.entries(manifest.outputs)) {
      const src = outputs[name];
      if (src === undefined) throw new Error(`no path for output ${name}`);
      // Folders and links live in the manifest alone; a file's mode too, so that one object
      // serves every file with its bytes, executable or not.
      for (const entry of record.entries) {
        if (entry.kind !== 'file') continue;
        opts.put(entry.path === '' ? src : join(src, ...entry.path.split('/')), entry);
      }
    }
    opts.publish();
    return true;
  } catch (err) {
    const { key, step } = manifest;
    opts.warn(`could not save cache entry ${key} for step ${step}: ${(err as Error).message}`);
    return false;
  }
}
