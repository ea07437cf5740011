import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
  /** Puts the environment and cwd back and removes the temporary directories. */
  restore(): void;
}

/** Sets the process up like a runner's JavaScript action talking to the v2 cache service. */
export function useCacheClientEnv(url: string, token: string): CacheClientEnv {
  const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));
  const cwd = process.cwd();
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'pipekit-actions-')));
  const workspace = join(root, 'workspace');
  const runnerTemp = join(root, 'runner-temp');
  mkdirSync(workspace);
  mkdirSync(runnerTemp);
  for (const name of VARIABLES) delete process.env[name];
  Object.assign(process.env, {
    ACTIONS_CACHE_SERVICE_V2: '1',
    ACTIONS_RESULTS_URL: url,
    ACTIONS_RUNTIME_TOKEN: token,
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: workspace,
  });
  process.chdir(workspace);
  return {
    workspace,
    useToken: (next) => void (process.env.ACTIONS_RUNTIME_TOKEN = next),
    useUrl: (next) => void (process.env.ACTIONS_RESULTS_URL = next),
    restore() {
      process.chdir(cwd);
      for (const name of VARIABLES) {
        const value = saved[name];
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}
