import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const CLI = resolve('dist/cli.js');

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'pipekit test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'pipekit test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

/** A real git repository in a temp dir, with `files` committed on `main`. */
export function makeRepo(files: Record<string, string>): TestRepo {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'pipekit-repo-')));
  const repo = new TestRepo(dir);
  repo.write(files);
  repo.git('init', '-q', '-b', 'main');
  repo.commit('initial');
  return repo;
}

export class TestRepo {
  constructor(readonly dir: string) {}

  path(rel: string): string {
    return join(this.dir, rel);
  }

  write(files: Record<string, string>): void {
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(dirname(this.path(rel)), { recursive: true });
      writeFileSync(this.path(rel), text);
      if (rel.endsWith('.sh')) chmodSync(this.path(rel), 0o755);
    }
  }

  read(rel: string): string {
    return readFileSync(this.path(rel), 'utf8');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      env: { ...process.env, ...GIT_ENV },
      encoding: 'utf8',
    });
  }

  commit(message: string): void {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
  }

  /** Runs the bundled CLI as a user would, synchronously. */
  cli(
    args: string[],
    env: Record<string, string> = {},
  ): { code: number; stdout: string; stderr: string } {
    const r = spawnSync('node', [CLI, ...args], {
      cwd: this.dir,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  }

  /** Starts the CLI without waiting, for signals and concurrent runs. */
  spawnCli(args: string[], env: Record<string, string> = {}) {
    return spawn('node', [CLI, ...args], {
      cwd: this.dir,
      env: { ...process.env, ...env },
      stdio: 'pipe',
    });
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
