import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

const BOARDS = `query ($locale: String) { boards(locale: $locale) { id threadCount lastActivityAt } }`;
const BOARDS_PLAIN = `query ($locale: String) { boards(locale: $locale) { id } }`;

describe('Board.threadCount and Board.lastActivityAt', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const activityOf = async (locale: string, as?: { token: string }) => {
    const res = await t.gql(BOARDS, { locale }, { as });
    expect(res.errors).toBeUndefined();
    return new Map<string, { threadCount: number; lastActivityAt: string | null }>(
      res.data.boards.map((b: any) => [b.id, { threadCount: b.threadCount, lastActivityAt: b.lastActivityAt }]),
    );
  };

  it('counts the threads the board lists for the viewer, and dates the latest of them', async () => {
    const board = await t.factory.board({ locale: 'en' });
    const empty = await t.factory.board({ locale: 'en' });
    const asker = await t.factory.user({ locale: 'en' });
    const moderator = await t.factory.user({ locale: 'en', roles: ['MODERATOR'], moderatorLocales: ['en'], totp: true });
    const at = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000);
    await t.factory.thread({ board, author: asker, createdAt: at(3) });
    await t.factory.thread({ board, author: asker, createdAt: at(2) });
    // Newer, but not listed for visitors: a private question, a held one, a removed one.
    await t.factory.thread({ board, author: asker, private: true, createdAt: at(1) });
    await t.factory.thread({ board, author: asker, state: 'HELD', createdAt: at(1) });
    await t.factory.thread({ board, author: asker, state: 'REMOVED', createdAt: at(0) });

    const visitor = await activityOf('en');
    expect(visitor.get(board.id)!.threadCount).toBe(2);
    expect(Math.abs(new Date(visitor.get(board.id)!.lastActivityAt!).getTime() - at(2).getTime())).toBeLessThan(1000);
    expect(visitor.get(empty.id)).toEqual({ threadCount: 0, lastActivityAt: null });

    // Another user sees what visitors see; the asker also their private and held questions, and
    // so do the moderators of the language; the removed thread is listed for nobody (moderators
    // find it through the review queue and the log).
    expect((await activityOf('en', await t.factory.user({ locale: 'en' }))).get(board.id)!.threadCount).toBe(2);
    expect((await activityOf('en', asker)).get(board.id)!.threadCount).toBe(4);
    expect((await activityOf('en', moderator)).get(board.id)!.threadCount).toBe(4);
  });

  it('reads every board’s figures in one statement, however many boards there are (no N+1)', async () => {
    const author = await t.factory.user({ locale: 'zh-CN' });
    const statements = async () => {
      const plain = await t.gql(BOARDS_PLAIN, { locale: 'zh-CN' });
      const withActivity = await t.gql(BOARDS, { locale: 'zh-CN' });
      expect(withActivity.errors).toBeUndefined();
      return { boards: withActivity.data.boards.length as number, extra: withActivity.sqlQueries - plain.sqlQueries };
    };
    for (let i = 0; i < 2; i++) await t.factory.thread({ board: await t.factory.board({ locale: 'zh-CN' }), author });
    const few = await statements();
    for (let i = 0; i < 6; i++) await t.factory.thread({ board: await t.factory.board({ locale: 'zh-CN' }), author });
    const many = await statements();
    expect([few.boards, many.boards]).toEqual([2, 8]);
    expect(few.extra).toBe(1);
    expect(many.extra).toBe(1);
  });
});
