import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorOf, type GqlResult, type TestApp } from '../support/test-app.js';

const CREATE_THREAD = `mutation ($input: CreateThreadInput!) { createThread(input: $input) { id } }`;
const BOARD = `query ($id: ID, $slug: String, $locale: String) { board(id: $id, slug: $slug, locale: $locale) { id } }`;
const REGISTER = (handle: string) =>
  `mutation { register(input: { email: "${handle}@example.test", handle: "${handle}", password: "a long enough password", locale: "en" }) { accessToken } }`;
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

// What no answer may carry: a stack trace, SQL, driver errors or source paths.
const LEAKS = /stack|SELECT |INSERT |UPDATE |QueryFailedError|DatabaseError|node_modules|\.ts:\d|INTERNAL_SERVER_ERROR/i;

// A query of the given depth, leaf included: boards { threads(first: 1) { nodes { board { threads … { id } } } } }
// (pages of one, so that only its depth is at stake, not its cost).
const ofDepth = (depth: number) =>
  `{ ${['boards', ...Array.from({ length: depth - 2 }, (_, i) => ['threads(first: 1)', 'nodes', 'board'][i % 3])].reduceRight((inner, field) => `${field} { ${inner} }`, 'id')} }`;

describe('errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const handleExists = async (handle: string) => (await t.db.query(`SELECT 1 FROM users WHERE handle = $1`, [handle])).length > 0;
  const freshHandle = () => `h_${Math.random().toString(36).slice(2, 10)}`;

  describe('language of messages', () => {
    it.each([
      ['zh-CN', '请先登录。'],
      ['zh-TW,zh;q=0.9', '请先登录。'],
      ['en-US,en;q=0.9', 'Please sign in to do this.'],
      ['fr-FR', 'Please sign in to do this.'],
    ])('answers a visitor with Accept-Language %s in its language', async (lang, message) => {
      const res = await t.gql(CREATE_THREAD, { input: { boardId: NO_SUCH_ID, title: 'A question', body: 'Body' } }, { lang });
      expect(errorOf(res)).toMatchObject({ code: 'UNAUTHENTICATED', message });
    });

    it('translates field messages too', async () => {
      const error = errorOf(await t.gql(BOARD, {}, { lang: 'zh-CN' }));
      expect(error).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: '部分字段填写有误。',
        fields: { id: '请提供 id，或同时提供 slug 和 locale。' },
      });
    });

    it("answers a signed-in user in the user's language, whatever Accept-Language says", async () => {
      const chinese = await t.factory.user({ locale: 'zh-CN' });
      const english = await t.factory.user({ locale: 'en' });
      const input = { boardId: NO_SUCH_ID, title: 'A question', body: 'Body' };
      expect(errorOf(await t.gql(CREATE_THREAD, { input }, { as: chinese, lang: 'en' }))).toMatchObject({
        code: 'NOT_FOUND',
        message: '未找到该版块。',
      });
      expect(errorOf(await t.gql(CREATE_THREAD, { input }, { as: english, lang: 'zh-CN' }))).toMatchObject({
        code: 'NOT_FOUND',
        message: 'The board was not found.',
      });
    });

    it('follows a change of the profile language from the next request on', async () => {
      const user = await t.factory.user({ locale: 'en' });
      await t.gql(`mutation { updateProfile(locale: "zh-CN") { locale } }`, {}, { as: user });
      const res = await t.gql(CREATE_THREAD, { input: { boardId: NO_SUCH_ID, title: 'A question', body: 'Body' } }, { as: user });
      expect(errorOf(res).message).toBe('未找到该版块。');
    });
  });

  describe('malformed operations', () => {
    it.each([
      ['an unknown field', `{ boards { id nme } }`],
      ['an unknown argument', `{ boards(locle: "en") { id } }`],
      ['an unknown enum value', `{ board(slug: "x", locale: "en") { threads(orderBy: NEWES) { totalCount } } }`],
      ['a misspelt root field', `{ bords { id } }`],
    ])('refuses %s with HTTP 400 as a validation failure, running no SQL', async (_what, query) => {
      const res = await t.gql(query, {}, { lang: 'zh-CN' });
      expect(res.status).toBe(400);
      expect(errorOf(res)).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', message: '查询与 API 结构不符。' });
      expect(res.sqlQueries).toBe(0);
    });

    it('tells a wrong variable value (what a user typed) from a syntax error (a client bug)', async () => {
      const variable = await t.gql(`query ($id: ID) { board(id: $id) { id } }`, { id: { $ne: null } });
      expect(variable.status).toBe(400);
      expect(errorOf(variable).code).toBe('BAD_USER_INPUT');
      const syntax = await t.gql(`{ boards { id `);
      expect(syntax.status).toBe(400);
      expect(errorOf(syntax).code).toBe('GRAPHQL_PARSE_FAILED');
    });

    it.each([
      ['nested beyond the depth limit', ofDepth(11)],
      ['with too many aliases', `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: boards { id }`).join(' ')} }`],
      ['with too many directives', `{ boards { ${Array.from({ length: 25 }, () => '__typename @include(if: true)').join(' ')} } }`],
      ['with too many tokens', `{ boards { ${'id '.repeat(3100)}} }`],
    ])('refuses a query %s with HTTP 400 before running it, in the caller language', async (_what, query) => {
      const res = await t.gql(query, {}, { lang: 'zh-CN' });
      expect(res.status).toBe(400);
      expect(errorOf(res)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', message: '查询过大或过于复杂。' });
      // No statement ran (-1: refused while parsing, before the count header is set).
      expect(res.sqlQueries).toBeLessThanOrEqual(0);
    });

    it('accepts a query just within the depth limit', async () => {
      const res = await t.gql(ofDepth(10));
      expect(res.errors).toBeUndefined();
    });
  });

  describe('transport', () => {
    it('refuses a body over 256 kB with HTTP 413 and a translated error of its own', async () => {
      const res = await t
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('accept-language', 'zh-CN')
        .send({ query: CREATE_THREAD, variables: { input: { boardId: NO_SUCH_ID, title: 'Too long', body: 'x'.repeat(270_000) } } });
      expect(res.status).toBe(413);
      expect(res.body.errors[0]).toMatchObject({ message: '请求内容过大。', extensions: { code: 'PAYLOAD_TOO_LARGE' } });
      expect(res.text).not.toMatch(LEAKS);
    });

    it.each([
      ['a body that is not JSON', '{"query": "{ boards { id } }"'],
      ['a JSON body that is not an object', '"{ boards { id } }"'],
    ])('refuses %s with HTTP 400 and MALFORMED_JSON in the caller language', async (_what, body) => {
      const res = await t.http().post('/graphql').set('content-type', 'application/json').set('accept-language', 'zh-CN').send(body);
      expect(res.status).toBe(400);
      expect(res.body.errors[0]).toMatchObject({ message: '请求内容不是有效的 JSON。', extensions: { code: 'MALFORMED_JSON' } });
      expect(res.text).not.toMatch(LEAKS);
    });

    it('refuses a batch of operations and runs none of them', async () => {
      const [a, b] = [freshHandle(), freshHandle()];
      const res = await t
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .send([{ query: REGISTER(a) }, { query: REGISTER(b) }]);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(await handleExists(a)).toBe(false);
      expect(await handleExists(b)).toBe(false);
    });

    it.each([
      ['a GET mutation', 'get', {}, [400, 405]],
      ['a GET mutation with a preflight header', 'get', { 'apollo-require-preflight': 'true' }, [405]],
      ['a text/plain POST', 'text/plain', {}, [400]],
      ['a form-encoded POST', 'application/x-www-form-urlencoded', {}, [400]],
    ] as const)('refuses %s without running it', async (_what, how, headers, statuses) => {
      const handle = freshHandle();
      let req =
        how === 'get'
          ? t
              .http()
              .get('/graphql')
              .query({ query: REGISTER(handle) })
          : t.http().post('/graphql').set('content-type', how);
      for (const [name, value] of Object.entries(headers)) req = req.set(name, value);
      const res =
        how === 'get'
          ? await req
          : await req.send(
              how === 'text/plain' ? JSON.stringify({ query: REGISTER(handle) }) : `query=${encodeURIComponent(REGISTER(handle))}`,
            );
      expect(statuses).toContain(res.status);
      expect(res.text).not.toMatch(LEAKS);
      expect(await handleExists(handle)).toBe(false);
    });

    it('still answers a GET query with the preflight header', async () => {
      const board = await t.factory.board();
      const res = await t
        .http()
        .get('/graphql')
        .set('apollo-require-preflight', 'true')
        .query({ query: `{ board(id: "${board.id}") { slug } }` });
      expect(res.status).toBe(200);
      expect(res.body.data.board.slug).toBe(board.slug);
    });

    it('echoes a plain x-request-id and replaces one that could forge log lines', async () => {
      const echoed = await t.gql(`{ boards { id } }`, {}, { headers: { 'x-request-id': 'client-req-12345' } });
      expect(echoed.headers['x-request-id']).toBe('client-req-12345');
      const replaced = await t.gql(`{ boards { id } }`, {}, { headers: { 'x-request-id': 'evil id" level=info' } });
      expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      const generated = await t.gql(`{ boards { id } }`);
      expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(generated.headers['x-request-id']).not.toBe(replaced.headers['x-request-id']);
    });
  });

  describe('nothing leaks', () => {
    const hostile: [string, () => Promise<GqlResult>][] = [
      [
        'a NUL character in a body',
        async () =>
          t.gql(
            CREATE_THREAD,
            { input: { boardId: (await t.factory.board()).id, title: 'Null byte', body: 'a\u0000b' } },
            { as: await t.factory.user() },
          ),
      ],
      [
        'a NUL character in a title',
        async () =>
          t.gql(
            CREATE_THREAD,
            { input: { boardId: (await t.factory.board()).id, title: 'Null\u0000byte', body: 'b' } },
            { as: await t.factory.user() },
          ),
      ],
      [
        'a NUL character in a login',
        async () => t.gql(`mutation { login(input: { login: "a\\u0000b", password: "whatever it is" }) { accessToken } }`),
      ],
      ['a NUL character in a handle lookup', async () => t.gql(`query ($h: String!) { user(handle: $h) { id } }`, { h: 'x\u0000' })],
      [
        'a NUL character in an idempotency key',
        async () =>
          t.gql(
            `mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }`,
            { i: { threadId: NO_SUCH_ID, body: 'b', idempotencyKey: 'k\u0000' } },
            { as: await t.factory.user() },
          ),
      ],
      ['SQL in an id', async () => t.gql(BOARD, { id: "' OR 1=1; --" })],
      [
        'a forged cursor',
        async () =>
          t.gql(`query ($id: ID!, $a: String) { board(id: $id) { threads(after: $a) { totalCount } } }`, {
            id: (await t.factory.board()).id,
            a: Buffer.from(JSON.stringify([true, 'x', 'y'])).toString('base64url'),
          }),
      ],
      [
        'an out-of-range Int variable',
        async () =>
          t.gql(`query ($id: ID!, $n: Int) { thread(id: $id) { replies(first: $n) { totalCount } } }`, { id: NO_SUCH_ID, n: 99999999999 }),
      ],
      ['a lone surrogate in a handle lookup', async () => t.gql(`query ($h: String!) { user(handle: $h) { id } }`, { h: 'x\uD800' })],
    ];

    it.each(hostile)('answers %s with a bad-input error and nothing internal', async (_what, send) => {
      const res = await send();
      expect(errorOf(res).code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify({ body: res.errors, headers: res.headers })).not.toMatch(LEAKS);
    });
  });

  describe('in production', () => {
    let prod: TestApp;
    beforeAll(async () => {
      prod = await createTestApp({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), TOTP_ENCRYPTION_KEY: 'y'.repeat(40) });
    });
    afterAll(() => prod.close());

    it.each([
      ['an unknown field', `{ boards { id nme } }`],
      ['an unknown argument', `{ boards(locle: "en") { id } }`],
      ['an unknown enum value', `{ board(slug: "x", locale: "en") { threads(orderBy: NEWES) { totalCount } } }`],
      ['an unknown type', `query ($x: BoardKnd) { boards { id } }`],
    ])('refuses %s without suggesting what exists', async (_what, query) => {
      const res = await prod.gql(query);
      expect(errorOf(res).code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(JSON.stringify(res.errors)).not.toMatch(/did you mean|"locale|BoardKind"|NEWEST/i);
    });

    it('refuses introspection', async () => {
      const res = await prod.gql(`{ __schema { types { name } } }`);
      expect(errorOf(res).code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.data?.__schema).toBeUndefined();
    });

    it('still serves ordinary queries', async () => {
      const board = await prod.factory.board();
      expect((await prod.gql(BOARD, { id: board.id })).data.board.id).toBe(board.id);
    });
  });
});
