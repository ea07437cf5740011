import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import { copyFileSync, linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stateDir, type Engine } from '../executor/engine.js';
import { storedPath } from '../executor/output-store.js';
import type { StepResult } from '../plan/step-result.js';
import type { Manifest } from '../records/manifest.js';
import {
  PUBLISHED_FILES,
  PUBLISHED_MANIFEST,
  publishedDigests,
  publishedName,
} from '../records/published.js';

/**
 * A pull request's step job publishes what it computed (and saved under its key) as an
 * artifact of its run, so that the push after the merge can reuse it: the default branch can
 * never read the cache entries a pull request saves. Only steps this job ran: a step it
 * restored was computed by another run. A failed upload is a warning; the job goes on.
 */
export async function publishComputed(
  engine: Engine,
  results: readonly StepResult[],
  options: { prefix: string; retentionDays: number },
): Promise<void> {
  const computed = results.filter((r) => r.status === 'ran' && r.saved === true && r.manifest);
  for (const result of computed) {
    const manifest = result.manifest!;
    const name = publishedName(options.prefix, manifest.key);
    const stage = join(stateDir(engine.root), 'tmp', `publish-${manifest.key}`);
    try {
      const files = stageArtifact(engine, manifest, stage);
      const client = new DefaultArtifactClient();
      const uploaded = await client.uploadArtifact(name, files, stage, {
        retentionDays: options.retentionDays,
      });
      core.info(
        `${result.id}: published as artifact ${name} (${uploaded.size ?? 0} bytes, kept ${options.retentionDays} days) for the merge`,
      );
    } catch (error) {
      core.warning(
        `${result.id}: could not publish its outputs for the merge (${(error as Error).message}); the default branch will compute the step again`,
      );
    } finally {
      rmSync(stage, { recursive: true, force: true });
    }
  }
}

/** The manifest and each distinct output file under its digest; returns the files to upload. */
function stageArtifact(engine: Engine, manifest: Manifest, stage: string): string[] {
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(join(stage, PUBLISHED_FILES), { recursive: true });
  const sources = new Map<string, string>();
  for (const [name, record] of Object.entries(manifest.outputs)) {
    const root = storedPath(engine, name, record);
    for (const entry of record.entries) {
      if (entry.kind !== 'file' || sources.has(entry.digest)) continue;
      sources.set(entry.digest, entry.path === '' ? root : join(root, ...entry.path.split('/')));
    }
  }
  const files = [join(stage, PUBLISHED_MANIFEST)];
  writeFileSync(files[0]!, JSON.stringify(manifest));
  for (const digest of publishedDigests(manifest)) {
    const target = join(stage, PUBLISHED_FILES, digest);
    const source = sources.get(digest)!;
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
    files.push(target);
  }
  return files;
}
