import type { Caller } from './cache-server-state.js';

export interface TokenOptions {
  /** The run's own ref, where its entries are written. Default `refs/heads/main`. */
  scope?: string;
  /**
   * Scopes the run may read, in lookup order. Default `[scope]`. A pull-request run reads its
   * merge ref, its base branch and the default branch; a push to a branch reads the branch and
   * the default branch.
   */
  readScopes?: string[];
  /** A read-only token, as runs triggered by untrusted events get since mid-2026. */
  readOnly?: boolean;
  /**
   * The results service's ids of the run and the job, which the `scp` claim carries
   * (`Actions.Results:<run>:<job>`) and `@actions/artifact` reads to name its run.
   */
  results?: { run: string; job: string };
}

const READ = 1;
const WRITE = 2;

interface AccessScope {
  Scope: string;
  Permission: number;
}

const base64url = (value: unknown): string =>
  Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Mints an unsigned JWT shaped like the runner's: the `ac` claim is a JSON string listing
 * scopes with permission bits (1 read, 2 write), which is where the real service learns
 * what a run may read and where it writes.
 */
export function mintToken(options: TokenOptions = {}): string {
  const scope = options.scope ?? 'refs/heads/main';
  const readScopes = options.readScopes ?? [scope];
  const access: AccessScope[] = readScopes.map((s) => ({
    Scope: s,
    Permission: READ | (s === scope && !options.readOnly ? WRITE : 0),
  }));
  if (!readScopes.includes(scope) && !options.readOnly) {
    access.push({ Scope: scope, Permission: WRITE });
  }
  const scp = options.results
    ? `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${options.results.run}:${options.results.job}`
    : undefined;
  const payload = {
    ac: JSON.stringify(access),
    ...(scp ? { scp } : {}),
    iss: 'pipekit-test-cache-server',
  };
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.unsigned`;
}

/** The caller behind an `Authorization: Bearer` header, or undefined when it is not one of ours. */
export function callerOf(authorization: string | undefined): Caller | undefined {
  const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
  const payload = token?.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      ac?: string;
    };
    const access = JSON.parse(claims.ac ?? '') as AccessScope[];
    return {
      readScopes: access.filter((a) => a.Permission & READ).map((a) => a.Scope),
      writeScope: access.find((a) => a.Permission & WRITE)?.Scope,
    };
  } catch {
    return undefined;
  }
}

/** The run and job backend ids of an `Authorization: Bearer` token's `scp` claim. */
export function resultsIdsOf(
  authorization: string | undefined,
): { run: string; job: string } | undefined {
  const payload = /^Bearer (.+)$/.exec(authorization ?? '')?.[1]?.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      scp?: string;
    };
    for (const scope of (claims.scp ?? '').split(' ')) {
      const [name, run, job] = scope.split(':');
      if (name === 'Actions.Results' && run && job) return { run, job };
    }
  } catch {
    // not a token of ours
  }
  return undefined;
}
