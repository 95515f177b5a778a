import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Factory, TestBoard, TestThread, TestUser } from '../support/factory.js';
import { createTestApp, errorOf, type GqlResult, type TestApp } from '../support/test-app.js';

// Who calls. Every row acts on an English thread (or board) and its reply.
const ROLES = ['visitor', 'user', 'staff', 'staff of zh-CN', 'staff without 2FA', 'moderator', 'admin'] as const;
type Role = (typeof ROLES)[number];
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'TWO_FACTOR_REQUIRED';
type UserOptions = Parameters<Factory['user']>[0];

const ACCOUNTS: Record<Exclude<Role, 'visitor'>, UserOptions> = {
  user: {},
  staff: { roles: ['STAFF'], totp: true, staffLocales: ['en'] },
  'staff of zh-CN': { roles: ['STAFF'], totp: true, staffLocales: ['zh-CN'] },
  'staff without 2FA': { roles: ['STAFF'], totp: false, staffLocales: ['en'] },
  moderator: { roles: ['MODERATOR'], totp: true, moderatorLocales: ['en'] },
  admin: { roles: ['ADMIN'], totp: true },
};

const ok = 'ok',
  UNAUTH = 'UNAUTHENTICATED',
  FORBID = 'FORBIDDEN',
  TFA = 'TWO_FACTOR_REQUIRED';
// prettier-ignore
const MATRIX: Record<string, Outcome[]> = {
  //                              visitor user    staff   staff   staff   moder.  admin
  //                                                      zh-CN   no 2FA
  grantStaffBadge:               [UNAUTH, FORBID, FORBID, FORBID, FORBID, FORBID, ok],
  revokeStaffBadge:              [UNAUTH, FORBID, FORBID, FORBID, FORBID, FORBID, ok],
  markOfficialAnswer:            [UNAUTH, FORBID, ok,     FORBID, TFA,    FORBID, ok],
  unmarkOfficialAnswer:          [UNAUTH, FORBID, ok,     FORBID, TFA,    FORBID, ok],
  staffQueue:                    [UNAUTH, FORBID, ok,     ok,     TFA,    FORBID, ok],
  'staffQueue (en)':             [UNAUTH, FORBID, ok,     FORBID, TFA,    FORBID, ok],
  staffMetrics:                  [UNAUTH, FORBID, ok,     FORBID, TFA,    FORBID, ok],
  verifyStaff:                   [ok,     ok,     ok,     ok,     ok,     ok,     ok],
  'createThread (announcement)': [UNAUTH, FORBID, ok,     FORBID, TFA,    FORBID, ok],
  'createPost (announcement)':   [UNAUTH, FORBID, ok,     FORBID, TFA,    FORBID, ok],
  staffLookalikes:               [UNAUTH, FORBID, FORBID, FORBID, FORBID, ok,     ok],
  dismissStaffLookalike:         [UNAUTH, FORBID, FORBID, FORBID, FORBID, ok,     ok],
};

interface Scene {
  actor: TestUser | null;
  member: TestUser;
  board: TestBoard;
  announcements: TestBoard;
  thread: TestThread;
  announcement: TestThread;
  reply: { id: string };
  imitator: TestUser;
}

interface Operation {
  run(s: Scene): Promise<GqlResult>;
  // What a success did, and a refusal left undone, read from the database (reads: nothing).
  applied?(s: Scene): Promise<boolean>;
}

describe('authorization matrix of staff operations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const as = (s: Scene) => ({ as: s.actor });
  const one = async (sql: string, params: unknown[]) => (await t.db.query(sql, params))[0];
  const officialOf = async (s: Scene) => (await one(`SELECT official_answer_post_id AS id FROM threads WHERE id = $1`, [s.thread.id])).id;

  const OPERATIONS: Record<keyof typeof MATRIX, Operation> = {
    grantStaffBadge: {
      run: (s) =>
        t.gql(
          `mutation ($i: GrantStaffBadgeInput!) { grantStaffBadge(input: $i) { id } }`,
          { i: { userId: s.imitator.id, title: 'Support', team: 'Support', locales: ['en'] } },
          as(s),
        ),
      applied: async (s) => !!(await one(`SELECT 1 AS x FROM staff_badges WHERE user_id = $1 AND revoked_at IS NULL`, [s.imitator.id])),
    },
    revokeStaffBadge: {
      run: (s) =>
        t.gql(`mutation ($id: ID!) { revokeStaffBadge(userId: $id, reason: "left the team") { id } }`, { id: s.member.id }, as(s)),
      applied: async (s) => !(await one(`SELECT 1 AS x FROM staff_badges WHERE user_id = $1 AND revoked_at IS NULL`, [s.member.id])),
    },
    markOfficialAnswer: {
      run: (s) => t.gql(`mutation ($id: ID!) { markOfficialAnswer(postId: $id) { id } }`, { id: s.reply.id }, as(s)),
      applied: async (s) => (await officialOf(s)) === s.reply.id,
    },
    unmarkOfficialAnswer: {
      run: async (s) => {
        await t.db.query(`UPDATE threads SET official_answer_post_id = $2 WHERE id = $1`, [s.thread.id, s.reply.id]);
        return t.gql(`mutation ($id: ID!) { unmarkOfficialAnswer(threadId: $id) { id } }`, { id: s.thread.id }, as(s));
      },
      applied: async (s) => (await officialOf(s)) === null,
    },
    staffQueue: { run: (s) => t.gql(`{ staffQueue { totalCount } }`, {}, as(s)) },
    'staffQueue (en)': { run: (s) => t.gql(`{ staffQueue(locales: ["en"]) { totalCount } }`, {}, as(s)) },
    staffMetrics: {
      run: (s) =>
        t.gql(
          `query ($since: DateTime!) { staffMetrics(locale: "en", since: $since) { unanswered } }`,
          { since: new Date(Date.now() - 86_400_000).toISOString() },
          as(s),
        ),
    },
    verifyStaff: { run: (s) => t.gql(`query ($h: String!) { verifyStaff(handle: $h) { isOfficial } }`, { h: s.member.handle }, as(s)) },
    'createThread (announcement)': {
      run: (s) =>
        t.gql(
          `mutation ($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
          { i: { boardId: s.announcements.id, title: 'Maintenance tonight', body: 'From 02:00 UTC.' } },
          as(s),
        ),
      applied: async (s) => (await one(`SELECT count(*)::int AS n FROM threads WHERE board_id = $1`, [s.announcements.id])).n === 2,
    },
    'createPost (announcement)': {
      run: (s) =>
        t.gql(
          `mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }`,
          { i: { threadId: s.announcement.id, body: 'Extended by an hour.' } },
          as(s),
        ),
      applied: async (s) => (await one(`SELECT reply_count FROM threads WHERE id = $1`, [s.announcement.id])).reply_count === 1,
    },
    staffLookalikes: { run: (s) => t.gql(`{ staffLookalikes { totalCount } }`, {}, as(s)) },
    dismissStaffLookalike: {
      run: (s) =>
        t.gql(
          `mutation ($u: ID!, $s: ID!) { dismissStaffLookalike(userId: $u, staffId: $s, reason: "not an imitation") }`,
          { u: s.imitator.id, s: s.member.id },
          as(s),
        ),
      applied: async (s) =>
        (await one(`SELECT resolved_at FROM staff_lookalikes WHERE user_id = $1`, [s.imitator.id])).resolved_at !== null,
    },
  };

  const scene = async (role: Role): Promise<Scene> => {
    const member = await t.factory.user({ roles: ['STAFF'], totp: true, staffLocales: ['en'] });
    const board = await t.factory.board({ locale: 'en' });
    const announcements = await t.factory.board({ locale: 'en', kind: 'ANNOUNCEMENTS' });
    const asker = await t.factory.user();
    const thread = await t.factory.thread({ board, author: asker });
    const reply = await t.factory.reply({ thread, author: member });
    const announcement = await t.factory.thread({ board: announcements, author: member });
    const imitator = await t.factory.user();
    await t.db.query(`INSERT INTO staff_lookalikes (user_id, staff_id, field, name) VALUES ($1, $2, 'handle', $3)`, [
      imitator.id,
      member.id,
      imitator.handle,
    ]);
    const actor = role === 'visitor' ? null : await t.factory.user(ACCOUNTS[role]);
    return { actor, member, board, announcements, thread, announcement, reply, imitator };
  };

  it('states an outcome for every role of every operation', () => {
    expect(Object.values(MATRIX).every((outcomes) => outcomes.length === ROLES.length)).toBe(true);
    expect(Object.keys(OPERATIONS).sort()).toEqual(Object.keys(MATRIX).sort());
  });

  const rows = Object.entries(MATRIX).flatMap(([operation, outcomes]) => ROLES.map((role, i) => [operation, role, outcomes[i]] as const));

  it.concurrent.each(rows)('%s by the %s: %s', async (operation, role, expected) => {
    const s = await scene(role);
    const res = await OPERATIONS[operation].run(s);
    const applied = OPERATIONS[operation].applied;
    if (expected === 'ok') {
      expect(res.errors).toBeUndefined();
      if (applied) expect(await applied(s)).toBe(true);
    } else {
      expect(errorOf(res).code).toBe(expected);
      expect(res.data).toBeNull();
      if (applied) expect(await applied(s)).toBe(false);
    }
  });
});
