import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Factory, TestBoard, TestThread, TestUser } from '../support/factory.js';
import { createTestApp, errorOf, type GqlResult, type TestApp } from '../support/test-app.js';

// Who calls. The user is the author of the thread and posts each row acts on.
const ROLES = [
  'visitor',
  'user',
  'other user',
  'banned user',
  'staff without 2FA',
  'staff',
  'staff of zh-CN',
  'moderator',
  'moderator of zh-CN',
  'admin',
] as const;
type Role = (typeof ROLES)[number];
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'TWO_FACTOR_REQUIRED' | 'BANNED' | 'NOT_FOUND' | 'CONFLICT';
type UserOptions = Parameters<Factory['user']>[0];

const ACCOUNTS: Record<Exclude<Role, 'visitor' | 'user'>, UserOptions> = {
  'other user': {},
  'banned user': { bannedUntil: new Date(Date.now() + 7 * 86_400_000), banReason: 'scam links' },
  'staff without 2FA': { roles: ['STAFF'], totp: false, staffLocales: ['en'] },
  staff: { roles: ['STAFF'], totp: true, staffLocales: ['en'] },
  'staff of zh-CN': { roles: ['STAFF'], totp: true, staffLocales: ['zh-CN'] },
  moderator: { roles: ['MODERATOR'], totp: true, moderatorLocales: ['en'] },
  'moderator of zh-CN': { roles: ['MODERATOR'], totp: true, moderatorLocales: ['zh-CN'] },
  admin: { roles: ['ADMIN'], totp: true },
};

// Every mutation of the API, by role, in the order of ROLES. Everything happens on an English
// board. The banned user and the staff without 2FA edit and delete their own post, so that
// only the ban or the missing 2FA can be the reason for the refusal.
const ok = 'ok',
  UNAUTH = 'UNAUTHENTICATED',
  FORBID = 'FORBIDDEN',
  TFA = 'TWO_FACTOR_REQUIRED',
  BANNED = 'BANNED',
  NONE = 'NOT_FOUND',
  CONFLICT = 'CONFLICT';
// prettier-ignore
const MATRIX: Record<string, Outcome[]> = {
  //                        visitor user    other   banned  staff   staff   staff   moder.  moder.  admin
  //                                                        no 2FA          zh-CN           zh-CN
  register:                [ok,     ok,     ok,     ok,     ok,     ok,     ok,     ok,     ok,     ok],
  login:                   [ok,     ok,     ok,     ok,     ok,     ok,     ok,     ok,     ok,     ok],
  refreshSession:          [ok,     ok,     ok,     ok,     ok,     ok,     ok,     ok,     ok,     ok],
  logout:                  [ok,     ok,     ok,     ok,     ok,     ok,     ok,     ok,     ok,     ok],
  setupTwoFactor:          [UNAUTH, ok,     ok,     ok,     ok,     CONFLICT, CONFLICT, CONFLICT, CONFLICT, CONFLICT],
  enableTwoFactor:         [UNAUTH, ok,     ok,     ok,     ok,     CONFLICT, CONFLICT, CONFLICT, CONFLICT, CONFLICT],
  updateProfile:           [UNAUTH, ok,     ok,     BANNED, TFA,    ok,     ok,     ok,     ok,     ok],
  createBoard:             [UNAUTH, FORBID, FORBID, FORBID, FORBID, FORBID, FORBID, FORBID, FORBID, ok],
  createThread:            [UNAUTH, ok,     ok,     BANNED, TFA,    ok,     ok,     ok,     ok,     ok],
  'createThread (announcement)': [UNAUTH, FORBID, FORBID, BANNED, TFA, ok,  FORBID, FORBID, FORBID, ok],
  createPost:              [UNAUTH, ok,     ok,     BANNED, TFA,    ok,     ok,     ok,     ok,     ok],
  'createPost (private thread)': [UNAUTH, ok, NONE,   BANNED, TFA,    ok,     NONE,   ok,     NONE,   ok],
  editPost:                [UNAUTH, ok,     FORBID, BANNED, TFA,    FORBID, FORBID, ok,     FORBID, ok],
  'editPost (held post)':  [UNAUTH, ok,     NONE,   BANNED, TFA,    NONE,   NONE,   ok,     NONE,   ok],
  deletePost:              [UNAUTH, ok,     FORBID, BANNED, TFA,    FORBID, FORBID, FORBID, FORBID, FORBID],
};

interface Scene {
  role: Role;
  actor: TestUser | null;
  user: TestUser;
  board: TestBoard;
  thread: TestThread;
}

interface Operation {
  run(s: Scene): Promise<GqlResult>;
  // What a success must have done, checked on the response.
  succeeded(res: GqlResult, s: Scene): void;
}

const NICKNAMES = [
  'Quiet Heron',
  'Amber Fox',
  'Blue Lantern',
  'Copper Kite',
  'Dusty Maple',
  'Ember Pine',
  'Frost Willow',
  'Granite Owl',
  'Hazel Brook',
  'Ivory Lark',
];
const random = () => Math.random().toString(36).slice(2, 10);

describe('authorization matrix', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_FAILURES_PER_IP: '10000' });
  });
  afterAll(() => t.close());

  const as = (s: Scene) => ({ as: s.actor });
  const self = (s: Scene) => s.actor ?? s.user;
  // The post a row edits or deletes: the actor's own for the banned and the unverified staff.
  const postFor = async (s: Scene, state = 'VISIBLE') => {
    const author = s.role === 'banned user' || s.role === 'staff without 2FA' ? s.actor! : s.user;
    return t.factory.reply({ thread: s.thread, author, state });
  };
  const edit = async (s: Scene, state?: string) =>
    t.gql(
      `mutation ($i: EditPostInput!) { editPost(input: $i) { revision } }`,
      { i: { postId: (await postFor(s, state)).id, body: 'Corrected.', expectedRevision: 1 } },
      as(s),
    );
  const createThread = (s: Scene, boardId: string) =>
    t.gql(
      `mutation ($i: CreateThreadInput!) { createThread(input: $i) { author { id } } }`,
      { i: { boardId, title: 'Card payment declined', body: 'Any idea why?' } },
      as(s),
    );
  const createPost = (s: Scene, threadId: string) =>
    t.gql(
      `mutation ($i: CreatePostInput!) { createPost(input: $i) { thread { replyCount } } }`,
      { i: { threadId, body: 'Try again later.' } },
      as(s),
    );
  const setup = (s: Scene) => t.gql(`mutation { setupTwoFactor { secret otpauthUrl } }`, {}, as(s));

  const OPERATIONS: Record<keyof typeof MATRIX, Operation> = {
    register: {
      run: (s) =>
        t.gql(
          `mutation ($i: RegisterInput!) { register(input: $i) { accessToken user { roles } } }`,
          { i: { email: `r${random()}@example.test`, handle: `r_${random()}`, password: 'a long enough password', locale: 'en' } },
          as(s),
        ),
      succeeded: (res) => expect(res.data.register.user.roles).toEqual(['USER']),
    },
    login: {
      run: async (s) =>
        t.gql(
          `mutation ($i: LoginInput!) { login(input: $i) { user { id } } }`,
          { i: { login: self(s).handle, password: self(s).password, totp: self(s).totpSecret ? await self(s).totp() : undefined } },
          as(s),
        ),
      succeeded: (res, s) => expect(res.data.login.user.id).toBe(self(s).id),
    },
    refreshSession: {
      run: (s) =>
        t.gql(
          `mutation ($r: String!) { refreshSession(refreshToken: $r) { refreshToken user { id } } }`,
          { r: self(s).refreshToken },
          as(s),
        ),
      succeeded: (res, s) => expect(res.data.refreshSession.user.id).toBe(self(s).id),
    },
    logout: {
      run: (s) => t.gql(`mutation ($r: String!) { logout(refreshToken: $r) }`, { r: self(s).refreshToken }, as(s)),
      succeeded: (res) => expect(res.data.logout).toBe(true),
    },
    setupTwoFactor: {
      run: setup,
      succeeded: (res) => expect(res.data.setupTwoFactor.otpauthUrl).toMatch(/^otpauth:\/\/totp\//),
    },
    enableTwoFactor: {
      run: async (s) => {
        const secret: string | undefined = s.actor ? (await setup(s)).data?.setupTwoFactor.secret : undefined;
        const code = secret ? await generate({ secret }) : '123456';
        return t.gql(`mutation ($c: String!) { enableTwoFactor(code: $c) { twoFactorEnabled } }`, { c: code }, as(s));
      },
      succeeded: (res) => expect(res.data.enableTwoFactor.twoFactorEnabled).toBe(true),
    },
    // A name of each caller's own: a staff member's name is not for others to copy.
    updateProfile: {
      run: (s) =>
        t.gql(
          `mutation ($name: String) { updateProfile(displayName: $name) { displayName } }`,
          { name: NICKNAMES[ROLES.indexOf(s.role)] },
          as(s),
        ),
      succeeded: (res, s) => expect(res.data.updateProfile.displayName).toBe(NICKNAMES[ROLES.indexOf(s.role)]),
    },
    createBoard: {
      run: (s) =>
        t.gql(
          `mutation ($i: CreateBoardInput!) { createBoard(input: $i) { slug } }`,
          { i: { slug: `b-${random()}`, topicKey: `k-${random()}`, locale: 'en', kind: 'QUESTIONS', name: 'Fiat' } },
          as(s),
        ),
      succeeded: (res) => expect(res.data.createBoard.slug).toMatch(/^b-/),
    },
    createThread: {
      run: (s) => createThread(s, s.board.id),
      succeeded: (res, s) => expect(res.data.createThread.author.id).toBe(s.actor!.id),
    },
    'createThread (announcement)': {
      run: async (s) => createThread(s, (await t.factory.board({ kind: 'ANNOUNCEMENTS' })).id),
      succeeded: (res, s) => expect(res.data.createThread.author.id).toBe(s.actor!.id),
    },
    createPost: {
      run: (s) => createPost(s, s.thread.id),
      succeeded: (res) => expect(res.data.createPost.thread.replyCount).toBe(1),
    },
    'createPost (private thread)': {
      run: async (s) => createPost(s, (await t.factory.thread({ board: s.board, author: s.user, private: true })).id),
      succeeded: (res) => expect(res.data.createPost.thread.replyCount).toBe(1),
    },
    editPost: {
      run: (s) => edit(s),
      succeeded: (res) => expect(res.data.editPost.revision).toBe(2),
    },
    'editPost (held post)': {
      run: (s) => edit(s, 'HELD'),
      succeeded: (res) => expect(res.data.editPost.revision).toBe(2),
    },
    deletePost: {
      run: async (s) => t.gql(`mutation ($id: ID!) { deletePost(postId: $id) { state } }`, { id: (await postFor(s)).id }, as(s)),
      succeeded: (res) => expect(res.data.deletePost.state).toBe('REMOVED'),
    },
  };

  const scene = async (role: Role): Promise<Scene> => {
    const user = await t.factory.user();
    const board = await t.factory.board();
    const thread = await t.factory.thread({ board, author: user });
    const actor = role === 'visitor' ? null : role === 'user' ? user : await t.factory.user(ACCOUNTS[role]);
    return { role, actor, user, board, thread };
  };

  const rows = Object.entries(MATRIX).flatMap(([operation, outcomes]) => ROLES.map((role, i) => [operation, role, outcomes[i]] as const));

  it('states an outcome for every role of every operation', () => {
    expect(Object.values(MATRIX).every((outcomes) => outcomes.length === ROLES.length)).toBe(true);
    expect(Object.keys(OPERATIONS).sort()).toEqual(Object.keys(MATRIX).sort());
  });

  // Each row builds its own scene, so the rows run side by side.
  it.concurrent.each(rows)('%s by the %s: %s', async (operation, role, expected) => {
    const s = await scene(role);
    const res = await OPERATIONS[operation].run(s);
    if (expected === 'ok') {
      expect(res.errors).toBeUndefined();
      OPERATIONS[operation].succeeded(res, s);
    } else {
      expect(errorOf(res).code).toBe(expected);
      expect(res.data).toBeNull();
    }
  });

  describe('beyond the matrix', () => {
    it('refuses an admin without 2FA with TWO_FACTOR_REQUIRED on an admin operation', async () => {
      const s = { ...(await scene('user')), actor: await t.factory.user({ roles: ['ADMIN'], totp: false }) };
      expect(errorOf(await OPERATIONS.createBoard.run(s)).code).toBe('TWO_FACTOR_REQUIRED');
    });

    it('lets a user whose ban has ended write again', async () => {
      const s = {
        ...(await scene('user')),
        actor: await t.factory.user({ bannedUntil: new Date(Date.now() - 60_000), banReason: 'spam' }),
      };
      expect((await OPERATIONS.createPost.run(s)).data.createPost.thread.replyCount).toBe(1);
    });

    it('tells a banned user the reason of the ban', async () => {
      const s = await scene('banned user');
      expect(errorOf(await OPERATIONS.createPost.run(s)).message).toBe('Your account is suspended and cannot post. Reason: scam links');
    });

    it('applies a ban to a session that was signed in before it', async () => {
      const s = await scene('user');
      await t.db.query(`UPDATE users SET banned_until = now() + interval '1 day', ban_reason = 'phishing' WHERE id = $1`, [s.user.id]);
      expect(errorOf(await OPERATIONS.createPost.run(s)).code).toBe('BANNED');
    });
  });
});
