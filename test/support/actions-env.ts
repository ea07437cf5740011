import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CacheProtocol } from './cache-server.js';

// Everything @actions/cache reads from the environment. GITHUB_SERVER_URL must stay unset:
// a host like 127.0.0.1 there counts as GHES and silently forces the v1 protocol.
const VARIABLES = [
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_URL',
  'ACTIONS_CACHE_MODE',
  'RUNNER_TEMP',
  'GITHUB_WORKSPACE',
  'GITHUB_SERVER_URL',
] as const;

export interface CacheClientEnv {
  /** A fresh temporary directory, the cwd and GITHUB_WORKSPACE (tar archives relative to it). */
  readonly workspace: string;
  /** Switches the simulated run: the client's next calls carry this token. */
  useToken(token: string): void;
  /** Points the client at another service URL (a closed port, say). */
  useUrl(url: string): void;
  /** The runner's `cache-mode` for this job (ACTIONS_CACHE_MODE); undefined unsets it. */
  useMode(mode: string | undefined): void;
  /** The directories the client finds its programs in (tar, zstd); restored afterwards. */
  usePath(path: string): void;
  /** Puts the environment and cwd back and removes the temporary directories. */
  restore(): void;
}

/**
 * Sets the process up like a runner's JavaScript action talking to the cache service: v2 as on
 * github.com, or v1 as on GHES (whose server URL is what makes the client speak v1).
 */
export function useCacheClientEnv(
  url: string,
  token: string,
  protocol: CacheProtocol = 'v2',
): CacheClientEnv {
  const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));
  const path = process.env.PATH;
  const cwd = process.cwd();
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'pipekit-actions-')));
  const workspace = join(root, 'workspace');
  const runnerTemp = join(root, 'runner-temp');
  mkdirSync(workspace);
  mkdirSync(runnerTemp);
  for (const name of VARIABLES) delete process.env[name];
  const urlVariable = protocol === 'v2' ? 'ACTIONS_RESULTS_URL' : 'ACTIONS_CACHE_URL';
  Object.assign(process.env, {
    ...(protocol === 'v2'
      ? { ACTIONS_CACHE_SERVICE_V2: '1' }
      : { GITHUB_SERVER_URL: 'https://ghes.example.com' }),
    [urlVariable]: url,
    ACTIONS_RUNTIME_TOKEN: token,
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: workspace,
  });
  process.chdir(workspace);
  return {
    workspace,
    useToken: (next) => void (process.env.ACTIONS_RUNTIME_TOKEN = next),
    useUrl: (next) => void (process.env[urlVariable] = next),
    useMode: (mode) => {
      if (mode === undefined) delete process.env.ACTIONS_CACHE_MODE;
      else process.env.ACTIONS_CACHE_MODE = mode;
    },
    usePath: (next) => void (process.env.PATH = next),
    restore() {
      process.chdir(cwd);
      process.env.PATH = path;
      for (const name of VARIABLES) {
        const value = saved[name];
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}
