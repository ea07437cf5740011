import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiRequest, ApiRoute } from './github-api-comments.js';

/**
 * A minimal fake of GitHub's REST API on a local port (GITHUB_API_URL), serving the routes it
 * is given in order; a request no route takes is a 404, as GitHub answers an unknown path.
 */
export interface FakeGithubApi {
  url: string;
  close(): Promise<void>;
}

export async function startGithubApi(routes: ApiRoute[]): Promise<FakeGithubApi> {
  const server = createServer((req, res) => {
    void readRequest(req).then((request) => {
      let response = routes.reduce<ReturnType<ApiRoute>>(
        (found, route) => found ?? route(request),
        undefined,
      );
      response ??= { status: 404, json: { message: 'Not Found' } };
      const headers: Record<string, string> = {
        'content-type': 'application/json; charset=utf-8',
        ...response.headers,
      };
      // GitHub's Link header holds absolute URLs.
      if (headers.link) headers.link = headers.link.replaceAll('</', `<${origin}/`);
      res.writeHead(response.status, headers);
      res.end(JSON.stringify(response.json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function readRequest(req: IncomingMessage): Promise<ApiRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  const url = new URL(req.url ?? '/', 'http://localhost');
  const auth = req.headers.authorization ?? '';
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: url.searchParams,
    body,
    token: auth.replace(/^(token|bearer)\s+/i, ''),
  };
}
