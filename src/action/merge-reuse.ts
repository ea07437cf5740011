import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import { copyFileSync, lstatSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CacheStore } from '../cache/store.js';
import { placeOutputs, MissingBytes, type FillFile } from '../hash/verified-outputs.js';
import type { StepKey } from '../records/brands.js';
import type { Manifest } from '../records/manifest.js';
import {
  acceptPublished,
  PUBLISHED_FILES,
  PUBLISHED_MANIFEST,
  publishedName,
} from '../records/published.js';
import type { PushToDefault } from './inputs.js';
import { findMergedPullRun, type MergedPullRun } from './merged-pull.js';

interface MergeReuseOptions {
  push: PushToDefault;
  token: string;
  prefix: string;
  /** Where downloads are unpacked, each in its own folder, removed afterwards. */
  scratch: string;
  /** The default branch's own store: what is reused is saved there. */
  store: CacheStore;
}

/**
 * The push after a merge: a step whose key the default branch's cache does not hold is looked
 * for among the artifacts of the merged pull request's run (see `findMergedPullRun`). One is
 * reused only when its manifest is for exactly the key this run computed from its own tree,
 * says that run computed it, and every file placed from it matches its digest; it is then
 * saved into this branch's cache, so the step's job does not start and later jobs restore it.
 * Anything else is a miss: the step runs, as it would without this.
 */
export class MergeReuse {
  private source: Promise<MergedPullRun | undefined> | undefined;

  constructor(private readonly options: MergeReuseOptions) {}

  async lookup(key: StepKey): Promise<Manifest | undefined> {
    const source = await (this.source ??= this.find());
    const name = publishedName(this.options.prefix, key);
    const artifact = source?.artifacts.get(name);
    if (!source || !artifact) return undefined;
    const from = `pull request #${source.pull}'s run ${source.run.id}`;
    if (artifact.expired) {
      core.info(`merge: artifact ${name} of ${from} has expired; the step runs`);
      return undefined;
    }
    const dir = join(this.options.scratch, `merge-${key}`);
    rmSync(dir, { recursive: true, force: true });
    try {
      return await this.reuse(key, artifact.id, source, dir);
    } catch (error) {
      core.warning(
        `merge: could not reuse artifact ${name} of ${from}: ${(error as Error).message}`,
      );
      return undefined;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  private async find(): Promise<MergedPullRun | undefined> {
    try {
      const found = await findMergedPullRun(this.options.push, this.options.token);
      if (typeof found === 'string') {
        core.info(`merge: ${found}; nothing to reuse`);
        return undefined;
      }
      core.info(
        `merge: pull request #${found.pull}, run ${found.run.id} for its head ${found.run.headSha.slice(0, 12)}: ${found.artifacts.size} artifacts`,
      );
      return found;
    } catch (error) {
      const status = (error as { status?: number }).status;
      const hint =
        status === 403 || status === 401
          ? ' (the token needs `actions: read` and `pull-requests: read`: compile the workflow again)'
          : '';
      core.warning(
        `merge: could not read the merged pull request's run${hint}: ${(error as Error).message}; steps not cached run`,
      );
      return undefined;
    }
  }

  private async reuse(
    key: StepKey,
    artifactId: number,
    source: MergedPullRun,
    dir: string,
  ): Promise<Manifest | undefined> {
    const { push, token, store } = this.options;
    const unpacked = join(dir, 'artifact');
    const findBy = {
      token,
      workflowRunId: source.run.id,
      repositoryOwner: push.owner,
      repositoryName: push.repo,
    };
    await new DefaultArtifactClient().downloadArtifact(artifactId, { path: unpacked, findBy });
    const from = `pull request #${source.pull}'s run ${source.run.id}`;
    const manifestFile = join(unpacked, PUBLISHED_MANIFEST);
    if (!lstatSync(manifestFile, { throwIfNoEntry: false })?.isFile()) {
      core.warning(`merge: the artifact of ${from} for key ${key} holds no manifest; not reused`);
      return undefined;
    }
    const manifest = acceptPublished(
      readFileSync(manifestFile, 'utf8'),
      key,
      String(source.run.id),
    );
    if (typeof manifest === 'string') {
      core.warning(`merge: the artifact of ${from} for key ${key} is not reused: ${manifest}`);
      return undefined;
    }
    const names = Object.keys(manifest.outputs);
    const dest = Object.fromEntries(names.map((n, i) => [n, join(dir, 'outputs', String(i))]));
    mkdirSync(join(dir, 'outputs'), { recursive: true });
    const failure = placeOutputs(manifest.outputs, dest, fillFrom(join(unpacked, PUBLISHED_FILES)));
    if (failure) {
      core.warning(
        `merge: ${manifest.step}'s outputs from ${from} are not reused: ${failure.reason}`,
      );
      return undefined;
    }
    if (!(await store.save(manifest, dest))) return undefined;
    core.info(
      `merge: ${manifest.step} reused from ${from} (key ${key.slice(0, 12)}, every file verified), saved for ${push.branch}`,
    );
    return manifest;
  }
}

/** A file's bytes from the artifact's `files/<digest>`; only a regular file is read. */
function fillFrom(filesDir: string): FillFile {
  return (file, target) => {
    // placeOutputs checked the digest's form before any fill: it names no other path.
    const source = join(filesDir, file.digest);
    if (!lstatSync(source, { throwIfNoEntry: false })?.isFile()) {
      throw new MissingBytes('not in the artifact');
    }
    copyFileSync(source, target);
  };
}

/** `store`, whose lookups that miss try the merged pull request's artifacts. */
export function withMergeReuse(store: CacheStore, reuse: MergeReuse): CacheStore {
  return {
    name: store.name,
    lookup: async (key) => (await store.lookup(key)) ?? (await reuse.lookup(key)),
    restore: (manifest, dest) => store.restore(manifest, dest),
    save: (manifest, outputs) => store.save(manifest, outputs),
    ...(store.hasOutputs && { hasOutputs: (m: Manifest) => store.hasOutputs!(m) }),
    ...(store.lookupIndex && { lookupIndex: (s: string) => store.lookupIndex!(s) }),
    ...(store.saveIndex && {
      saveIndex: (s: string, i: Parameters<NonNullable<CacheStore['saveIndex']>>[1]) =>
        store.saveIndex!(s, i),
    }),
  };
}
