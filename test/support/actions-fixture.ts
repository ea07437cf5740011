import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { ActionsStore } from '../../src/cache/actions.js';

type ActionsStoreOptions = ConstructorParameters<typeof ActionsStore>[0];
import type { OutputPaths } from '../../src/records/manifest.js';
import { useCacheClientEnv, type CacheClientEnv } from './actions-env.js';
import {
  startCacheServer,
  type CacheServer,
  type CacheServerOptions,
  type CallMethod,
} from './cache-server.js';

export interface ActionsFixture {
  server: CacheServer;
  env: CacheClientEnv;
  /** A temp folder outside the workspace for outputs and destinations. */
  dir: string;
  warnings: string[];
  infos: string[];
  /** A store that reports into `warnings` / `infos` and keeps the client's log quiet. */
  store(options?: Partial<ActionsStoreOptions>): ActionsStore;
  dests(outputs: OutputPaths, where: string): OutputPaths;
  callsTo(method: CallMethod): number;
  /** The store's default staging folder in the workspace. */
  staging(): string;
  /** Swaps in a server with other options (the env follows). */
  restartServer(options: CacheServerOptions): Promise<void>;
}

/** A fresh cache server, a runner-like environment on the default branch, per test. */
export function useActionsFixture(serverOptions: CacheServerOptions = {}): ActionsFixture {
  // server, env and dir are set before each test.
  const fx = {
    warnings: [] as string[],
    infos: [] as string[],
    store: (options: Partial<ActionsStoreOptions> = {}) =>
      new ActionsStore({
        warn: (m: string) => fx.warnings.push(m),
        info: (m: string) => fx.infos.push(m),
        clientLog: () => {},
        ...options,
      }),
    dests: (outputs: OutputPaths, where: string) =>
      Object.fromEntries(Object.keys(outputs).map((name) => [name, join(fx.dir, where, name)])),
    callsTo: (method: CallMethod) => fx.server.calls.filter((c) => c.method === method).length,
    staging: () => join(fx.env.workspace, '.pipekit', 'xfer'),
    async restartServer(options: CacheServerOptions) {
      await fx.server.close();
      fx.server = await startCacheServer({ ...serverOptions, ...options });
      fx.env.useUrl(fx.server.url);
    },
  } as ActionsFixture;

  beforeEach(async () => {
    fx.server = await startCacheServer(serverOptions);
    const token = fx.server.token({ scope: 'refs/heads/main' });
    fx.env = useCacheClientEnv(fx.server.url, token, fx.server.protocol);
    fx.dir = realpathSync(mkdtempSync(join(tmpdir(), 'pipekit-actions-out-')));
    fx.warnings = [];
    fx.infos = [];
  });

  afterEach(async () => {
    fx.env.restore();
    await fx.server.close();
    rmSync(fx.dir, { recursive: true, force: true });
  });

  return fx;
}
