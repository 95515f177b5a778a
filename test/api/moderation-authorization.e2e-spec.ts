import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Factory, TestBoard, TestThread, TestUser } from '../support/factory.js';
import { createTestApp, errorOf, type GqlResult, type TestApp } from '../support/test-app.js';

// Who calls. Every row acts on content of `user` in an English board; "the author" is that user
// acting on their own post.
const ROLES = [
  'visitor',
  'user',
  'the author',
  'banned user',
  'staff',
  'moderator',
  'moderator of zh-CN',
  'moderator without 2FA',
  'admin',
] as const;
type Role = (typeof ROLES)[number];
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'TWO_FACTOR_REQUIRED' | 'BANNED';
type UserOptions = Parameters<Factory['user']>[0];

const ACCOUNTS: Record<Exclude<Role, 'visitor' | 'the author'>, UserOptions> = {
  user: {},
  'banned user': { bannedUntil: new Date(Date.now() + 7 * 86_400_000), banReason: 'scam links' },
  staff: { roles: ['STAFF'], totp: true, staffLocales: ['en'] },
  moderator: { roles: ['MODERATOR'], totp: true, moderatorLocales: ['en'] },
  'moderator of zh-CN': { roles: ['MODERATOR'], totp: true, moderatorLocales: ['zh-CN'] },
  'moderator without 2FA': { roles: ['MODERATOR'], totp: false, moderatorLocales: ['en'] },
  admin: { roles: ['ADMIN'], totp: true },
};

const ok = 'ok',
  UNAUTH = 'UNAUTHENTICATED',
  FORBID = 'FORBIDDEN',
  TFA = 'TWO_FACTOR_REQUIRED',
  BANNED = 'BANNED';
// prettier-ignore
const MATRIX: Record<string, Outcome[]> = {
  //                           visitor user    author  banned  staff   moder.  moder.  moder.  admin
  //                                                                           zh-CN   no 2FA
  reportPost:                 [UNAUTH, ok,     FORBID, BANNED, ok,     ok,     ok,     TFA,    ok],
  reviewQueue:                [UNAUTH, FORBID, FORBID, FORBID, FORBID, ok,     ok,     TFA,    ok],
  'reviewQueue (en)':         [UNAUTH, FORBID, FORBID, FORBID, FORBID, ok,     FORBID, TFA,    ok],
  moderationLog:              [UNAUTH, FORBID, FORBID, FORBID, FORBID, ok,     ok,     TFA,    ok],
  moderatePost:               [UNAUTH, FORBID, FORBID, FORBID, FORBID, ok,     FORBID, TFA,    ok],
  lockThread:                 [UNAUTH, FORBID, FORBID, FORBID, FORBID, ok,     FORBID, TFA,    ok],
  unlockThread:               [UNAUTH, FORBID, FORBID, FORBID, FORBID, ok,     FORBID, TFA,    ok],
  pinThread:                  [UNAUTH, FORBID, FORBID, FORBID, FORBID, ok,     FORBID, TFA,    ok],
  moveThread:                 [UNAUTH, FORBID, FORBID, FORBID, FORBID, ok,     FORBID, TFA,    ok],
  banUser:                    [UNAUTH, FORBID, FORBID, FORBID, FORBID, ok,     ok,     TFA,    ok],
  unbanUser:                  [UNAUTH, FORBID, FORBID, FORBID, FORBID, ok,     ok,     TFA,    ok],
  purgeUserContent:           [UNAUTH, FORBID, FORBID, FORBID, FORBID, ok,     FORBID, TFA,    ok],
  restoreUserContent:         [UNAUTH, FORBID, FORBID, FORBID, FORBID, ok,     FORBID, TFA,    ok],
};

interface Scene {
  role: Role;
  actor: TestUser | null;
  user: TestUser;
  board: TestBoard;
  thread: TestThread;
  reply: { id: string };
}

interface Operation {
  run(s: Scene): Promise<GqlResult>;
  // What a success did, and that a refusal left undone: checked in the database.
  applied(s: Scene): Promise<boolean>;
}

describe('authorization matrix of moderation', () => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.factory.user({ roles: ['ADMIN'], totp: true });
  });
  afterAll(() => t.close());

  const as = (s: Scene) => ({ as: s.actor });
  const one = async (sql: string, params: unknown[]) => (await t.db.query(sql, params))[0];
  const logged = async (targetId: string, action: string) =>
    !!(await one(`SELECT 1 AS x FROM moderation_log WHERE target_id = $1 AND action = $2`, [targetId, action]));
  const threadFlag = (s: Scene, mutation: string, args: string) =>
    t.gql(`mutation ($id: ID!) { ${mutation}(threadId: $id, ${args}) { id } }`, { id: s.thread.id }, as(s));
  const queue = (s: Scene, locales?: string[]) =>
    t.gql(`query ($l: [String!]) { reviewQueue(locales: $l) { totalCount } }`, { l: locales }, as(s));
  const readOnly = async () => true;

  const OPERATIONS: Record<keyof typeof MATRIX, Operation> = {
    reportPost: {
      run: (s) =>
        t.gql(`mutation ($i: ReportPostInput!) { reportPost(input: $i) { id } }`, { i: { postId: s.reply.id, reason: 'SCAM' } }, as(s)),
      applied: async (s) => !!(await one(`SELECT 1 AS x FROM reports WHERE post_id = $1`, [s.reply.id])),
    },
    reviewQueue: { run: (s) => queue(s), applied: readOnly },
    'reviewQueue (en)': { run: (s) => queue(s, ['en']), applied: readOnly },
    moderationLog: { run: (s) => t.gql(`{ moderationLog { totalCount } }`, {}, as(s)), applied: readOnly },
    moderatePost: {
      run: (s) =>
        t.gql(
          `mutation ($i: ModeratePostInput!) { moderatePost(input: $i) { id } }`,
          { i: { postId: s.reply.id, action: 'HIDE', reason: 'scam' } },
          as(s),
        ),
      applied: async (s) => (await one(`SELECT state FROM posts WHERE id = $1`, [s.reply.id])).state === 'HIDDEN',
    },
    lockThread: {
      run: (s) => threadFlag(s, 'lockThread', 'reason: "heated"'),
      applied: async (s) => (await one(`SELECT locked FROM threads WHERE id = $1`, [s.thread.id])).locked,
    },
    unlockThread: {
      run: async (s) => {
        await t.db.query(`UPDATE threads SET locked = true WHERE id = $1`, [s.thread.id]);
        return threadFlag(s, 'unlockThread', 'reason: "calm again"');
      },
      applied: async (s) => !(await one(`SELECT locked FROM threads WHERE id = $1`, [s.thread.id])).locked,
    },
    pinThread: {
      run: (s) => threadFlag(s, 'pinThread', 'pinned: true'),
      applied: async (s) => (await one(`SELECT pinned FROM threads WHERE id = $1`, [s.thread.id])).pinned,
    },
    moveThread: {
      run: async (s) => {
        const target = await t.factory.board({ locale: 'en' });
        return t.gql(
          `mutation ($id: ID!, $b: ID!) { moveThread(threadId: $id, boardId: $b, reason: "better fit") { id } }`,
          { id: s.thread.id, b: target.id },
          as(s),
        );
      },
      applied: async (s) => (await one(`SELECT board_id FROM threads WHERE id = $1`, [s.thread.id])).board_id !== s.board.id,
    },
    banUser: {
      run: (s) =>
        t.gql(`mutation ($i: BanUserInput!) { banUser(input: $i) { id } }`, { i: { userId: s.user.id, reason: 'scam links' } }, as(s)),
      applied: async (s) => (await one(`SELECT banned_until FROM users WHERE id = $1`, [s.user.id])).banned_until !== null,
    },
    unbanUser: {
      run: async (s) => {
        await t.db.query(`UPDATE users SET banned_until = now() + interval '1 day', ban_reason = 'x' WHERE id = $1`, [s.user.id]);
        return t.gql(`mutation ($id: ID!) { unbanUser(userId: $id, reason: "appeal accepted") { id } }`, { id: s.user.id }, as(s));
      },
      applied: async (s) => (await one(`SELECT banned_until FROM users WHERE id = $1`, [s.user.id])).banned_until === null,
    },
    purgeUserContent: {
      run: (s) =>
        t.gql(`mutation ($id: ID!) { purgeUserContent(userId: $id, reason: "scam account") { postsRemoved } }`, { id: s.user.id }, as(s)),
      applied: (s) => logged(s.user.id, 'PURGE_USER'),
    },
    restoreUserContent: {
      run: async (s) => {
        await t.gql(
          `mutation ($id: ID!) { purgeUserContent(userId: $id, reason: "scam account") { postsRemoved } }`,
          { id: s.user.id },
          { as: admin },
        );
        return t.gql(
          `mutation ($id: ID!) { restoreUserContent(userId: $id, reason: "mistake") { postsRemoved } }`,
          { id: s.user.id },
          as(s),
        );
      },
      applied: (s) => logged(s.user.id, 'RESTORE_USER_CONTENT'),
    },
  };

  const scene = async (role: Role): Promise<Scene> => {
    const user = await t.factory.user();
    const board = await t.factory.board({ locale: 'en' });
    const thread = await t.factory.thread({ board, author: user });
    const reply = await t.factory.reply({ thread, author: user });
    const actor = role === 'visitor' ? null : role === 'the author' ? user : await t.factory.user(ACCOUNTS[role]);
    return { role, actor, user, board, thread, reply };
  };

  it('states an outcome for every role of every operation', () => {
    expect(Object.values(MATRIX).every((outcomes) => outcomes.length === ROLES.length)).toBe(true);
    expect(Object.keys(OPERATIONS).sort()).toEqual(Object.keys(MATRIX).sort());
  });

  const rows = Object.entries(MATRIX).flatMap(([operation, outcomes]) => ROLES.map((role, i) => [operation, role, outcomes[i]] as const));

  it.concurrent.each(rows)('%s by the %s: %s', async (operation, role, expected) => {
    const s = await scene(role);
    const res = await OPERATIONS[operation].run(s);
    if (expected === 'ok') {
      expect(res.errors).toBeUndefined();
      expect(await OPERATIONS[operation].applied(s)).toBe(true);
    } else {
      expect(errorOf(res).code).toBe(expected);
      expect(res.data).toBeNull();
      if (OPERATIONS[operation].applied !== readOnly) expect(await OPERATIONS[operation].applied(s)).toBe(false);
    }
  });
});
