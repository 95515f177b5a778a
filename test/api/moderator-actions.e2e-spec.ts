import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Factory, TestBoard, TestUser } from '../support/factory.js';
import { createTestApp, errorOf, type TestApp } from '../support/test-app.js';

const MODERATE = `mutation ($input: ModeratePostInput!) { moderatePost(input: $input) { id state body removalReason } }`;
const PAGE = `query ($id: ID!) { thread(id: $id) { title replyCount locked pinned replies { nodes { id state body removalReason } } } }`;
const LOCK = `mutation ($id: ID!, $reason: String!) { lockThread(threadId: $id, reason: $reason) { id locked status } }`;
const UNLOCK = `mutation ($id: ID!, $reason: String!) { unlockThread(threadId: $id, reason: $reason) { id locked } }`;
const PIN = `mutation ($id: ID!, $pinned: Boolean!) { pinThread(threadId: $id, pinned: $pinned) { id pinned } }`;
const BAN = `mutation ($input: BanUserInput!) { banUser(input: $input) { id bannedUntil } }`;
const UNBAN = `mutation ($id: ID!, $reason: String!) { unbanUser(userId: $id, reason: $reason) { id bannedUntil } }`;
type UserOptions = Parameters<Factory['user']>[0];

describe('moderator actions', () => {
  let t: TestApp;
  let board: TestBoard;
  let asker: TestUser;
  let moderator: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    board = await t.factory.board({ locale: 'en' });
    asker = await t.factory.user();
    moderator = await t.factory.user({ roles: ['MODERATOR'], totp: true, moderatorLocales: ['en'] });
  });
  afterAll(() => t.close());

  const logOf = (id: string) =>
    t.db.query(`SELECT action, actor_id, reason, before, after FROM moderation_log WHERE target_id = $1 ORDER BY created_at`, [id]);

  it('hides, removes and restores a reply: tombstones for the public, the content for moderators, counts exact, each step logged', async () => {
    const thread = await t.factory.thread({ board, author: asker });
    const scam = await t.factory.reply({ thread, author: await t.factory.user(), body: 'DM me on telegram for a refund.' });
    const act = (action: string) => t.gql(MODERATE, { input: { postId: scam.id, action, reason: 'scam' } }, { as: moderator });
    expect((await act('HIDE')).data.moderatePost).toMatchObject({ state: 'HIDDEN', body: 'DM me on telegram for a refund.' });
    let visitor = (await t.gql(PAGE, { id: thread.id })).data.thread;
    expect(visitor.replyCount).toBe(0);
    expect(visitor.replies.nodes).toEqual([{ id: scam.id, state: 'HIDDEN', body: null, removalReason: 'scam' }]);
    expect((await act('REMOVE')).data.moderatePost.state).toBe('REMOVED');
    expect((await act('RESTORE')).data.moderatePost.state).toBe('VISIBLE');
    visitor = (await t.gql(PAGE, { id: thread.id })).data.thread;
    expect(visitor.replyCount).toBe(1);
    expect((await logOf(scam.id)).map((l: { action: string; reason: string }) => [l.action, l.reason])).toEqual([
      ['HIDE_POST', 'scam'],
      ['REMOVE_POST', 'scam'],
      ['RESTORE_POST', 'scam'],
    ]);
  });

  it('approves a held post into the thread, and refuses restoring a held one', async () => {
    const thread = await t.factory.thread({ board, author: asker });
    const held = await t.factory.reply({ thread, author: asker, state: 'HELD', body: 'My wallet address is below.' });
    expect(errorOf(await t.gql(MODERATE, { input: { postId: held.id, action: 'RESTORE', reason: 'fine' } }, { as: moderator })).code).toBe(
      'CONFLICT',
    );
    expect(
      (await t.gql(MODERATE, { input: { postId: held.id, action: 'APPROVE', reason: 'fine' } }, { as: moderator })).data.moderatePost.state,
    ).toBe('VISIBLE');
    expect((await t.gql(PAGE, { id: thread.id })).data.thread.replyCount).toBe(1);
  });

  it('removing the question takes the thread out of the listing; restoring brings it back', async () => {
    const thread = await t.factory.thread({ board, author: asker });
    const LIST = `query ($id: ID!) { board(id: $id) { threads(first: 100) { nodes { id } } } }`;
    const listed = async () =>
      (await t.gql(LIST, { id: board.id })).data.board.threads.nodes.some((n: { id: string }) => n.id === thread.id);
    await t.gql(MODERATE, { input: { postId: thread.questionId, action: 'REMOVE', reason: 'phishing' } }, { as: moderator });
    expect(await listed()).toBe(false);
    expect((await t.gql(PAGE, { id: thread.id })).data.thread.title).toBe('[Removed]');
    await t.gql(MODERATE, { input: { postId: thread.questionId, action: 'RESTORE', reason: 'mistake' } }, { as: moderator });
    expect(await listed()).toBe(true);
  });

  it.each<[string, UserOptions | null, string]>([
    ['visitor', null, 'UNAUTHENTICATED'],
    ['user', {}, 'FORBIDDEN'],
    ['staff', { roles: ['STAFF'], totp: true, staffLocales: ['en'] }, 'FORBIDDEN'],
    ['moderator without 2FA', { roles: ['MODERATOR'], totp: false, moderatorLocales: ['en'] }, 'TWO_FACTOR_REQUIRED'],
    ['moderator of zh-CN', { roles: ['MODERATOR'], totp: true, moderatorLocales: ['zh-CN'] }, 'FORBIDDEN'],
    ['admin', { roles: ['ADMIN'], totp: true }, 'ok'],
  ])('post and thread actions as %s: %s', async (_who, options, outcome) => {
    const thread = await t.factory.thread({ board, author: asker });
    const reply = await t.factory.reply({ thread, author: asker });
    const actor = options ? await t.factory.user(options) : null;
    const as = actor ? { as: actor } : {};
    for (const res of [
      await t.gql(MODERATE, { input: { postId: reply.id, action: 'HIDE', reason: 'spam' } }, as),
      await t.gql(LOCK, { id: thread.id, reason: 'heated' }, as),
      await t.gql(PIN, { id: thread.id, pinned: true }, as),
    ]) {
      if (outcome === 'ok') expect(res.errors).toBeUndefined();
      else expect(errorOf(res).code).toBe(outcome);
    }
  });

  it('locks, unlocks and pins a thread, logged; a locked thread refuses its author’s reply', async () => {
    const thread = await t.factory.thread({ board, author: asker });
    expect((await t.gql(LOCK, { id: thread.id, reason: 'resolved' }, { as: moderator })).data.lockThread).toMatchObject({
      locked: true,
      status: 'LOCKED',
    });
    const reply = await t.gql(
      `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`,
      { input: { threadId: thread.id, body: 'One more thing.' } },
      { as: asker },
    );
    expect(errorOf(reply).code).toBe('THREAD_LOCKED');
    expect((await t.gql(UNLOCK, { id: thread.id, reason: 'reopened' }, { as: moderator })).data.unlockThread.locked).toBe(false);
    expect((await t.gql(PIN, { id: thread.id, pinned: true }, { as: moderator })).data.pinThread.pinned).toBe(true);
    expect((await logOf(thread.id)).map((l: { action: string }) => l.action)).toEqual(['LOCK_THREAD', 'UNLOCK_THREAD', 'PIN_THREAD']);
  });

  it('bans a user at once for an open session, until lifted; only admins ban staff and moderators', async () => {
    const user = await t.factory.user();
    const thread = await t.factory.thread({ board, author: asker });
    const post = () =>
      t.gql(
        `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`,
        { input: { threadId: thread.id, body: 'Still here.' } },
        { as: user },
      );
    expect((await post()).errors).toBeUndefined();
    const banned = await t.gql(BAN, { input: { userId: user.id, reason: 'scam links' } }, { as: moderator });
    expect(banned.data.banUser.bannedUntil).not.toBeNull();
    expect(errorOf(await post())).toMatchObject({ code: 'BANNED' });
    expect((await t.gql(`query { me { id } }`, {}, { as: user })).data.me.id).toBe(user.id);
    expect((await t.gql(UNBAN, { id: user.id, reason: 'appeal accepted' }, { as: moderator })).data.unbanUser.bannedUntil).toBeNull();
    expect((await post()).errors).toBeUndefined();
    expect((await logOf(user.id)).map((l: { action: string; reason: string }) => [l.action, l.reason])).toEqual([
      ['BAN_USER', 'scam links'],
      ['UNBAN_USER', 'appeal accepted'],
    ]);
    const otherModerator = await t.factory.user({ roles: ['MODERATOR'], totp: true, moderatorLocales: ['zh-CN'] });
    expect(errorOf(await t.gql(BAN, { input: { userId: otherModerator.id, reason: 'rogue' } }, { as: moderator })).code).toBe('FORBIDDEN');
    const admin = await t.factory.user({ roles: ['ADMIN'], totp: true });
    const until = new Date(Date.now() + 86_400_000).toISOString();
    expect(
      (await t.gql(BAN, { input: { userId: otherModerator.id, reason: 'rogue', until } }, { as: admin })).data.banUser.bannedUntil,
    ).toBe(until);
  });
});
