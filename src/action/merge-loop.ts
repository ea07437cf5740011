import * as core from '@actions/core';
import { join } from 'node:path';
import type { CacheStore } from '../cache/store.js';
import { stateDir, type Engine } from '../executor/engine.js';
import { githubSettings } from '../github/settings.js';
import { getStep } from '../pipeline/graph.js';
import type { StepResult } from '../plan/step-result.js';
import { pushToDefaultBranch, type ActionOptions } from './inputs.js';

// The REST and artifact clients are most of the bundle: loaded only where they are used, so
// every other job does not pay for evaluating them at its start. "eager" keeps them in the
// one bundle file.

/**
 * The plan's store on a push to the default branch: one whose misses look among the merged
 * pull request's artifacts (merge-reuse.ts). Unchanged when the cache is off, the pipeline
 * publishes nothing, this is no such push, or there is no token.
 */
export async function storeAfterMerge(engine: Engine, opts: ActionOptions): Promise<CacheStore> {
  const store = engine.store;
  if (!opts.cache || githubSettings(engine.pipeline.github).artifactRetentionDays === 0) {
    return store;
  }
  const push = pushToDefaultBranch(process.env);
  if (!push) return store;
  if (!opts.token) {
    core.info('merge: no token, so what the merged pull request computed is not looked for');
    return store;
  }
  const { MergeReuse, withMergeReuse } = await import(
    /* webpackMode: "eager" */ './merge-reuse.js'
  );
  const reuse = new MergeReuse({
    push,
    token: opts.token,
    prefix: opts.cachePrefix,
    scratch: join(stateDir(engine.root), 'tmp'),
    store,
  });
  return withMergeReuse(store, reuse);
}

/** A pull request's step job publishes its step when it computed it (publish.ts). */
export async function publishForMerge(
  engine: Engine,
  opts: ActionOptions,
  results: readonly StepResult[],
): Promise<void> {
  const retentionDays = githubSettings(engine.pipeline.github).artifactRetentionDays;
  if (!opts.step || !opts.cache || retentionDays === 0) return;
  if (process.env.GITHUB_EVENT_NAME !== 'pull_request') return;
  if (onGhes(process.env)) {
    core.info('merge: GHES has no artifact service for @actions/artifact v2; nothing is published');
    return;
  }
  const own = results.filter(
    (r) => r.id === opts.step && r.status === 'ran' && getStep(engine.pipeline, r.id).cache,
  );
  if (own.length === 0) return;
  const { publishComputed } = await import(/* webpackMode: "eager" */ './publish.js');
  await publishComputed(engine, own, { prefix: opts.cachePrefix, retentionDays });
}

/** @actions/artifact's own test: github.com, GHE.com and localhost have the v2 service. */
function onGhes(env: NodeJS.ProcessEnv): boolean {
  const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase();
  return host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost');
}
