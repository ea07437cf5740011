import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { registerActionsRoutes } from './github-api-actions.js';
import { registerPullRoutes } from './github-api-pulls.js';
import { GitHubState, type Access, type RepoState, type TokenGrant } from './github-api-state.js';

export type { Access, TokenGrant } from './github-api-state.js';
export { GitHubState } from './github-api-state.js';

const DOCS = 'https://docs.github.com/rest';

export interface ApiRequest {
  method: string;
  /** The path without the query. */
  path: string;
  /** The pattern's `{name}` parts, decoded. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The JSON body, or undefined. */
  body: unknown;
  raw: Buffer;
  headers: IncomingHttpHeaders;
  /** The token's grant; undefined without a token (routes that need one never see that). */
  grant: TokenGrant | undefined;
  /** The repository of a `/repos/{owner}/{repo}/...` route. */
  repo: RepoState;
  /** The server's origin, for URLs in answers. */
  origin: string;
}

export interface ApiResponse {
  status: number;
  /** JSON (object or array), raw bytes, or nothing. */
  body?: unknown;
  headers?: Record<string, string>;
}

export type RouteHandler = (req: ApiRequest) => ApiResponse | Promise<ApiResponse>;

export interface RouteOptions {
  /**
   * The GITHUB_TOKEN permissions the endpoint needs, as GitHub's REST reference lists them
   * ("Permissions required for GitHub Apps"): without one, a 403.
   * Default: none beyond a token of the repository. `auth: false` for unauthenticated routes.
   */
  needs?: Record<string, Exclude<Access, 'none'>>;
  auth?: false;
}

export interface ApiCall {
  method: string;
  /** The pattern that answered (`GET /repos/{owner}/{repo}/pulls/{pull_number}`), or the path. */
  route: string;
  path: string;
  status: number;
  /** Milliseconds since the server started (order, never timing assertions). */
  at: number;
}

export interface GitHubApi {
  /** GITHUB_API_URL. */
  readonly url: string;
  readonly state: GitHubState;
  readonly calls: ApiCall[];
  /** Adds an endpoint; patterns use GitHub's `{name}` placeholders. Later routes win. */
  route(method: string, pattern: string, handler: RouteHandler, options?: RouteOptions): void;
  /** Mints a GITHUB_TOKEN with these permissions (see `grantFor` for a job's). */
  token(grant: Partial<TokenGrant> & { permissions: Record<string, Access> }): string;
  close(): Promise<void>;
}

interface Route {
  method: string;
  pattern: string;
  regex: RegExp;
  names: string[];
  handler: RouteHandler;
  options: RouteOptions;
}

/**
 * A local fake of GitHub's REST API, in memory: routes answer as GitHub's REST reference
 * documents, tokens carry GITHUB_TOKEN's permissions and a route refuses a token without
 * the ones it needs (403 "Resource not accessible by integration"), a repository the token
 * is not for is a 404. Pull requests, workflow runs and artifacts are registered here;
 * other modules add their routes with `route()` over the same `state`.
 */
export async function startGitHubApi(state = new GitHubState()): Promise<GitHubApi> {
  const routes: Route[] = [];
  const calls: ApiCall[] = [];
  const started = Date.now();
  let origin = '';

  const route: GitHubApi['route'] = (method, pattern, handler, options = {}) => {
    const names: string[] = [];
    const source = pattern
      .split(/(\{[a-z_]+\})/)
      .map((part) => {
        const name = /^\{([a-z_]+)\}$/.exec(part)?.[1];
        if (!name) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
        names.push(name);
        return '([^/]+)';
      })
      .join('');
    routes.unshift({ method, pattern, regex: new RegExp(`^${source}$`), names, handler, options });
  };

  async function handle(
    method: string,
    url: URL,
    headers: IncomingHttpHeaders,
    raw: Buffer,
  ): Promise<{ route: string; response: ApiResponse }> {
    const path = url.pathname.replace(/\/+$/, '') || '/';
    for (const r of routes) {
      if (r.method !== method) continue;
      const match = r.regex.exec(path);
      if (!match) continue;
      const params = Object.fromEntries(
        r.names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]),
      );
      const name = `${method} ${r.pattern}`;
      const fullName = params.owner && params.repo ? `${params.owner}/${params.repo}` : undefined;
      const token = /^(?:token|Bearer) (.+)$/i.exec(headers.authorization ?? '')?.[1];
      const grant = token === undefined ? undefined : state.tokens.get(token);
      if (r.options.auth !== false) {
        if (token === undefined)
          return { route: name, response: message(401, 'Requires authentication') };
        if (!grant) return { route: name, response: message(401, 'Bad credentials') };
        // A GITHUB_TOKEN reaches its own repository only; another private one does not exist for it.
        if (fullName !== undefined && grant.repository !== fullName) {
          return { route: name, response: message(404, 'Not Found') };
        }
        for (const [scope, level] of Object.entries(r.options.needs ?? {})) {
          const has = grant.permissions[scope] ?? 'none';
          if (has === 'none' || (level === 'write' && has !== 'write')) {
            return {
              route: name,
              response: message(403, 'Resource not accessible by integration'),
            };
          }
        }
      }
      const repo = fullName === undefined ? state.repo() : state.repos.get(fullName);
      if (!repo) return { route: name, response: message(404, 'Not Found') };
      const body = parseJson(raw);
      const response = await r.handler({
        method,
        path,
        params,
        query: url.searchParams,
        body,
        raw,
        headers,
        grant,
        repo,
        origin,
      });
      return { route: name, response };
    }
    return { route: `${method} ${path}`, response: message(404, 'Not Found') };
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', origin);
      const method = req.method ?? 'GET';
      handle(method, url, req.headers, Buffer.concat(chunks))
        .then(({ route: name, response }) => {
          calls.push({
            method,
            route: name,
            path: url.pathname + url.search,
            status: response.status,
            at: Date.now() - started,
          });
          send(res, response);
        })
        .catch((error: unknown) => {
          calls.push({
            method,
            route: url.pathname,
            path: url.pathname,
            status: 500,
            at: Date.now() - started,
          });
          if (!res.headersSent) send(res, message(500, String(error)));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const api: GitHubApi = {
    url: origin,
    state,
    calls,
    route,
    token: ({ repository = state.repo().fullName, permissions }) =>
      state.mintToken({ repository, permissions }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
  registerPullRoutes(api);
  registerActionsRoutes(api);
  return api;
}

/** GitHub's error body: `{message, documentation_url, status}`. */
export function message(status: number, text: string): ApiResponse {
  return { status, body: { message: text, documentation_url: DOCS, status: String(status) } };
}

/** `per_page` (default 30, at most 100) and `page` of a list, as GitHub pages them. */
export function page<T>(items: readonly T[], query: URLSearchParams): T[] {
  const perPage = Math.min(Number(query.get('per_page') ?? 30) || 30, 100);
  const pageNumber = Math.max(Number(query.get('page') ?? 1) || 1, 1);
  return items.slice((pageNumber - 1) * perPage, pageNumber * perPage);
}

const ALL_SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'security-events',
  'statuses',
];

/**
 * The permissions of a job's GITHUB_TOKEN from the `permissions` GitHub evaluated for it
 * (the job's, else the workflow's): `read-all`/`write-all`, `{}` for none, a mapping for the
 * named scopes and none for the rest, and without any the repository's default (`restricted`:
 * contents and packages read). A pull request from a fork gets read at most.
 */
export function grantFor(
  permissions: unknown,
  options: { repository?: string; fork?: boolean; defaults?: 'restricted' | 'permissive' } = {},
): TokenGrant {
  const all = (level: Access) => Object.fromEntries(ALL_SCOPES.map((s) => [s, level]));
  let granted: Record<string, Access>;
  if (permissions === undefined || permissions === null) {
    granted =
      options.defaults === 'permissive'
        ? all('write')
        : { ...all('none'), contents: 'read', packages: 'read' };
  } else if (permissions === 'read-all' || permissions === 'write-all') {
    granted = all(permissions === 'read-all' ? 'read' : 'write');
  } else if (typeof permissions === 'object') {
    granted = { ...all('none'), ...(permissions as Record<string, Access>) };
  } else {
    throw new Error(`permissions: ${String(permissions)} is not modelled`);
  }
  granted.metadata = 'read';
  if (options.fork) {
    for (const [scope, level] of Object.entries(granted)) {
      if (level === 'write') granted[scope] = 'read';
    }
  }
  return { repository: options.repository ?? 'octo-org/pipekit-test', permissions: granted };
}

function parseJson(raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, response: ApiResponse): void {
  const headers: Record<string, string | number> = { ...response.headers };
  let body: Buffer;
  if (response.body === undefined) body = Buffer.alloc(0);
  else if (Buffer.isBuffer(response.body)) body = response.body;
  else {
    body = Buffer.from(JSON.stringify(response.body));
    headers['content-type'] ??= 'application/json; charset=utf-8';
  }
  headers['content-length'] = body.length;
  res.writeHead(response.status, headers);
  res.end(body);
}
