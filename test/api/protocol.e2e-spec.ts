import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_VALIDATION_ERRORS } from '../../apps/api/src/graphql/query-limits.js';
import { MAX_REPEATED_SELECTIONS } from '../../apps/api/src/graphql/query-shape.js';
import { createTestApp, errorOf, type TestApp } from '../support/test-app.js';

const AUTHOR = `author { handle displayName badge { title team locales } }`;
const aliased = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

// What GraphQL over HTTP asks of a server when the request itself is at fault: a 4xx status and
// a code the client can tell from a user's typo; never a 5xx.
describe('protocol errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  describe('syntax errors', () => {
    it.each([
      ['a stray word', 'qwerty { abc }'],
      ['an unterminated selection', '{ thread(id: "x") { id }'],
      ['an ill-formed escape', '{ user(handle: "\\uD800") { id } }'],
    ])('answers %s with HTTP 400 and GRAPHQL_PARSE_FAILED, in the caller language', async (_what, query) => {
      const res = await t.gql(query, {}, { lang: 'zh-CN' });
      expect(res.status).toBe(400);
      expect(errorOf(res)).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED', message: '请求不是有效的 GraphQL。' });
      expect(errorOf(res).detail).toMatch(/^Syntax Error/);
    });
  });

  it('refuses a subscription sent over HTTP with 400 and its own code, in the caller’s language', async () => {
    const res = await t.gql(`subscription { postAdded(threadId: "00000000-0000-4000-8000-000000000000") { id } }`, {}, { lang: 'zh-CN' });
    expect(res.status).toBe(400);
    expect(errorOf(res)).toMatchObject({
      code: 'SUBSCRIPTION_OVER_HTTP',
      message: '订阅需通过 WebSocket（graphql-ws）连接 /graphql，不支持 HTTP 请求。',
    });
  });

  describe('limits on the shape of a query', () => {
    it('refuses 300 aliased checkContent calls with HTTP 400 and QUERY_TOO_COMPLEX', async () => {
      const res = await t.gql(aliased(300, 'checkContent(body: "x") { action }'), {}, { lang: 'zh-CN' });
      expect(res.status).toBe(400);
      expect(errorOf(res)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', message: '查询过大或过于复杂。' });
      expect(res.sqlQueries).toBeLessThanOrEqual(0);
    });

    it('counts aliases of __typename against the alias limit', async () => {
      const res = await t.gql(aliased(101, '__typename'));
      expect(res.status).toBe(400);
      expect(errorOf(res).code).toBe('QUERY_TOO_COMPLEX');
      expect((await t.gql(aliased(15, '__typename'))).data.a14).toBe('Query');
    });

    it('stops validating after a few errors: 50 unknown directives give a handful', async () => {
      const res = await t.gql(`{ boards { id ${Array.from({ length: 50 }, (_, i) => `@d${i}`).join(' ')} } }`);
      expect(res.status).toBe(400);
      expect(res.errors!.length).toBeLessThanOrEqual(MAX_VALIDATION_ERRORS + 1);
      expect(res.errors!.every((e) => e.extensions.code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
    });

    it('refuses 400 copies of one field with a sub-selection before validating them', async () => {
      const res = await t.gql(`{ ${'boards { id } '.repeat(400)}}`);
      expect(res.status).toBe(400);
      expect(errorOf(res).code).toBe('QUERY_TOO_COMPLEX');
      expect(res.sqlQueries).toBeLessThanOrEqual(0);
    });

    it('still accepts a field repeated a few times, as fragments of several components do', async () => {
      const res = await t.gql(`{ ${'boards { id } '.repeat(MAX_REPEATED_SELECTIONS)}}`);
      expect(res.errors).toBeUndefined();
    });
  });

  describe('cost of nested connections', () => {
    it('allows a thread page of 100 replies with their authors and badges', async () => {
      const board = await t.factory.board();
      const thread = await t.factory.thread({ board, author: await t.factory.user() });
      const query = `query ($id: ID!, $n: Int) { thread(id: $id) { title ${AUTHOR} replies(first: $n) { totalCount nodes { id body ${AUTHOR} } } } }`;
      const res = await t.gql(query, { id: thread.id, n: 100 });
      expect(res.errors).toBeUndefined();
      expect(res.data.thread.title).toBeTruthy();
    });

    it.each([
      ['in the query', `{ boards { threads(first: 50) { nodes { replies(first: 1) { totalCount } } } } }`, {}],
      ['through variables', `query ($n: Int) { boards { threads(first: $n) { nodes { replies(first: 1) { totalCount } } } } }`, { n: 50 }],
      ['beyond the page clamp', `{ boards { threads(first: 100000) { nodes { replies(first: 1) { totalCount } } } } }`, {}],
    ])('refuses a connection fanned out under every row of another (%s), running no SQL', async (_what, query, variables) => {
      const res = await t.gql(query, variables);
      expect(res.status).toBe(400);
      expect(errorOf(res).code).toBe('QUERY_TOO_COMPLEX');
      expect(res.sqlQueries).toBeLessThanOrEqual(0);
    });

    it('allows the same shape with small pages', async () => {
      const res = await t.gql(`{ boards { threads(first: 5) { nodes { replies(first: 1) { totalCount } } } } }`);
      expect(res.errors).toBeUndefined();
    });
  });

  describe('automatic persisted queries', () => {
    const QUERY = `{ boards { id } }`;
    const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });
    const post = (body: object) =>
      t.http().post('/graphql').set('content-type', 'application/json').set('accept-language', 'zh-CN').send(body);

    it('asks for the text of an unknown hash, then answers by hash alone', async () => {
      const query = `{ boards { id slug } }`;
      const unknown = await post({ extensions: persisted(sha256(query)) });
      expect(unknown.status).toBeLessThan(500);
      expect(unknown.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect(unknown.body.errors[0].message).toBe('服务器没有这个持久化查询，请连同查询文本一起发送。');

      const registered = await post({ query, extensions: persisted(sha256(query)) });
      expect(registered.status).toBe(200);
      expect(registered.body.data.boards).toBeInstanceOf(Array);

      const byHash = await post({ extensions: persisted(sha256(query)) });
      expect(byHash.status).toBe(200);
      expect(byHash.body).toEqual(registered.body);
    });

    it('refuses a hash that is not the hash of the text sent with it', async () => {
      const res = await post({ query: QUERY, extensions: persisted('0'.repeat(64)) });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    });
  });

  describe('transport', () => {
    it('refuses a simple GET as a possible CSRF, in the caller language', async () => {
      const res = await t.http().get('/graphql').set('accept-language', 'zh-CN').query({ query: '{ boards { id } }' });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('CSRF_PREVENTED');
      expect(res.body.errors[0].message).toMatch(/跨站请求伪造/);
    });

    it.each([
      ['an unknown Content-Encoding', 'compress', Buffer.from('{"query":"{ boards { id } }"}'), 415],
      ['a corrupt gzip body', 'gzip', Buffer.from('not gzip at all'), 400],
    ])('refuses %s with a 4xx and BAD_REQUEST', async (_what, encoding, body, status) => {
      const res = await t.http().post('/graphql').set('content-type', 'application/json').set('content-encoding', encoding).send(body);
      expect(res.status).toBe(status);
      expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    });
  });
});

// The front-door cache reads visitors' bodies itself; whatever it accepts or refuses must be
// what Express answers a signed-in user.
describe('one answer for visitors and signed-in users', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ ANONYMOUS_CACHE_SECONDS: '60' });
  });
  afterAll(() => t.close());

  const QUERY = JSON.stringify({ query: '{ boards { id } }' });
  const bodies: [string, Buffer, Record<string, string>][] = [
    ['a body with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(QUERY)]), {}],
    ['a gzip-encoded body', gzipSync(QUERY), { 'content-encoding': 'gzip' }],
    ['a body that is not JSON', Buffer.from('{"query": '), {}],
  ];

  it.each(bodies)('answers %s alike', async (_what, body, headers) => {
    const user = await t.factory.user();
    const send = (signedIn: boolean) => {
      let req = t.http().post('/graphql').set('content-type', 'application/json');
      for (const [name, value] of Object.entries(headers)) req = req.set(name, value);
      if (signedIn) req = req.set('authorization', `Bearer ${user.token}`);
      return req.send(body);
    };
    const [visitor, again, signedIn] = [await send(false), await send(false), await send(true)];
    expect(visitor.status).toBe(signedIn.status);
    expect(again.status).toBe(signedIn.status);
    expect(visitor.body).toEqual(signedIn.body);
    expect(again.body).toEqual(signedIn.body);
  });
});
