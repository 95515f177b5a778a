import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../apps/api/src/auth/actor.js';
import {
  canSeePost,
  isListed,
  listedThreadsSql,
  visiblePostsOfThreadSql,
  visiblePostsSql,
  type PostFacts,
  type ThreadFacts,
} from '../../apps/api/src/access/content-visibility.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// The rules are written once, as conditions; the predicates and the SQL are both derived from
// them. This suite holds the two derivations to each other on PostgreSQL itself, for every
// combination of the facts the rules read and every kind of viewer.
const STATES = ['VISIBLE', 'HELD', 'HIDDEN', 'REMOVED'];
const LOCALES = ['en', 'zh-CN'];
const VIEWER_ID = randomUUID();
const OTHER_ID = randomUUID();

function actor(overrides: Partial<Actor>): Actor {
  return {
    id: VIEWER_ID,
    handle: 'viewer',
    locale: 'en',
    roles: ['USER'],
    moderatorLocales: [],
    staffLocales: [],
    totpEnabled: true,
    bannedUntil: null,
    banReason: null,
    sessionId: randomUUID(),
    createdAt: new Date(),
    ...overrides,
  };
}

const VIEWERS: Array<[string, Actor | null]> = [
  ['visitor', null],
  ['user', actor({})],
  ['staff of en', actor({ roles: ['USER', 'STAFF'], staffLocales: ['en'] })],
  ['staff of en without 2FA', actor({ roles: ['USER', 'STAFF'], staffLocales: ['en'], totpEnabled: false })],
  ['moderator of en', actor({ roles: ['USER', 'MODERATOR'], moderatorLocales: ['en'] })],
  ['moderator of en without 2FA', actor({ roles: ['USER', 'MODERATOR'], moderatorLocales: ['en'], totpEnabled: false })],
  ['admin', actor({ roles: ['USER', 'ADMIN'] })],
];

const THREADS: ThreadFacts[] = STATES.flatMap((state) =>
  [true, false].flatMap((isPrivate) =>
    [VIEWER_ID, OTHER_ID].flatMap((authorId) => LOCALES.map((locale) => ({ state, private: isPrivate, authorId, locale }))),
  ),
);
const POSTS: PostFacts[] = THREADS.flatMap((thread) =>
  STATES.flatMap((state) =>
    [VIEWER_ID, OTHER_ID].flatMap((authorId) => [1, 2].map((postNumber) => ({ thread, state, authorId, postNumber }))),
  ),
);

describe('visibility rules: the SQL filters agree with the predicates on every combination of facts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  // Rows of facts under the aliases the SQL filters name: thread t, its board b, post p.
  async function matching(rows: unknown[][], columns: string, where: string, params: unknown[]): Promise<number[]> {
    const values = rows
      .map((row, i) => `(${[i, ...row.map((_, j) => `$${params.length + 1 + i * row.length + j}`)].join(', ')})`)
      .join(', ');
    const result: Array<{ i: number }> = await t.db.query(
      `SELECT f.i FROM (VALUES ${values}) AS f(${columns})
         CROSS JOIN LATERAL (SELECT f.t_state AS state, f.t_private::boolean AS private, f.t_author::uuid AS author_id) t
         CROSS JOIN LATERAL (SELECT f.locale AS locale) b
         CROSS JOIN LATERAL (SELECT f.p_state AS state, f.p_author::uuid AS author_id, f.p_number::int AS post_number) p
        WHERE ${where} ORDER BY f.i`,
      [...params, ...rows.flat()],
    );
    return result.map((r) => r.i);
  }
  const postRow = (p: PostFacts) => [
    p.thread.state,
    p.thread.private,
    p.thread.authorId,
    p.thread.locale,
    p.state,
    p.authorId,
    p.postNumber,
  ];
  const COLUMNS = 'i, t_state, t_private, t_author, locale, p_state, p_author, p_number';
  const expected = <T>(items: T[], rule: (item: T) => boolean) => items.flatMap((item, i) => (rule(item) ? [i] : []));

  it.each(VIEWERS)('posts read with their thread: visiblePostsSql = canSeePost, for a %s', async (_name, viewer) => {
    const params: unknown[] = [];
    const where = visiblePostsSql(viewer, params);
    expect(await matching(POSTS.map(postRow), COLUMNS, where, params)).toEqual(expected(POSTS, (p) => canSeePost(viewer, p)));
  });

  it.each(VIEWERS)('posts of a thread already read: visiblePostsOfThreadSql = canSeePost, for a %s', async (_name, viewer) => {
    for (const thread of THREADS) {
      const posts = POSTS.filter((p) => p.thread === thread);
      const params: unknown[] = [];
      const where = visiblePostsOfThreadSql(viewer, thread, params);
      expect(await matching(posts.map(postRow), COLUMNS, where, params), JSON.stringify(thread)).toEqual(
        expected(posts, (p) => canSeePost(viewer, p)),
      );
    }
  });

  it.each(VIEWERS)('board listings: listedThreadsSql = isListed, for a %s', async (_name, viewer) => {
    for (const locale of LOCALES) {
      const threads = THREADS.filter((th) => th.locale === locale);
      const params: unknown[] = [];
      const where = listedThreadsSql(viewer, locale, params);
      const rows = threads.map((th) => [th.state, th.private, th.authorId, th.locale, 'VISIBLE', OTHER_ID, 1]);
      expect(await matching(rows, COLUMNS, where, params), locale).toEqual(expected(threads, (th) => isListed(viewer, th)));
    }
  });

  // The agreement above would also hold for rules that show nothing: these pin the cases
  // every forum user relies on.
  it('shows what it should', () => {
    const [, user] = VIEWERS[1];
    const publicPost = POSTS.find(
      (p) => p.thread.state === 'VISIBLE' && !p.thread.private && p.state === 'VISIBLE' && p.authorId === OTHER_ID,
    )!;
    const privateOfOther = POSTS.find((p) => p.thread.private && p.thread.authorId === OTHER_ID && p.state === 'VISIBLE')!;
    expect(canSeePost(null, publicPost)).toBe(true);
    expect(canSeePost(user, privateOfOther)).toBe(false);
    expect(canSeePost(VIEWERS[2][1], { ...privateOfOther, thread: { ...privateOfOther.thread, locale: 'en' } })).toBe(true);
    expect(canSeePost(VIEWERS[3][1], { ...privateOfOther, thread: { ...privateOfOther.thread, locale: 'en' } })).toBe(false);
    expect(canSeePost(VIEWERS[2][1], { ...privateOfOther, thread: { ...privateOfOther.thread, locale: 'zh-CN' } })).toBe(false);
  });
});
