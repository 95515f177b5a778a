import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../support/factory.js';
import { createTestApp, type GqlResult, type TestApp } from '../support/test-app.js';

// A page costs a fixed number of SQL statements, whatever the number of rows on it: relations
// are read with their rows or batched per request, never loaded row by row. A visitor's thread
// page: the thread with its question, official answer and first page of replies, then the
// replies' count; a signed-in viewer adds the one statement that loads them. A moderator's
// first page depends on the thread's language, so it is read once that is known.
const BUDGET = 5;
const THREAD_PAGE_STATEMENTS = { 'a visitor': 2, 'a signed-in user': 3, 'a signed-in moderator': 3 };

const AUTHOR = `author { handle displayName badge { title team locales } }`;
const threadPage = (withOfficialAnswer: boolean) => `query ($id: ID!) {
  thread(id: $id) {
    id title status replyCount lastActivityAt
    board { id slug name }
    ${AUTHOR}
    question { body bodyHtml revision ${AUTHOR} }
    ${withOfficialAnswer ? `officialAnswer { body isOfficialAnswer ${AUTHOR} }` : ''}
    replies(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id body bodyHtml state isOfficialAnswer ${AUTHOR} } } }
  }
}`;
const BOARD_PAGE = `query ($id: ID!) {
  board(id: $id) {
    id name
    threads(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title tags status replyCount lastActivityAt ${AUTHOR} } } }
  }
}`;

describe('query budget', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  // Half of the authors are badged staff, so badges are loaded for some and not for others.
  const authors = (n: number) =>
    Promise.all(
      Array.from({ length: n }, (_, i) => t.factory.user(i % 2 === 0 ? { roles: ['STAFF'], totp: true, staffLocales: ['en'] } : {})),
    );

  const threadWithReplies = async (n: number) => {
    const board = await t.factory.board();
    const thread = await t.factory.thread({ board, author: await t.factory.user({ roles: ['STAFF'], totp: true, staffLocales: ['en'] }) });
    const replies = [];
    for (const author of await authors(n)) replies.push(await t.factory.reply({ thread, author }));
    await t.db.query(`UPDATE threads SET official_answer_post_id = $2 WHERE id = $1`, [thread.id, replies[0].id]);
    return thread;
  };

  const boardWithThreads = async (n: number) => {
    const board = await t.factory.board();
    for (const author of await authors(n)) await t.factory.thread({ board, author });
    return board;
  };

  const cost = (res: GqlResult) => {
    expect(res.errors).toBeUndefined();
    expect(res.sqlQueries).toBeGreaterThan(0);
    return res.sqlQueries;
  };

  const viewers = [
    ['a visitor', () => null],
    ['a signed-in user', () => t.factory.user()],
    ['a signed-in moderator', () => t.factory.user({ roles: ['MODERATOR'], totp: true, moderatorLocales: ['en'] })],
  ] as const;

  const readThread = async (withOfficialAnswer: boolean, replies: number, as: TestUser | null) => {
    const res = await t.gql(threadPage(withOfficialAnswer), { id: (await threadWithReplies(replies)).id }, { as });
    expect(res.data.thread.replies.edges).toHaveLength(replies);
    return res;
  };

  it.each(viewers)('a thread page costs the same for 5 and for 20 replies by distinct authors, for %s', async (who, viewer) => {
    const as = (await viewer()) as TestUser | null;
    const [small, large] = [await readThread(false, 5, as), await readThread(false, 20, as)];
    const edges = large.data.thread.replies.edges;
    expect(new Set(edges.map((e: any) => e.node.author.handle)).size).toBe(20);
    expect(edges.filter((e: any) => e.node.author.badge).length).toBe(10);
    expect(large.data.thread.author.badge.title).toBe('Support');
    expect(cost(large)).toBe(cost(small));
    expect(cost(large)).toBe(THREAD_PAGE_STATEMENTS[who]);
  });

  // Authors and badges are read with their posts, and the question and the official answer with
  // the thread: the count does not depend on the page size, nor on timing.
  it.each(viewers)('a thread page with its official answer costs the same on every request, for %s', async (_who, viewer) => {
    const as = (await viewer()) as TestUser | null;
    const base = cost(await readThread(false, 5, as));
    const costs = [];
    for (const replies of [1, 5, 20, 5, 20, 1]) {
      const res = await readThread(true, replies, as);
      expect(res.data.thread.officialAnswer).toMatchObject({ isOfficialAnswer: true, author: { badge: { title: 'Support' } } });
      costs.push(cost(res));
    }
    expect(new Set(costs)).toEqual(new Set([base]));
  });

  // The first page is read with the thread when the query asks for one; every other selection
  // of replies is still answered as it asks, from its own statement.
  it('reads the first page of replies with the thread, and still answers other pages as asked', async () => {
    const thread = await threadWithReplies(6);
    const all = await t.gql(`query ($id: ID!) { thread(id: $id) { replies(first: 100) { nodes { id } } } }`, { id: thread.id });
    expect(cost(all)).toBe(1);
    const ids: string[] = all.data.thread.replies.nodes.map((n: { id: string }) => n.id);
    expect(ids).toHaveLength(6);

    const viaFragment = await t.gql(
      `query ($id: ID!) { thread(id: $id) { ...Page } } fragment Page on Thread { ... on Thread { replies(first: 4) { pageInfo { hasNextPage endCursor } nodes { id } } } }`,
      { id: thread.id },
    );
    expect(cost(viaFragment)).toBe(1);
    expect(viaFragment.data.thread.replies.nodes.map((n: { id: string }) => n.id)).toEqual(ids.slice(0, 4));
    expect(viaFragment.data.thread.replies.pageInfo.hasNextPage).toBe(true);

    const after = viaFragment.data.thread.replies.pageInfo.endCursor;
    const twoPages = await t.gql(
      `query ($id: ID!, $n: Int, $after: String) { thread(id: $id) { a: replies(first: $n) { nodes { id } } b: replies(first: 3) { nodes { id } } c: replies(first: 3, after: $after) { nodes { id } pageInfo { hasNextPage } } } }`,
      { id: thread.id, n: 2, after },
    );
    expect(cost(twoPages)).toBe(3);
    expect(twoPages.data.thread.a.nodes.map((n: { id: string }) => n.id)).toEqual(ids.slice(0, 2));
    expect(twoPages.data.thread.b.nodes.map((n: { id: string }) => n.id)).toEqual(ids.slice(0, 3));
    expect(twoPages.data.thread.c.nodes.map((n: { id: string }) => n.id)).toEqual(ids.slice(4, 6));
    expect(twoPages.data.thread.c.pageInfo.hasNextPage).toBe(false);

    const noReplies = await t.gql(`query ($id: ID!) { thread(id: $id) { title } }`, { id: thread.id });
    expect(cost(noReplies)).toBe(1);
  });

  it('a board page costs the same for 5 and for 20 threads by distinct authors', async () => {
    const [small, large] = [await boardWithThreads(5), await boardWithThreads(20)];
    const smallRes = await t.gql(BOARD_PAGE, { id: small.id });
    const largeRes = await t.gql(BOARD_PAGE, { id: large.id });
    expect(smallRes.data.board.threads.edges).toHaveLength(5);
    expect(largeRes.data.board.threads.edges).toHaveLength(20);
    expect(largeRes.data.board.threads.totalCount).toBe(20);
    expect(new Set(largeRes.data.board.threads.edges.map((e: any) => e.node.author.handle)).size).toBe(20);
    expect(cost(largeRes)).toBe(cost(smallRes));
    expect(cost(largeRes)).toBeLessThanOrEqual(BUDGET);
  });

  // Signing in (the actor with its session), the thread, and one statement that numbers, stores
  // and counts the reply: no transaction held open across round trips.
  it('a reply costs three statements, whether or not it carries an idempotency key', async () => {
    const thread = await threadWithReplies(1);
    const as = await t.factory.user();
    const create = `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`;
    // The first write of an instance also loads the scam rules it then keeps.
    await t.gql(create, { input: { threadId: thread.id, body: 'Warming up the rules.' } }, { as });
    const plain = await t.gql(create, { input: { threadId: thread.id, body: 'Same here, it cleared after an hour.' } }, { as });
    expect(cost(plain)).toBe(3);
    // The key is looked up first, so a retry can be answered without writing.
    const keyed = await t.gql(
      create,
      { input: { threadId: thread.id, body: 'And again the next day.', idempotencyKey: 'budget-1' } },
      { as },
    );
    expect(cost(keyed)).toBe(4);
  });
});
