/**
 * Issue comments of GitHub's REST API, as routes of a fake API server: list (paginated),
 * create, update. A route is a plain function of the request; it answers undefined for a
 * request that is not its own.
 */

export interface ApiRequest {
  method: string;
  /** The path without the query: `/repos/o/r/issues/7/comments`. */
  path: string;
  query: URLSearchParams;
  /** The parsed JSON body, if any. */
  body: unknown;
  /** The token of the Authorization header; '' without one. */
  token: string;
}

export interface ApiResponse {
  status: number;
  json: unknown;
  headers?: Record<string, string>;
}

export type ApiRoute = (request: ApiRequest) => ApiResponse | undefined;

export interface IssueComment {
  id: number;
  issue: number;
  repository: string;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
}

/** The comments the fake holds, and which tokens it knows. */
export class CommentsState {
  readonly comments: IssueComment[] = [];
  /** Every request the comment routes answered, in order. */
  readonly calls: { method: string; path: string; token: string }[] = [];
  private nextId = 1000;

  constructor(
    /** Tokens that may write, and tokens that may only read (a fork's pull request). */
    readonly tokens: { write: Set<string>; read: Set<string> },
  ) {}

  on(repository: string, issue: number): IssueComment[] {
    return this.comments.filter((c) => c.repository === repository && c.issue === issue);
  }

  add(
    repository: string,
    issue: number,
    body: string,
    login = 'github-actions[bot]',
  ): IssueComment {
    const now = new Date().toISOString();
    const comment: IssueComment = {
      id: this.nextId++,
      issue,
      repository,
      body,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      created_at: now,
      updated_at: now,
    };
    this.comments.push(comment);
    return comment;
  }
}

const LIST = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/;
const ONE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/;
/** GitHub's limit on a comment's body. */
const MAX_BODY = 65_536;

const error = (status: number, message: string): ApiResponse => ({
  status,
  json: { message, documentation_url: 'https://docs.github.com/rest' },
});

/** The routes over `state`; a URL for a comment's `html_url`. */
export function commentRoutes(state: CommentsState): ApiRoute {
  return (request) => {
    const list = LIST.exec(request.path);
    const one = ONE.exec(request.path);
    if (!list && !one) return undefined;
    state.calls.push({ method: request.method, path: request.path, token: request.token });
    const may = state.tokens.write.has(request.token)
      ? 'write'
      : state.tokens.read.has(request.token)
        ? 'read'
        : undefined;
    if (may === undefined) return error(401, 'Bad credentials');
    if (request.method !== 'GET' && may !== 'write') {
      // What a fork's pull request run gets for any write.
      return error(403, 'Resource not accessible by integration');
    }
    if (list && request.method === 'GET') {
      return listComments(state, `${list[1]}/${list[2]}`, Number(list[3]), request);
    }
    if (list && request.method === 'POST') {
      const body = bodyOf(request);
      if (typeof body !== 'string') return body;
      const comment = state.add(`${list[1]}/${list[2]}`, Number(list[3]), body);
      return { status: 201, json: shown(comment) };
    }
    if (one && request.method === 'PATCH') {
      const comment = state.comments.find(
        (c) => c.id === Number(one[3]) && c.repository === `${one[1]}/${one[2]}`,
      );
      if (!comment) return error(404, 'Not Found');
      const body = bodyOf(request);
      if (typeof body !== 'string') return body;
      comment.body = body;
      comment.updated_at = new Date().toISOString();
      return { status: 200, json: shown(comment) };
    }
    return error(404, 'Not Found');
  };
}

function listComments(
  state: CommentsState,
  repository: string,
  issue: number,
  request: ApiRequest,
): ApiResponse {
  const perPage = Math.min(Number(request.query.get('per_page') ?? 30) || 30, 100);
  const page = Math.max(Number(request.query.get('page') ?? 1) || 1, 1);
  const all = state.on(repository, issue);
  const items = all.slice((page - 1) * perPage, page * perPage);
  const last = Math.max(Math.ceil(all.length / perPage), 1);
  const link = (n: number, rel: string) =>
    `<${request.path}?per_page=${perPage}&page=${n}>; rel="${rel}"`;
  const links = [
    ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
    ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : []),
  ];
  return {
    status: 200,
    json: items.map(shown),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

function bodyOf(request: ApiRequest): string | ApiResponse {
  const body = (request.body as { body?: unknown } | null)?.body;
  if (typeof body !== 'string') return error(422, 'Invalid request: body is required');
  if (body.length > MAX_BODY) {
    return error(422, 'Validation Failed: body is too long (maximum is 65536 characters)');
  }
  return body;
}

function shown(comment: IssueComment): Record<string, unknown> {
  return {
    id: comment.id,
    body: comment.body,
    user: comment.user,
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    html_url: `https://github.com/${comment.repository}/pull/${comment.issue}#issuecomment-${comment.id}`,
  };
}
