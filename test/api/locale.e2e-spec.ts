import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBoard, TestUser } from '../support/factory.js';
import { createTestApp, errorOf, type TestApp } from '../support/test-app.js';

// Language tags as clients send them: every Chinese variant means zh-CN (until there is a
// Traditional board), every English one en, in headers and in arguments alike.
describe('language matching and Chinese-fair lengths', () => {
  let t: TestApp;
  let zh: TestBoard;
  let author: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    zh = await t.factory.board({ locale: 'zh-CN' });
    await t.factory.board({ locale: 'en' });
    author = await t.factory.user({ locale: 'zh-CN' });
  });
  afterAll(() => t.close());

  it.each(['zh-TW', 'zh-Hans-CN', 'zh', 'zh-HK,en;q=0.5'])('answers a visitor sending Accept-Language %s in Chinese', async (lang) => {
    const bad = await t.gql(`query ($id: ID!) { board(id: $id) { threads(after: "garbage") { totalCount } } }`, { id: zh.id }, { lang });
    expect(errorOf(bad).message).toBe('分页游标无效。');
  });

  it.each([
    ['zh', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['en-US', 'en'],
  ])('takes the locale argument %s as %s', async (given, stored) => {
    const boards = (await t.gql(`query ($l: String) { boards(locale: $l) { locale } }`, { l: given })).data.boards;
    expect(boards.length).toBeGreaterThan(0);
    expect(new Set(boards.map((b: { locale: string }) => b.locale))).toEqual(new Set([stored]));
    const handle = `loc_${given.replace(/-/g, '').toLowerCase()}_${Date.now().toString(36)}`;
    const registered = await t.gql(`mutation ($i: RegisterInput!) { register(input: $i) { user { locale } } }`, {
      i: { handle, email: `${handle}@example.test`, password: 'a long enough password', locale: given },
    });
    expect(registered.data.register.user.locale).toBe(stored);
  });

  it('refuses a language nobody serves, naming those that are', async () => {
    const error = errorOf(await t.gql(`query ($l: String) { boards(locale: $l) { locale } }`, { l: 'fr' }));
    expect(error.code).toBe('BAD_USER_INPUT');
  });

  it('accepts a four-character Chinese title, and refuses one of two', async () => {
    const CREATE = `mutation ($input: CreateThreadInput!) { createThread(input: $input) { title } }`;
    const ok = await t.gql(
      CREATE,
      { input: { boardId: zh.id, title: '提币未到', body: '昨天提的 USDT 还没到账，交易哈希已经确认了。' } },
      { as: author },
    );
    expect(ok.data.createThread.title).toBe('提币未到');
    const short = errorOf(
      await t.gql(CREATE, { input: { boardId: zh.id, title: '提币', body: '昨天提的 USDT 还没到账。' } }, { as: author }),
    );
    expect(short).toMatchObject({ code: 'BAD_USER_INPUT', fields: { title: '长度需在 5 到 200 个字符之间（一个汉字按两个字符计）。' } });
  });
});
