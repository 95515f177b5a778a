import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import type { TestBoard, TestUser } from '../support/factory.js';
import { AnonymousResponseCache } from '../../apps/api/src/graphql/anonymous-cache/anonymous-response-cache.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { EventRelay } from '../../apps/api/src/events/event-relay.js';

const THREAD = `query ($id: ID!) { thread(id: $id) { title replyCount replies { nodes { body author { displayName } } } } }`;
const LISTING = `query ($id: ID!) { board(id: $id) { threads { nodes { title replyCount } } } }`;
const REPLY = `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`;

describe('anonymous response cache', () => {
  let t: TestApp;
  let board: TestBoard;
  let author: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ ANONYMOUS_CACHE_SECONDS: '60' });
    board = await t.factory.board();
    author = await t.factory.user();
  });
  afterAll(() => t.close());

  const hit = (res: { headers: Record<string, string> }) => res.headers['x-anonymous-cache'] === 'hit';

  it('serves a visitor’s repeated query from memory, without SQL', async () => {
    const thread = await t.factory.thread({ board, author });
    const first = await t.gql(THREAD, { id: thread.id });
    const second = await t.gql(THREAD, { id: thread.id });
    expect(hit(first)).toBe(false);
    expect(hit(second)).toBe(true);
    expect(second.data).toEqual(first.data);
  });

  it('answers a hit with the stored gzip to clients that accept it, and decoded to those that do not', async () => {
    const thread = await t.factory.thread({ board, author, title: '提现一直在处理中 <b>怎么办</b>' });
    const first = await t.gql(THREAD, { id: thread.id }, { headers: { 'accept-encoding': 'identity' } });
    expect(first.headers['content-encoding']).toBeUndefined();
    // Read the bytes off the socket: supertest would decode the gzip before the test saw it.
    const raw = await rawPost(t, { query: THREAD, variables: { id: thread.id } }, { 'accept-language': 'en', 'accept-encoding': 'gzip' });
    expect(raw.headers['x-anonymous-cache']).toBe('hit');
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(raw.headers.vary).toMatch(/accept-encoding/i);
    expect(JSON.parse(gunzipSync(raw.body).toString('utf8')).data).toEqual(first.data);
    for (const encoding of ['identity', 'gzip;q=0, deflate', 'br']) {
      const plain = await t.gql(THREAD, { id: thread.id }, { headers: { 'accept-encoding': encoding } });
      expect(hit(plain)).toBe(true);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.data).toEqual(first.data);
    }
  });

  it('answers hits with a request id, and refuses a visitor’s malformed body like any bad input', async () => {
    const thread = await t.factory.thread({ board, author });
    await t.gql(THREAD, { id: thread.id });
    const again = await t.gql(THREAD, { id: thread.id }, { headers: { 'x-request-id': 'visitor-req-12345' } });
    expect(hit(again)).toBe(true);
    expect(again.headers['x-request-id']).toBe('visitor-req-12345');
    for (const body of ['{"query": "{ boards { id } }"', '42']) {
      const res = await t.http().post('/graphql').set('content-type', 'application/json').set('accept-language', 'zh-CN').send(body);
      expect(res.status).toBe(400);
      expect(res.body.errors[0]).toMatchObject({ message: '请求内容不是有效的 JSON。', extensions: { code: 'MALFORMED_JSON' } });
    }
  });

  it('answers, but does not keep, what it does not read up front: large or chunked bodies, text/plain', async () => {
    const thread = { ...(await t.factory.thread({ board, author, title: 'Read by Express alone' })), title: 'Read by Express alone' };
    // Same query, padded past the 16 KB the front handler reads.
    const padded = { query: THREAD, variables: { id: thread.id, pad: 'x'.repeat(17_000) } };
    for (let i = 0; i < 2; i++) {
      const res = await t.http().post('/graphql').set('content-type', 'application/json').set('accept-language', 'en').send(padded);
      expect(res.status).toBe(200);
      expect(res.body.data.thread.title).toBe(thread.title);
      expect(res.headers['x-anonymous-cache']).toBeUndefined();
    }
    const chunked = await rawPost(
      t,
      { query: THREAD, variables: { id: thread.id } },
      { 'accept-language': 'en', 'transfer-encoding': 'chunked' },
    );
    expect(JSON.parse(chunked.body.toString('utf8')).data.thread.title).toBe(thread.title);
    const again = await rawPost(
      t,
      { query: THREAD, variables: { id: thread.id } },
      { 'accept-language': 'en', 'transfer-encoding': 'chunked' },
    );
    expect(again.headers['x-anonymous-cache']).toBeUndefined();
    // Apollo's CSRF prevention still sees (and refuses) a simple request.
    const plain = await t
      .http()
      .post('/graphql')
      .set('content-type', 'text/plain')
      .send(JSON.stringify({ query: THREAD, variables: { id: thread.id } }));
    expect(plain.status).toBe(400);
  });

  it('answers a failure of its own with INTERNAL_SERVER_ERROR and a request id, and keeps serving', async () => {
    const thread = await t.factory.thread({ board, author });
    const entries = (t.app.get(AnonymousResponseCache) as unknown as { entries: { get: (key: string) => unknown } }).entries;
    const get = entries.get;
    entries.get = () => {
      throw new Error('cache lookup failed');
    };
    try {
      const failed = await t.gql(THREAD, { id: thread.id }, { lang: 'zh-CN' });
      expect(failed.status).toBe(500);
      const error = failed.errors![0];
      expect(error.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', requestId: failed.headers['x-request-id'] });
      expect(error.message).toContain(error.extensions.requestId);
      expect(JSON.stringify(failed.errors)).not.toMatch(/cache lookup failed|stack/);
    } finally {
      entries.get = get;
    }
    expect((await t.gql(THREAD, { id: thread.id })).data.thread.title).toBeDefined();
  });

  it('drops a cached thread page and board listing as soon as a reply is posted', async () => {
    const thread = await t.factory.thread({ board, author });
    await t.gql(THREAD, { id: thread.id });
    await t.gql(LISTING, { id: board.id });
    await t.gql(REPLY, { input: { threadId: thread.id, body: 'Fresh reply' } }, { as: author });
    const page = await t.gql(THREAD, { id: thread.id });
    expect(hit(page)).toBe(false);
    expect(page.data.thread.replyCount).toBe(1);
    expect(page.data.thread.replies.nodes[0].body).toBe('Fresh reply');
    const listing = await t.gql(LISTING, { id: board.id });
    expect(hit(listing)).toBe(false);
  });

  it('keeps other threads’ pages cached when one thread changes', async () => {
    const [a, b] = [await t.factory.thread({ board, author }), await t.factory.thread({ board, author })];
    await t.gql(THREAD, { id: b.id });
    await t.gql(REPLY, { input: { threadId: a.id, body: 'Only thread A changes' } }, { as: author });
    expect(hit(await t.gql(THREAD, { id: b.id }))).toBe(true);
  });

  it('shows a new display name on cached pages at once', async () => {
    const thread = await t.factory.thread({ board, author });
    await t.factory.reply({ thread, author });
    await t.gql(THREAD, { id: thread.id });
    await t.gql(`mutation { updateProfile(displayName: "Renamed Author") { id } }`, {}, { as: author });
    const page = await t.gql(THREAD, { id: thread.id });
    expect(page.data.thread.replies.nodes[0].author.displayName).toBe('Renamed Author');
  });

  // A profile change moves only its user's key: pages that do not show that user stay cached.
  it('keeps pages that do not show a renamed user cached', async () => {
    const other = await t.factory.user();
    const thread = await t.factory.thread({ board, author });
    await t.gql(THREAD, { id: thread.id });
    await t.gql(`mutation { updateProfile(displayName: "Someone Else") { id } }`, {}, { as: other });
    expect(hit(await t.gql(THREAD, { id: thread.id }))).toBe(true);
  });

  it('shows a renamed user on another instance’s cached page once the event reaches it', async () => {
    const other = await createTestApp({ ANONYMOUS_CACHE_SECONDS: '60' }, { sameDatabaseAs: t });
    try {
      const thread = await t.factory.thread({ board, author });
      await t.factory.reply({ thread, author });
      // The reply's own event reaches the other instance asynchronously; once it has, that
      // instance's page stays cached until the rename's event arrives.
      await other.app.get(EventRelay).drain();
      await other.gql(THREAD, { id: thread.id });
      expect(hit(await other.gql(THREAD, { id: thread.id }))).toBe(true);
      await t.gql(`mutation { updateProfile(displayName: "Renamed Elsewhere") { id } }`, {}, { as: author });
      await other.app.get(EventRelay).drain();
      const page = await other.gql(THREAD, { id: thread.id });
      expect(hit(page)).toBe(false);
      expect(page.data.thread.replies.nodes[0].author.displayName).toBe('Renamed Elsewhere');
    } finally {
      await other.close();
    }
  });

  it('never caches signed-in requests, mutations, errors or the composer check', async () => {
    const thread = await t.factory.thread({ board, author });
    await t.gql(THREAD, { id: thread.id }, { as: author });
    expect(hit(await t.gql(THREAD, { id: thread.id }, { as: author }))).toBe(false);
    await t.gql(`{ board(slug: "x") { id } }`);
    expect(hit(await t.gql(`{ board(slug: "x") { id } }`))).toBe(false);
    const check = `query { checkContent(body: "hello there") { action } }`;
    await t.gql(check);
    expect(hit(await t.gql(check))).toBe(false);
    // A visitor's mutation is read by the front handler like a query, and still runs each time.
    const handle = `v_${Date.now().toString(36)}`;
    const register = `mutation { register(input: { email: "${handle}@example.test", handle: "${handle}", password: "a long enough password", locale: "en" }) { accessToken } }`;
    const first = await t.gql(register);
    expect(first.errors).toBeUndefined();
    const again = await t.gql(register);
    expect(hit(again)).toBe(false);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { handle: expect.any(String) } });
  });

  it('keys on the language, so Accept-Language still picks the boards', async () => {
    await t.factory.board({ locale: 'zh-CN' });
    const boards = `{ boards { locale } }`;
    const en = await t.gql(boards, {}, { lang: 'en' });
    const zh = await t.gql(boards, {}, { lang: 'zh-CN' });
    expect(en.data.boards.every((b: { locale: string }) => b.locale === 'en')).toBe(true);
    expect(zh.data.boards.every((b: { locale: string }) => b.locale === 'zh-CN')).toBe(true);
  });
});

async function rawPost(
  t: TestApp,
  payload: object,
  headers: Record<string, string>,
): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  const server = t.app.getHttpServer() as import('node:http').Server;
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(payload));
  });
}
