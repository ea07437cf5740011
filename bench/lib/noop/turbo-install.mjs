// Turborepo for bench/noop.mjs: installed once into the OS temp dir, kept between runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tail } from '../child.mjs';

export const TURBO_VERSION = '2.11.11';

/**
 * Installs turbo@TURBO_VERSION when missing; returns how to start it. The native binary when
 * it is there: the Node wrapper in node_modules/.bin would add a Node start-up to every run.
 */
export function installTurbo(log) {
  const cache = join(tmpdir(), `pipekit-bench-turbo-${TURBO_VERSION}`);
  const plat = { linux: 'linux', darwin: 'darwin', win32: 'windows' }[process.platform];
  const arch = { x64: '64', arm64: 'arm64' }[process.arch];
  const native = join(
    cache,
    'node_modules',
    '@turbo',
    `${plat}-${arch}`,
    'bin',
    process.platform === 'win32' ? 'turbo.exe' : 'turbo',
  );
  const wrapper = join(cache, 'node_modules', 'turbo', 'bin', 'turbo');
  const installed = () => {
    try {
      return (
        JSON.parse(readFileSync(join(cache, 'node_modules', 'turbo', 'package.json'), 'utf8'))
          .version === TURBO_VERSION
      );
    } catch {
      return false;
    }
  };
  if (!installed()) {
    log(`installing turbo@${TURBO_VERSION} into ${cache}`);
    mkdirSync(cache, { recursive: true });
    const r = spawnSync(
      'npm',
      [
        'install',
        '--prefix',
        cache,
        `turbo@${TURBO_VERSION}`,
        '--no-audit',
        '--no-fund',
        '--no-save',
      ],
      {
        encoding: 'utf8',
        shell: process.platform === 'win32',
      },
    );
    if (r.status !== 0 || !installed()) {
      throw new Error(
        `npm install turbo@${TURBO_VERSION} failed: ${tail(`${r.stdout}${r.stderr}`)}`,
      );
    }
  }
  if (existsSync(native)) return { bin: native, args: [], how: 'native binary' };
  return { bin: process.execPath, args: [wrapper], how: 'Node wrapper (native binary not found)' };
}
