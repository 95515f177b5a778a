import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventRelay } from '../../apps/api/src/events/event-relay.js';
import type { TestBoard, TestUser } from '../support/factory.js';
import { createTestApp, errorOf, type TestApp } from '../support/test-app.js';

const SEARCH = `query ($input: SearchInput!, $first: Int, $after: String) {
  search(input: $input, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { kind title snippet score thread { id } post { id } article { id slug } }
  }
}`;
const SIMILAR = `query ($title: String!, $locale: String!) { similarQuestions(title: $title, locale: $locale) { kind title thread { id } article { id } } }`;

// Search over threads and articles: Chinese segmented, English stemmed, nothing found that the
// searcher may not read, snippets from the original text.
describe('search', () => {
  let t: TestApp;
  let en: TestBoard;
  let zh: TestBoard;
  let asker: TestUser;
  let staff: TestUser;
  let zhStaff: TestUser;
  let moderator: TestUser;
  let n = 0;
  const word = () => `zq${Date.now().toString(36)}${n++}`;
  beforeAll(async () => {
    t = await createTestApp();
    en = await t.factory.board({ locale: 'en' });
    zh = await t.factory.board({ locale: 'zh-CN' });
    asker = await t.factory.user();
    staff = await t.factory.user({ roles: ['STAFF'], totp: true, staffLocales: ['en'] });
    zhStaff = await t.factory.user({ roles: ['STAFF'], totp: true, staffLocales: ['zh-CN'] });
    moderator = await t.factory.user({ roles: ['MODERATOR'], totp: true, moderatorLocales: ['zh-CN'] });
  });
  afterAll(() => t.close());

  const indexed = () => t.app.get(EventRelay).drain();
  const search = async (input: Record<string, unknown>, as: TestUser | null = null, page: Record<string, unknown> = {}) => {
    const res = await t.gql(SEARCH, { input, ...page }, { as });
    expect(res.errors).toBeUndefined();
    return res.data.search;
  };
  const threadIds = (result: { nodes: { thread: { id: string } | null }[] }): string[] => result.nodes.map((h) => h.thread?.id ?? 'none');

  it('finds Chinese by segmented words and marks them in the original text', async () => {
    const thread = await t.factory.thread({
      board: zh,
      author: asker,
      title: '我的USDT提币一直在审核中',
      body: '已经两天了，请问提币审核要多久？',
    });
    await indexed();
    const result = await search({ query: '提币审核', locale: 'zh-CN' });
    expect(threadIds(result)).toContain(thread.id);
    const hit = result.nodes.find((h: { thread: { id: string } }) => h.thread.id === thread.id);
    expect(hit).toMatchObject({ kind: 'THREAD', title: '我的USDT提币一直在审核中', post: { id: thread.questionId } });
    expect(hit.snippet).toContain('<mark>提币</mark><mark>审核</mark>');
    expect(hit.snippet).not.toMatch(/提币 审核|已经 两天/);
    expect(threadIds(await search({ query: 'USDT提币', locale: 'zh-CN' }))).toContain(thread.id);
    expect(threadIds(await search({ query: '提币审核', locale: 'en' }))).not.toContain(thread.id);
  });

  it('finds English by stems, in replies too, and marks the words as written', async () => {
    const thread = await t.factory.thread({ board: en, author: asker, title: 'Stuck transfer', body: 'Nothing moves.' });
    const reply = await t.factory.reply({ thread, author: await t.factory.user(), body: 'My withdrawals have been pending since Monday.' });
    await indexed();
    const result = await search({ query: 'withdrawal pending', locale: 'en' });
    const hit = result.nodes.find((h: { thread: { id: string } }) => h.thread.id === thread.id);
    expect(hit.post.id).toBe(reply.id);
    expect(hit.snippet).toBe('My <mark>withdrawals</mark> have been <mark>pending</mark> since Monday.');
  });

  it('finds a thread whose words are split between its question and a reply, but not through a reply it may not read', async () => {
    const [inQuestion, inReply] = [word(), word()];
    const thread = await t.factory.thread({ board: en, author: asker, title: `Account restricted ${inQuestion}`, body: 'After a trip.' });
    const reply = await t.factory.reply({ thread, author: await t.factory.user(), body: `It happened after my ${inReply} too.` });
    await indexed();
    expect(threadIds(await search({ query: `${inQuestion} ${inReply}`, locale: 'en' }))).toEqual([thread.id]);
    await t.db.query(`UPDATE posts SET state = 'HIDDEN' WHERE id = $1`, [reply.id]);
    expect(threadIds(await search({ query: `${inQuestion} ${inReply}`, locale: 'en' }))).toEqual([]);
    expect(threadIds(await search({ query: inQuestion, locale: 'en' }))).toEqual([thread.id]);
  });

  it('never finds what the searcher may not read: private, held, hidden and removed posts', async () => {
    const secret = word();
    const privateThread = await t.factory.thread({
      board: zh,
      author: asker,
      private: true,
      title: `账户冻结 ${secret}`,
      body: '请帮我看看',
    });
    const held = await t.factory.thread({ board: zh, author: asker, state: 'HELD', title: `提现问题 ${secret}`, body: '谢谢' });
    const visible = await t.factory.thread({ board: zh, author: asker, title: `正常问题 ${secret}`, body: '谢谢' });
    const removedReply = await t.factory.reply({ thread: visible, author: await t.factory.user(), body: `加我微信 ${secret}` });
    await t.db.query(`UPDATE posts SET state = 'REMOVED' WHERE id = $1`, [removedReply.id]);
    await indexed();
    const ids = async (as: TestUser | null) => threadIds(await search({ query: secret, locale: 'zh-CN' }, as));
    expect(await ids(null)).toEqual([visible.id]);
    expect((await search({ query: secret, locale: 'zh-CN' })).nodes[0].post.id).toBe(visible.questionId);
    expect(await ids(await t.factory.user())).toEqual([visible.id]);
    expect((await ids(asker)).sort()).toEqual([privateThread.id, held.id, visible.id].sort());
    expect(await ids(zhStaff)).toEqual(expect.arrayContaining([privateThread.id, visible.id]));
    expect(await ids(zhStaff)).not.toContain(held.id);
    expect(await ids(staff)).toEqual([visible.id]);
    // A thread made private after it was indexed is gone at once: visibility is read when searching.
    await t.db.query(`UPDATE threads SET private = true WHERE id = $1`, [visible.id]);
    expect(await ids(null)).toEqual([]);
    expect(await ids(moderator)).toEqual(expect.arrayContaining([visible.id, privateThread.id, held.id]));
  });

  it('finds published articles, not drafts, and filters by kind, board and answered', async () => {
    const topic = word();
    const admin = await t.factory.user({ roles: ['ADMIN'], totp: true });
    await t.gql(
      `mutation { createArticleCategory(input: { key: "security", locale: "en", name: "Security" }) { key } }`,
      {},
      { as: admin },
    );
    const create = (slug: string) =>
      t.gql(
        `mutation ($i: CreateArticleInput!) { createArticle(input: $i) { id } }`,
        {
          i: {
            locale: 'en',
            categoryKey: 'security',
            slug,
            title: `Recover your ${topic} settings`,
            body: `How to recover ${topic} access.`,
          },
        },
        { as: staff },
      );
    const published = (await create(`${topic}-a`)).data.createArticle.id;
    await create(`${topic}-b`);
    await t.gql(`mutation ($id: ID!) { publishArticle(id: $id) { id } }`, { id: published }, { as: staff });
    const thread = await t.factory.thread({ board: en, author: asker, title: `Cannot recover ${topic}`, body: 'Help please.' });
    await indexed();
    const all = await search({ query: `recover ${topic}`, locale: 'en' });
    expect(all.nodes.map((h: { kind: string }) => h.kind).sort()).toEqual(['ARTICLE', 'THREAD']);
    expect(all.nodes.find((h: { kind: string }) => h.kind === 'ARTICLE').article.id).toBe(published);
    expect((await search({ query: `recover ${topic}`, locale: 'en', kinds: ['ARTICLE'] })).nodes).toHaveLength(1);
    expect(threadIds(await search({ query: `recover ${topic}`, locale: 'en', boardId: en.id }))).toEqual([thread.id]);
    expect((await search({ query: `recover ${topic}`, locale: 'en', answered: true })).nodes).toEqual([]);
    expect((await search({ query: `recover ${topic}`, locale: 'en', boardId: zh.id })).nodes).toEqual([]);
  });

  it('pages through hits by cursor without gaps or repeats, most relevant first', async () => {
    const topic = word();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++)
      ids.push(
        (
          await t.factory.thread({
            board: en,
            author: asker,
            title: `${topic} question ${i}`,
            body: i % 2 ? `${topic} ${topic} again` : 'once',
          })
        ).id,
      );
    await indexed();
    const seen: string[] = [];
    const scores: number[] = [];
    let after: string | null = null;
    do {
      const page: any = await search({ query: topic, locale: 'en' }, null, { first: 3, after });
      seen.push(...threadIds(page));
      scores.push(...page.nodes.map((h: { score: number }) => h.score));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect([...seen].sort()).toEqual([...ids].sort());
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect((await search({ query: topic, locale: 'en' })).totalCount).toBe(7);
  });

  it('indexes edits and titles as they change', async () => {
    const [before, after] = [word(), word()];
    const thread = await t.factory.thread({ board: en, author: asker, title: `About ${before}`, body: 'Some text.' });
    await indexed();
    const edit = await t.gql(
      `mutation ($i: EditThreadInput!) { editThread(input: $i) { title } }`,
      { i: { threadId: thread.id, title: `About ${after}` } },
      { as: asker },
    );
    expect(edit.errors).toBeUndefined();
    await indexed();
    expect(threadIds(await search({ query: after, locale: 'en' }))).toEqual([thread.id]);
    expect(threadIds(await search({ query: before, locale: 'en' }))).toEqual([]);
  });

  it('suggests similar questions for a title being typed, answered ones first', async () => {
    const topic = word();
    const open = await t.factory.thread({ board: zh, author: asker, title: `${topic} 提币 一直 没有 到账`, body: '怎么办' });
    const answered = await t.factory.thread({ board: zh, author: asker, title: `${topic} 提币 审核`, body: '多久' });
    const answer = await t.factory.reply({ thread: answered, author: zhStaff, body: '通常 24 小时内完成。' });
    await t.db.query(`UPDATE threads SET official_answer_post_id = $2 WHERE id = $1`, [answered.id, answer.id]);
    await indexed();
    const similar = (await t.gql(SIMILAR, { title: `${topic}提币要等多久`, locale: 'zh-CN' })).data.similarQuestions;
    const ids = similar.map((h: { thread: { id: string } | null }) => h.thread?.id);
    expect(ids[0]).toBe(answered.id);
    expect(ids).toContain(open.id);
    expect(similar.length).toBeLessThanOrEqual(5);
  });

  it('refuses an empty or too long query and a bad cursor, and limits searches per address', async () => {
    expect(errorOf(await t.gql(SEARCH, { input: { query: '' } })).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await t.gql(SEARCH, { input: { query: 'x'.repeat(201) } })).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await t.gql(SEARCH, { input: { query: 'withdrawal' }, after: 'WyJ4IiwieSJd' })).code).toBe('BAD_USER_INPUT');
    expect((await search({ query: '，。！', locale: 'zh-CN' })).nodes).toEqual([]);
    const limited = await createTestApp({ BEACON_RATE_LIMITS: 'on' }, { sameDatabaseAs: t });
    try {
      const results = [];
      for (let i = 0; i < 61; i++) results.push(await limited.gql(SEARCH, { input: { query: 'withdrawal' } }));
      expect(results.slice(0, 60).every((r) => !r.errors)).toBe(true);
      expect(errorOf(results[60])).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    } finally {
      await limited.close();
    }
  });
});
