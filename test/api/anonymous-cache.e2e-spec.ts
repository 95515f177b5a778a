import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBoard, TestUser } from '../support/factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

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

  it('never caches signed-in requests, mutations, errors or the composer check', async () => {
    const thread = await t.factory.thread({ board, author });
    await t.gql(THREAD, { id: thread.id }, { as: author });
    expect(hit(await t.gql(THREAD, { id: thread.id }, { as: author }))).toBe(false);
    await t.gql(`{ board(slug: "x") { id } }`);
    expect(hit(await t.gql(`{ board(slug: "x") { id } }`))).toBe(false);
    const check = `query { checkContent(body: "hello there") { action } }`;
    await t.gql(check);
    expect(hit(await t.gql(check))).toBe(false);
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
