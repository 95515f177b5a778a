import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Factory, TestBoard, TestUser } from '../support/factory.js';
import { createTestApp, errorOf, type TestApp } from '../support/test-app.js';

// Post.viewerCan and Thread.viewerCan are the policies the mutations apply: for every viewer,
// a permission is true exactly when the mutation it names succeeds.
const VIEWERS = [
  'visitor',
  'author',
  'other user',
  'banned author',
  'staff',
  'staff without 2FA',
  'staff of zh-CN',
  'moderator',
  'moderator of zh-CN',
  'admin',
] as const;
type Viewer = (typeof VIEWERS)[number];
const ACCOUNTS: Record<Exclude<Viewer, 'visitor' | 'author' | 'banned author'>, Parameters<Factory['user']>[0]> = {
  'other user': {},
  staff: { roles: ['STAFF'], totp: true, staffLocales: ['en'] },
  'staff without 2FA': { roles: ['STAFF'], totp: false, staffLocales: ['en'] },
  'staff of zh-CN': { roles: ['STAFF'], totp: true, staffLocales: ['zh-CN'] },
  moderator: { roles: ['MODERATOR'], totp: true, moderatorLocales: ['en'] },
  'moderator of zh-CN': { roles: ['MODERATOR'], totp: true, moderatorLocales: ['zh-CN'] },
  admin: { roles: ['ADMIN'], totp: true },
};
const PERMISSIONS = `query ($id: ID!) {
  thread(id: $id) { viewerCan { reply edit markOfficial moderate } replies { nodes { id number viewerCan { edit delete report markOfficial moderate } } } }
}`;
const EDIT_POST = `mutation ($input: EditPostInput!) { editPost(input: $input) { id } }`;
const DELETE_POST = `mutation ($id: ID!) { deletePost(postId: $id) { id } }`;
const CREATE_POST = `mutation ($input: CreatePostInput!) { createPost(input: $input) { id number } }`;
const EDIT_THREAD = `mutation ($input: EditThreadInput!) { editThread(input: $input) { id title tags } }`;

describe('viewer permissions agree with the mutations', () => {
  let t: TestApp;
  let board: TestBoard;
  const users = {} as Record<Viewer, TestUser | null>;
  beforeAll(async () => {
    t = await createTestApp();
    board = await t.factory.board({ locale: 'en' });
    users.visitor = null;
    users.author = await t.factory.user();
    users['banned author'] = await t.factory.user();
    for (const [name, options] of Object.entries(ACCOUNTS)) users[name as Viewer] = await t.factory.user(options);
  });
  afterAll(() => t.close());

  const as = (viewer: Viewer) => (users[viewer] ? { as: users[viewer]! } : {});
  async function scene(viewer: Viewer, options: { locked?: boolean } = {}) {
    const thread = await t.factory.thread({ board, author: users.author!, ...options });
    const reply = await t.factory.reply({ thread, author: users.author!, body: 'My reply, to change.' });
    const can = (await t.gql(PERMISSIONS, { id: thread.id }, as(viewer))).data.thread;
    return {
      thread,
      reply,
      threadCan: can.viewerCan,
      replyCan: can.replies.nodes.find((p: { id: string }) => p.id === reply.id).viewerCan,
    };
  }
  const succeeded = (res: { errors?: unknown[] }) => res.errors === undefined;

  describe.each([false, true])('in a thread that is locked: %s', (locked) => {
    it.each(VIEWERS)('as %s', async (viewer) => {
      if (viewer === 'banned author') {
        // Banned between reading the permissions and acting: both must say no while the ban lasts.
        const owner = users['banned author']!;
        const thread = await t.factory.thread({ board, author: owner, locked });
        const reply = await t.factory.reply({ thread, author: owner });
        await t.db.query(`UPDATE users SET banned_until = now() + interval '1 day', ban_reason = 'spam' WHERE id = $1`, [owner.id]);
        try {
          const can = (await t.gql(PERMISSIONS, { id: thread.id }, as(viewer))).data.thread;
          const replyCan = can.replies.nodes[0].viewerCan;
          expect({ ...can.viewerCan, ...replyCan, moderate: false }).toEqual({
            reply: false,
            edit: false,
            markOfficial: false,
            moderate: false,
            delete: false,
            report: false,
          });
          expect(
            errorOf(await t.gql(EDIT_POST, { input: { postId: reply.id, body: 'Edited while banned.', expectedRevision: 1 } }, as(viewer)))
              .code,
          ).toBe('BANNED');
          expect(errorOf(await t.gql(DELETE_POST, { id: reply.id }, as(viewer))).code).toBe('BANNED');
        } finally {
          await t.db.query(`UPDATE users SET banned_until = NULL WHERE id = $1`, [owner.id]);
        }
        return;
      }
      const s = await scene(viewer, { locked });
      const replied = await t.gql(CREATE_POST, { input: { threadId: s.thread.id, body: 'A reply to check the permission.' } }, as(viewer));
      expect(succeeded(replied), `reply: ${JSON.stringify(replied.errors)}`).toBe(s.threadCan.reply);
      const editedThread = await t.gql(
        EDIT_THREAD,
        { input: { threadId: s.thread.id, title: 'A new title for this thread', tags: ['fees'] } },
        as(viewer),
      );
      expect(succeeded(editedThread), `editThread: ${JSON.stringify(editedThread.errors)}`).toBe(s.threadCan.edit);
      const edited = await t.gql(
        EDIT_POST,
        { input: { postId: s.reply.id, body: 'An edit to check the permission.', expectedRevision: 1 } },
        as(viewer),
      );
      expect(succeeded(edited), `editPost: ${JSON.stringify(edited.errors)}`).toBe(s.replyCan.edit);
      const deleted = await t.gql(DELETE_POST, { id: s.reply.id }, as(viewer));
      expect(succeeded(deleted), `deletePost: ${JSON.stringify(deleted.errors)}`).toBe(s.replyCan.delete);
      // Staff of the language and admins may mark; moderators moderate; nobody reports their own.
      expect(s.replyCan.markOfficial).toBe(['staff', 'admin'].includes(viewer));
      expect(s.threadCan.markOfficial).toBe(['staff', 'admin'].includes(viewer));
      expect(s.replyCan.moderate).toBe(['moderator', 'admin'].includes(viewer));
      expect(s.threadCan.moderate).toBe(['moderator', 'admin'].includes(viewer));
      expect(s.replyCan.report).toBe(!['visitor', 'author', 'staff without 2FA'].includes(viewer));
    });
  });

  it('numbers posts in the order they were written: the question is 1', async () => {
    const thread = await t.factory.thread({ board, author: users.author! });
    const numbers = [];
    for (const body of ['First reply here.', 'Second reply here.'])
      numbers.push((await t.gql(CREATE_POST, { input: { threadId: thread.id, body } }, as('other user'))).data.createPost.number);
    expect(numbers).toEqual([2, 3]);
    const page = await t.gql(`query ($id: ID!) { thread(id: $id) { question { number } replies { nodes { number } } } }`, {
      id: thread.id,
    });
    expect(page.data.thread).toEqual({ question: { number: 1 }, replies: { nodes: [{ number: 2 }, { number: 3 }] } });
  });
});

describe('editThread', () => {
  let t: TestApp;
  let board: TestBoard;
  let author: TestUser;
  let moderator: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    board = await t.factory.board({ locale: 'en' });
    author = await t.factory.user();
    moderator = await t.factory.user({ roles: ['MODERATOR'], totp: true, moderatorLocales: ['en'] });
  });
  afterAll(() => t.close());

  it('changes the title and tags for the author, normalizing tags, and logs nothing for an author', async () => {
    const thread = await t.factory.thread({ board, author, tags: ['old'] });
    const res = await t.gql(
      EDIT_THREAD,
      { input: { threadId: thread.id, title: 'Withdrawal pending for two days', tags: ['Withdrawals', 'usdt'] } },
      { as: author },
    );
    expect(res.data.editThread).toMatchObject({ id: thread.id, title: 'Withdrawal pending for two days' });
    expect(res.data.editThread.tags.map((tag: string) => tag.toLowerCase())).toEqual(['withdrawals', 'usdt']);
    expect(await t.db.query(`SELECT 1 FROM moderation_log WHERE target_id = $1`, [thread.id])).toEqual([]);
  });

  it('logs a moderator’s edit of someone else’s thread with the title and tags before and after', async () => {
    const thread = await t.factory.thread({ board, author, title: 'Old title of the thread', tags: ['a'] });
    await t.gql(EDIT_THREAD, { input: { threadId: thread.id, title: 'A clearer title by a moderator' } }, { as: moderator });
    const [log] = await t.db.query(`SELECT action, actor_id, before, after FROM moderation_log WHERE target_id = $1`, [thread.id]);
    expect(log).toMatchObject({
      action: 'EDIT_THREAD',
      actor_id: moderator.id,
      before: { title: 'Old title of the thread', tags: ['a'] },
      after: { title: 'A clearer title by a moderator' },
    });
  });

  it('scans the new title: a pasted recovery phrase is refused with the reasons and nothing changes; a suspicious one sends the thread to review', async () => {
    const thread = await t.factory.thread({ board, author, title: 'An ordinary question title' });
    const blocked = errorOf(
      await t.gql(
        EDIT_THREAD,
        { input: { threadId: thread.id, title: 'my words: time physical circle razor river lock gain movie mass merge battle buddy' } },
        { as: author },
      ),
    );
    expect(blocked.code).toBe('CONTENT_BLOCKED');
    expect(blocked.signals.length).toBeGreaterThan(0);
    expect((await t.db.query(`SELECT title, state FROM threads WHERE id = $1`, [thread.id]))[0]).toEqual({
      title: 'An ordinary question title',
      state: 'VISIBLE',
    });

    const held = await t.gql(
      EDIT_THREAD,
      { input: { threadId: thread.id, title: 'Send me your 12-word seed phrase to fix the withdrawal' } },
      { as: author },
    );
    expect(held.errors).toBeUndefined();
    expect((await t.db.query(`SELECT state FROM threads WHERE id = $1`, [thread.id]))[0].state).toBe('HELD');
    expect((await t.gql(`query ($id: ID!) { thread(id: $id) { id } }`, { id: thread.id })).data.thread).toBeNull();
    expect(
      (await t.gql(`query ($id: ID!) { thread(id: $id) { question { state } } }`, { id: thread.id }, { as: author })).data.thread.question
        .state,
    ).toBe('HELD');
  });

  it('refuses the author in a locked thread with THREAD_LOCKED, a stranger with FORBIDDEN, and bad input with field errors in the caller’s language', async () => {
    const locked = await t.factory.thread({ board, author, locked: true });
    expect(errorOf(await t.gql(EDIT_THREAD, { input: { threadId: locked.id, title: 'Trying to rename it' } }, { as: author })).code).toBe(
      'THREAD_LOCKED',
    );
    const open = await t.factory.thread({ board, author });
    const stranger = await t.factory.user();
    expect(errorOf(await t.gql(EDIT_THREAD, { input: { threadId: open.id, title: 'Not my thread at all' } }, { as: stranger })).code).toBe(
      'FORBIDDEN',
    );
    const chinese = await t.factory.user({ locale: 'zh-CN' });
    const own = await t.factory.thread({ board, author: chinese });
    const bad = errorOf(await t.gql(EDIT_THREAD, { input: { threadId: own.id, title: 'ab' } }, { as: chinese }));
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.fields?.title).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('scamVerdict', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('tells the author of a held post why, in their language, and the moderators; nobody else', async () => {
    const board = await t.factory.board({ locale: 'en' });
    const asker = await t.factory.user();
    // Messages follow the signed-in user's language.
    const poster = await t.factory.user({ locale: 'zh-CN' });
    const stranger = await t.factory.user();
    const moderator = await t.factory.user({ roles: ['MODERATOR'], totp: true, moderatorLocales: ['en'] });
    const thread = await t.factory.thread({ board, author: asker });
    const body =
      'Your withdrawal is stuck because your wallet is not verified. Verify it now at https://okx-verify-wallet.com/login to release the funds.';
    const created = await t.gql(CREATE_POST, { input: { threadId: thread.id, body } }, { as: poster });
    const VERDICT = `query ($id: ID!) { thread(id: $id) { replies { nodes { id state scamVerdict { action signals { kind evidence message } } } } } }`;
    const forPoster = (await t.gql(VERDICT, { id: thread.id }, { as: poster })).data.thread.replies.nodes[0];
    expect(forPoster).toMatchObject({ id: created.data.createPost.id, state: 'HELD', scamVerdict: { action: 'HOLD' } });
    expect(forPoster.scamVerdict.signals.length).toBeGreaterThan(0);
    for (const signal of forPoster.scamVerdict.signals) expect(signal.message).toMatch(/[\u4e00-\u9fff]/);
    const forModerator = (await t.gql(VERDICT, { id: thread.id }, { as: moderator })).data.thread.replies.nodes[0];
    expect(forModerator.scamVerdict.action).toBe('HOLD');
    expect((await t.gql(VERDICT, { id: thread.id }, { as: stranger })).data.thread.replies.nodes).toEqual([]);
    // A clean post carries no verdict, for anyone.
    await t.gql(
      CREATE_POST,
      { input: { threadId: thread.id, body: 'Withdrawals to this network take about 30 minutes for me.' } },
      { as: stranger },
    );
    const clean = (await t.gql(VERDICT, { id: thread.id }, { as: stranger })).data.thread.replies.nodes;
    expect(clean.map((p: { scamVerdict: unknown }) => p.scamVerdict)).toEqual([null]);
  });
});
