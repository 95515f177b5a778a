import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Factory, TestBoard, TestUser } from '../support/factory.js';
import { createTestApp, errorOf, type TestApp } from '../support/test-app.js';

const GRANT = `mutation ($input: GrantStaffBadgeInput!) { grantStaffBadge(input: $input) { id roles badge { title team locales } } }`;
const REVOKE = `mutation ($id: ID!, $reason: String!) { revokeStaffBadge(userId: $id, reason: $reason) { id roles badge { title } } }`;
const QUEUE = `query ($locales: [String!], $first: Int, $after: String) { staffQueue(locales: $locales, first: $first, after: $after) { nodes { id private } pageInfo { hasNextPage endCursor } totalCount } }`;
const METRICS = `query ($locale: String!, $since: DateTime!) { staffMetrics(locale: $locale, since: $since) { locale unanswered answered medianFirstResponseSeconds p90FirstResponseSeconds } }`;
type UserOptions = Parameters<Factory['user']>[0];

describe('staff badges', () => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.factory.user({ roles: ['ADMIN'], totp: true });
    await t.factory.board({ locale: 'en' });
    await t.factory.board({ locale: 'zh-CN' });
  });
  afterAll(() => t.close());

  const grant = (userId: string, locales = ['en'], as = admin) =>
    t.gql(GRANT, { input: { userId, title: 'Official support', team: 'Support', locales } }, { as });

  it('grants a badge and the STAFF role, logged in the same transaction; a new grant replaces the badge and keeps the history', async () => {
    const user = await t.factory.user({ totp: true });
    const res = await grant(user.id);
    expect(res.data.grantStaffBadge).toEqual({
      id: user.id,
      roles: ['USER', 'STAFF'],
      badge: { title: 'Official support', team: 'Support', locales: ['en'] },
    });
    await grant(user.id, ['en', 'zh-CN']);
    const badges = await t.db.query(
      `SELECT locales, revoked_at IS NOT NULL AS revoked FROM staff_badges WHERE user_id = $1 ORDER BY granted_at`,
      [user.id],
    );
    expect(badges).toEqual([
      { locales: ['en'], revoked: true },
      { locales: ['en', 'zh-CN'], revoked: false },
    ]);
    const log = await t.db.query(`SELECT action, actor_id, after FROM moderation_log WHERE target_id = $1 ORDER BY created_at`, [user.id]);
    expect(log.map((l: { action: string }) => l.action)).toEqual(['GRANT_BADGE', 'GRANT_BADGE']);
    expect(log[0]).toMatchObject({ actor_id: admin.id, after: { roles: ['USER', 'STAFF'], badge: { locales: ['en'] } } });
  });

  it('revokes: badge and role end at once, also for a session already open', async () => {
    const user = await t.factory.user({ totp: true });
    await grant(user.id);
    const board = await t.factory.board({ locale: 'en', kind: 'ANNOUNCEMENTS' });
    const announce = (title: string) =>
      t.gql(
        `mutation ($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
        { input: { boardId: board.id, title, body: 'Maintenance tonight at 02:00 UTC.' } },
        { as: user },
      );
    expect((await announce('Maintenance tonight')).errors).toBeUndefined();
    const res = await t.gql(REVOKE, { id: user.id, reason: 'left the team' }, { as: admin });
    expect(res.data.revokeStaffBadge).toEqual({ id: user.id, roles: ['USER'], badge: null });
    expect(errorOf(await announce('Maintenance again')).code).toBe('FORBIDDEN');
    const [log] = await t.db.query(`SELECT reason FROM moderation_log WHERE target_id = $1 AND action = 'REVOKE_BADGE'`, [user.id]);
    expect(log.reason).toBe('left the team');
    expect(errorOf(await t.gql(REVOKE, { id: user.id, reason: 'again' }, { as: admin })).code).toBe('CONFLICT');
  });

  it('refuses a language without boards and an unknown account, and everyone but an admin with 2FA', async () => {
    const user = await t.factory.user();
    await t.db.query(`DELETE FROM boards WHERE locale = 'zh-CN'`);
    const noBoards = errorOf(await grant(user.id, ['zh-CN']));
    expect(noBoards).toMatchObject({ code: 'BAD_USER_INPUT', fields: { locales: 'There are no boards in zh-CN.' } });
    await t.factory.board({ locale: 'zh-CN' });
    expect(errorOf(await grant(user.id, ['fr'])).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await grant('00000000-0000-4000-8000-000000000000')).code).toBe('NOT_FOUND');
    for (const [options, code] of [
      [{}, 'FORBIDDEN'],
      [{ roles: ['STAFF'], totp: true, staffLocales: ['en'] }, 'FORBIDDEN'],
      [{ roles: ['MODERATOR'], totp: true, moderatorLocales: ['en'] }, 'FORBIDDEN'],
      [{ roles: ['ADMIN'], totp: false }, 'TWO_FACTOR_REQUIRED'],
    ] as [UserOptions, string][]) {
      const caller = await t.factory.user(options);
      expect(errorOf(await grant(user.id, ['en'], caller)).code).toBe(code);
      expect(errorOf(await t.gql(REVOKE, { id: user.id, reason: 'no' }, { as: caller })).code).toBe(code);
    }
    expect(errorOf(await t.gql(GRANT, { input: { userId: user.id, title: 'x', team: 'Support', locales: ['en'] } })).code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('shows a new badge on a visitor page already cached', async () => {
    const cached = await createTestApp({ ANONYMOUS_CACHE_SECONDS: '60' }, { sameDatabaseAs: t });
    try {
      const board = await t.factory.board({ locale: 'en' });
      const user = await t.factory.user({ totp: true });
      const thread = await t.factory.thread({ board, author: user });
      const PAGE = `query ($id: ID!) { thread(id: $id) { author { badge { title } } } }`;
      expect((await cached.gql(PAGE, { id: thread.id })).data.thread.author.badge).toBeNull();
      expect((await cached.gql(PAGE, { id: thread.id })).headers['x-anonymous-cache']).toBe('hit');
      await grant(user.id);
      await expect
        .poll(async () => (await cached.gql(PAGE, { id: thread.id })).data.thread.author.badge, { timeout: 5000, interval: 20 })
        .toEqual({ title: 'Official support' });
    } finally {
      await cached.close();
    }
  });
});

describe('staff queue and first-response metrics', () => {
  let t: TestApp;
  let en: TestBoard;
  let zh: TestBoard;
  let staffEn: TestUser;
  const since = new Date(Date.now() - 30 * 86_400_000);
  beforeAll(async () => {
    t = await createTestApp();
    en = await t.factory.board({ locale: 'en' });
    zh = await t.factory.board({ locale: 'zh-CN' });
    staffEn = await t.factory.user({ roles: ['STAFF'], totp: true, staffLocales: ['en'] });
  });
  afterAll(() => t.close());

  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

  it('lists open questions without a staff reply, oldest first, private ones included, page by page', async () => {
    const asker = await t.factory.user();
    const old = await t.factory.thread({ board: en, author: asker, createdAt: daysAgo(3) });
    const privateOne = await t.factory.thread({ board: en, author: asker, private: true, createdAt: daysAgo(2) });
    const answered = await t.factory.thread({ board: en, author: asker, createdAt: daysAgo(1) });
    await t.db.query(`UPDATE threads SET first_staff_response_at = now() WHERE id = $1`, [answered.id]);
    await t.factory.thread({ board: en, author: asker, locked: true, createdAt: daysAgo(1) });
    await t.factory.thread({ board: zh, author: asker, createdAt: daysAgo(4) });
    const newest = await t.factory.thread({ board: en, author: asker });
    const first = (await t.gql(QUEUE, { first: 2 }, { as: staffEn })).data.staffQueue;
    expect(first.nodes).toEqual([
      { id: old.id, private: false },
      { id: privateOne.id, private: true },
    ]);
    expect(first.totalCount).toBe(3);
    const second = (await t.gql(QUEUE, { first: 2, after: first.pageInfo.endCursor }, { as: staffEn })).data.staffQueue;
    expect(second.nodes.map((n: { id: string }) => n.id)).toEqual([newest.id]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses languages outside the caller’s badge, and callers who are not staff with 2FA', async () => {
    expect(errorOf(await t.gql(QUEUE, { locales: ['zh-CN'] }, { as: staffEn })).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(METRICS, { locale: 'zh-CN', since }, { as: staffEn })).code).toBe('FORBIDDEN');
    const admin = await t.factory.user({ roles: ['ADMIN'], totp: true });
    expect((await t.gql(QUEUE, { locales: ['zh-CN', 'en'] }, { as: admin })).errors).toBeUndefined();
    for (const [options, code] of [
      [null, 'UNAUTHENTICATED'],
      [{}, 'FORBIDDEN'],
      [{ roles: ['MODERATOR'], totp: true, moderatorLocales: ['en'] }, 'FORBIDDEN'],
      [{ roles: ['STAFF'], totp: false, staffLocales: ['en'] }, 'TWO_FACTOR_REQUIRED'],
    ] as [UserOptions | null, string][]) {
      const caller = options ? await t.factory.user(options) : null;
      expect(errorOf(await t.gql(QUEUE, {}, caller ? { as: caller } : {})).code).toBe(code);
      expect(errorOf(await t.gql(METRICS, { locale: 'en', since }, caller ? { as: caller } : {})).code).toBe(code);
    }
  });

  // Ten questions answered after 1 to 10 minutes: median 330 s, p90 546 s (linear interpolation).
  it('computes the median and p90 of the first staff response in SQL, over questions asked since the date', async () => {
    // A database of its own, so that other tests' questions do not enter the figures.
    const fresh = await createTestApp();
    try {
      const b = await fresh.factory.board({ locale: 'en' });
      const asker = await fresh.factory.user();
      const staff = await fresh.factory.user({ roles: ['STAFF'], totp: true, staffLocales: ['en'] });
      for (let k = 1; k <= 10; k++) {
        const thread = await fresh.factory.thread({ board: b, author: asker, createdAt: daysAgo(2), private: k === 10 });
        await fresh.db.query(`UPDATE threads SET first_staff_response_at = created_at + make_interval(mins => $2) WHERE id = $1`, [
          thread.id,
          k,
        ]);
      }
      await fresh.factory.thread({ board: b, author: asker, createdAt: daysAgo(1) });
      await fresh.factory.thread({ board: b, author: asker, createdAt: daysAgo(1), private: true });
      const before = await fresh.factory.thread({ board: b, author: asker, createdAt: daysAgo(60) });
      await fresh.db.query(`UPDATE threads SET first_staff_response_at = created_at + interval '5 days' WHERE id = $1`, [before.id]);
      const m = (await fresh.gql(METRICS, { locale: 'en', since }, { as: staff })).data.staffMetrics;
      expect(m).toEqual({ locale: 'en', unanswered: 1, answered: 10, medianFirstResponseSeconds: 330, p90FirstResponseSeconds: 546 });
    } finally {
      await fresh.close();
    }
  });
});
