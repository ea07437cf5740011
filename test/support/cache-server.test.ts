import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCacheServer, unreachableUrl, type CacheServer } from './cache-server.js';
import type { TokenOptions } from './cache-server-token.js';

const SERVICE = 'twirp/github.actions.results.api.v1.CacheService/';
type Body = Record<string, unknown>;

describe('the test cache server', () => {
  let server: CacheServer;
  const main: TokenOptions = { scope: 'refs/heads/main' };
  const pr: TokenOptions = {
    scope: 'refs/pull/7/merge',
    readScopes: ['refs/pull/7/merge', 'refs/heads/feature', 'refs/heads/main'],
  };
  const feature: TokenOptions = {
    scope: 'refs/heads/feature',
    readScopes: ['refs/heads/feature', 'refs/heads/main'],
  };

  beforeEach(async () => {
    server = await startCacheServer();
  });
  afterEach(() => server.close());

  async function rpc(method: string, body: Body, token: TokenOptions | null = main) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${server.token(token)}`;
    const res = await fetch(`${server.url}${SERVICE}${method}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Body };
  }

  /** Create, upload, finalize: what saveCache does. */
  async function save(key: string, bytes = key, token = main, version = 'v1') {
    const created = await rpc('CreateCacheEntry', { key, version }, token);
    expect(created.status).toBe(200);
    const put = await fetch(created.body.signed_upload_url as string, {
      method: 'PUT',
      headers: { 'x-ms-blob-type': 'BlockBlob' },
      body: bytes,
    });
    expect(put.status).toBe(201);
    const size_bytes = String(Buffer.byteLength(bytes));
    const done = await rpc('FinalizeCacheEntryUpload', { key, version, size_bytes }, token);
    expect(done.body).toMatchObject({ ok: true, entry_id: expect.any(String) });
  }

  async function match(key: string, restore_keys: string[] = [], token = main, version = 'v1') {
    const { body } = await rpc('GetCacheEntryDownloadURL', { key, restore_keys, version }, token);
    if (!body.ok) return undefined;
    const blob = await fetch(body.signed_download_url as string);
    return { key: body.matched_key, content: await blob.text() };
  }

  it('prefers the exact key to a newer entry it is a prefix of', async () => {
    await save('build-abc');
    await save('build-abc-extended');
    expect(await match('build-abc')).toEqual({ key: 'build-abc', content: 'build-abc' });
    expect((await match('build-ab'))?.key).toBe('build-abc-extended');
    expect(await match('build-abcd')).toBeUndefined();
  });

  it('tries restore keys in order, each exactly and then as a prefix, newest first', async () => {
    await save('deps-a-1');
    await save('deps-b-1');
    await save('deps-b-2');
    expect((await match('deps-z', ['deps-b-', 'deps-a-1']))?.key).toBe('deps-b-2');
    expect((await match('deps-z', ['deps-a-', 'deps-b-']))?.key).toBe('deps-a-1');
    expect((await match('deps-z', ['deps-b-1', 'deps-']))?.key).toBe('deps-b-1');
    expect(await match('deps-z', ['other-'])).toBeUndefined();
  });

  it('matches only entries of the same version', async () => {
    await save('k', 'gzip', main, 'version-gzip');
    expect(await match('k', [], main, 'version-zstd')).toBeUndefined();
    expect(await match('k', [], main, 'version-gzip')).toEqual({ key: 'k', content: 'gzip' });
  });

  it('searches the own scope fully before the base and default branches, in order', async () => {
    await save('k', 'main');
    await save('k', 'feature', feature);
    await save('k-pr', 'pr', pr);
    // A prefix hit in the PR's own scope beats an exact hit on its base branch.
    expect(await match('k', [], pr)).toEqual({ key: 'k-pr', content: 'pr' });
    const pr8 = {
      scope: 'refs/pull/8/merge',
      readScopes: ['refs/pull/8/merge', ...pr.readScopes!.slice(1)],
    };
    expect(await match('k', [], pr8)).toEqual({ key: 'k', content: 'feature' });
    expect(await match('k', [], feature)).toEqual({ key: 'k', content: 'feature' });
    // What a PR computed is not visible to the default branch, even after a merge.
    expect(await match('k-pr')).toBeUndefined();
    expect(await match('k')).toEqual({ key: 'k', content: 'main' });
  });

  it('refuses to overwrite an entry, even one still uploading, with a JSON 409', async () => {
    expect((await rpc('CreateCacheEntry', { key: 'k', version: 'v1' })).status).toBe(200);
    const again = await rpc('CreateCacheEntry', { key: 'k', version: 'v1' });
    expect(again).toEqual({
      status: 409,
      body: { code: 'already_exists', msg: expect.stringContaining('already exists') },
    });
    // Another scope or version is another entry.
    expect((await rpc('CreateCacheEntry', { key: 'k', version: 'v1' }, pr)).status).toBe(200);
    expect((await rpc('CreateCacheEntry', { key: 'k', version: 'v2' })).status).toBe(200);
    expect(server.entries().map((e) => [e.scope, e.version, e.finalized])).toEqual([
      ['refs/heads/main', 'v1', false],
      ['refs/pull/7/merge', 'v1', false],
      ['refs/heads/main', 'v2', false],
    ]);
  });

  it('holds an entry in flight for a test: a 409 and a miss, until released or abandoned', async () => {
    await save('k', 'first');
    await save('j', 'other');
    const held = server.hold('k');
    expect((await rpc('CreateCacheEntry', { key: 'k', version: 'v1' })).status).toBe(409);
    expect(await match('k')).toBeUndefined();
    held.release();
    expect(await match('k')).toEqual({ key: 'k', content: 'first' });

    const dead = server.hold('j');
    dead.abandon();
    expect(await match('j')).toBeUndefined();
    await save('j', 'second');
    expect(await match('j')).toEqual({ key: 'j', content: 'second' });
    expect(() => server.hold('none')).toThrow(/no finalized entry/);
  });

  it('evicts chosen entries: a miss afterwards, the key free again, the others kept', async () => {
    await save('k', 'first');
    await save('j', 'other');
    server.evict('k');
    expect(await match('k')).toBeUndefined();
    expect(await match('j')).toEqual({ key: 'j', content: 'other' });
    await save('k', 'second');
    expect(await match('k')).toEqual({ key: 'k', content: 'second' });
    expect(() => server.evict('none')).toThrow(/no finished entry/);
  });

  it("strands a cancelled run's reservations: a 409 and a miss, whatever the version", async () => {
    server.strand(/^stuck-/);
    for (const version of ['v1', 'v2']) {
      const created = await rpc('CreateCacheEntry', { key: 'stuck-a', version });
      expect(created).toEqual({
        status: 409,
        body: expect.objectContaining({ code: 'already_exists' }),
      });
      expect((await rpc('CreateCacheEntry', { key: 'stuck-a', version })).status).toBe(409);
      expect(await match('stuck-a', [], main, version)).toBeUndefined();
    }
    await save('free');
    expect(server.entries().map((e) => [e.key, e.finalized])).toEqual([
      ['stuck-a', false],
      ['stuck-a', false],
      ['free', true],
    ]);
  });

  it('sends a 429 with the Retry-After it is given', async () => {
    server.inject({ method: 'CreateCacheEntry', status: 429, headers: { 'retry-after': '17' } });
    const res = await fetch(`${server.url}${SERVICE}CreateCacheEntry`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token(main)}` },
      body: JSON.stringify({ key: 'k', version: 'v1' }),
    });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('17');
    expect(await res.json()).toEqual({ code: 'resource_exhausted', msg: 'injected fault' });
  });

  it('answers tokens the way the service does', async () => {
    expect(await rpc('GetCacheEntryDownloadURL', { key: 'k', version: 'v1' }, null)).toEqual({
      status: 401,
      body: { code: 'unauthenticated', msg: expect.any(String) },
    });
    const readOnly = await rpc('CreateCacheEntry', { key: 'k', version: 'v1' }, { readOnly: true });
    expect(readOnly.body).toEqual({
      ok: false,
      message: expect.stringMatching(/^cache write denied:/),
    });
    const noRead = await rpc(
      'GetCacheEntryDownloadURL',
      { key: 'k', version: 'v1' },
      { readScopes: [] },
    );
    expect(noRead.status).toBe(403);
    expect(noRead.body.msg).toMatch(/cache read denied:/);
    expect(
      (await rpc('FinalizeCacheEntryUpload', { key: 'x', version: 'v1', size_bytes: '1' })).status,
    ).toBe(404);
  });

  it('assembles Put Block uploads in block-list order and serves them with Content-Length', async () => {
    const created = await rpc('CreateCacheEntry', { key: 'big', version: 'v1' });
    const url = new URL(created.body.signed_upload_url as string);
    expect(url.pathname.split('/').filter(Boolean)).toHaveLength(3);
    const block = (id: string, body: string) => {
      const u = new URL(url);
      u.searchParams.set('comp', 'block');
      u.searchParams.set('blockid', id);
      return fetch(u, { method: 'PUT', body });
    };
    expect((await block('YjE=', 'world')).status).toBe(201);
    expect((await block('YjA=', 'hello ')).status).toBe(201);
    const list = new URL(url);
    list.searchParams.set('comp', 'blocklist');
    const xml =
      '<?xml version="1.0"?><BlockList><Latest>YjA=</Latest><Latest>YjE=</Latest></BlockList>';
    expect((await fetch(list, { method: 'PUT', body: xml })).status).toBe(201);
    await rpc('FinalizeCacheEntryUpload', { key: 'big', version: 'v1', size_bytes: '11' });
    const { body } = await rpc('GetCacheEntryDownloadURL', { key: 'big', version: 'v1' });
    const download = await fetch(body.signed_download_url as string);
    expect(download.headers.get('content-length')).toBe('11');
    expect(await download.text()).toBe('hello world');
    expect(server.entries()[0]).toMatchObject({ key: 'big', finalized: true, size: 11 });
  });

  it('injects faults for a number of calls, with latency, and records every call', async () => {
    server.inject({ method: 'GetCacheEntryDownloadURL', status: 503, times: 2, delayMs: 50 });
    const started = Date.now();
    const answers = [];
    for (let i = 0; i < 3; i++)
      answers.push(await rpc('GetCacheEntryDownloadURL', { key: 'k', version: 'v1' }));
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(answers.map((a) => a.status)).toEqual([503, 503, 200]);
    expect(answers[0]!.body).toEqual({ code: 'unavailable', msg: 'injected fault' });
    expect(server.calls.map((c) => [c.method, c.key, c.status, c.scope])).toEqual([
      ['GetCacheEntryDownloadURL', 'k', 503, 'refs/heads/main'],
      ['GetCacheEntryDownloadURL', 'k', 503, 'refs/heads/main'],
      ['GetCacheEntryDownloadURL', 'k', 200, 'refs/heads/main'],
    ]);
  });

  it('damages downloads: dropped mid-body, cut short, or with flipped bytes', async () => {
    const bytes = 'x'.repeat(4096);
    await save('k', bytes);
    const url = async () =>
      (await rpc('GetCacheEntryDownloadURL', { key: 'k', version: 'v1' })).body
        .signed_download_url as string;

    server.inject({ method: 'download', damage: 'truncate' });
    const truncated = await fetch(await url());
    expect(truncated.headers.get('content-length')).toBe('4096');
    await expect(truncated.text()).rejects.toThrow();

    server.inject({ method: 'download', key: 'k', damage: 'cut' });
    const cut = await fetch(await url());
    expect(cut.headers.get('content-length')).toBe('2048');
    expect(await cut.text()).toBe(bytes.slice(0, 2048));

    server.inject({ method: 'download', key: /^k$/, damage: 'corrupt' });
    const corrupt = Buffer.from(await (await fetch(await url())).arrayBuffer());
    expect(corrupt.length).toBe(4096);
    expect(corrupt.toString()).not.toBe(bytes);

    expect(await (await fetch(await url())).text()).toBe(bytes);
  });

  it('is unreachable once closed', async () => {
    const url = await unreachableUrl();
    await expect(
      fetch(`${url}${SERVICE}GetCacheEntryDownloadURL`, { method: 'POST' }),
    ).rejects.toThrow();
  });

  it('answers only the protocol it speaks', async () => {
    expect((await rpc('GetCacheEntryDownloadURL', { key: 'k', version: 'v1' })).status).toBe(200);
    const v1 = await fetch(`${server.url}_apis/artifactcache/cache?keys=k&version=v1`, {
      headers: { authorization: `Bearer ${server.token(main)}` },
    });
    expect(v1.status).toBe(404);
  });
});

describe('the test cache server, v1 (GHES)', () => {
  let server: CacheServer;
  const main: TokenOptions = { scope: 'refs/heads/main' };
  beforeEach(async () => {
    server = await startCacheServer({ protocol: 'v1' });
  });
  afterEach(() => server.close());

  async function call(method: string, resource: string, body?: unknown, token = main) {
    const headers: Record<string, string> = { authorization: `Bearer ${server.token(token)}` };
    const res = await fetch(`${server.url}_apis/artifactcache/${resource}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Body) : undefined };
  }
  const lookup = (keys: string, version = 'v1') =>
    call('GET', `cache?keys=${encodeURIComponent(keys)}&version=${version}`);
  const chunk = (id: number, start: number, bytes: string) =>
    fetch(`${server.url}_apis/artifactcache/caches/${id}`, {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${server.token(main)}`,
        'content-range': `bytes ${start}-${start + bytes.length - 1}/*`,
      },
      body: bytes,
    });

  it('misses with a 204, reserves, takes chunks in any order, commits, then hits', async () => {
    expect(await lookup('k')).toEqual({ status: 204, body: undefined });
    const reserved = await call('POST', 'caches', { key: 'k', version: 'v1', cacheSize: 11 });
    expect(reserved).toEqual({ status: 201, body: { cacheId: expect.any(Number) } });
    const id = reserved.body!.cacheId as number;
    expect((await chunk(id, 6, 'world')).status).toBe(204);
    expect((await chunk(id, 0, 'hello ')).status).toBe(204);
    expect(await lookup('k')).toEqual({ status: 204, body: undefined });
    expect((await call('POST', `caches/${id}`, { size: 11 })).status).toBe(204);
    const hit = await lookup('other,k');
    expect(hit.body).toMatchObject({ cacheKey: 'k', scope: 'refs/heads/main' });
    expect(await (await fetch(hit.body!.archiveLocation as string)).text()).toBe('hello world');
    expect(server.calls.map((c) => c.method)).toEqual([
      'GetCacheEntryDownloadURL',
      'CreateCacheEntry',
      'upload',
      'upload',
      'GetCacheEntryDownloadURL',
      'FinalizeCacheEntryUpload',
      'GetCacheEntryDownloadURL',
      'download',
    ]);
  });

  it("refuses a second reservation with GHES's message, and denies like GHES", async () => {
    expect((await call('POST', 'caches', { key: 'k', version: 'v1' })).status).toBe(201);
    const again = await call('POST', 'caches', { key: 'k', version: 'v1' });
    expect(again.status).toBe(409);
    expect(again.body!.message).toMatch(
      /^Cache already exists\. Scope: refs\/heads\/main, Key: k,/,
    );
    const denied = await call('POST', 'caches', { key: 'j', version: 'v1' }, { readOnly: true });
    expect(denied).toEqual({
      status: 403,
      body: { message: expect.stringMatching(/^cache write denied:/) },
    });
    server.inject({ method: 'GetCacheEntryDownloadURL', status: 429 });
    expect(await lookup('k')).toEqual({ status: 429, body: { message: 'injected fault' } });
  });
});
