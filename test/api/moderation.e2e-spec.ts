import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventRelay } from '../../apps/api/src/events/event-relay.js';
import type { TestBoard, TestThread, TestUser } from '../support/factory.js';
import { createTestApp, errorOf, type TestApp } from '../support/test-app.js';

const REPORT = `mutation ($input: ReportPostInput!) { reportPost(input: $input) { id reason note reporter { id } post { id state } } }`;
const QUEUE = `query ($locales: [String!], $first: Int, $after: String) {
  reviewQueue(locales: $locales, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { priority autoHidden post { id state body } reports { reason note reporter { id } } verdict { action signals { kind message } } }
  }
}`;
const MODERATE = `mutation ($input: ModeratePostInput!) { moderatePost(input: $input) { id state } }`;
const MOVE = `mutation ($threadId: ID!, $boardId: ID!, $reason: String!) { moveThread(threadId: $threadId, boardId: $boardId, reason: $reason) { id board { id locale } } }`;
const PURGE = `mutation ($userId: ID!, $reason: String!, $ban: Boolean) { purgeUserContent(userId: $userId, reason: $reason, ban: $ban) { threadsRemoved postsRemoved user { id bannedUntil } } }`;
const RESTORE = `mutation ($userId: ID!, $reason: String!) { restoreUserContent(userId: $userId, reason: $reason) { threadsRemoved postsRemoved } }`;
const LOG = `query ($first: Int, $after: String, $actorId: ID, $targetId: ID) {
  moderationLog(first: $first, after: $after, actorId: $actorId, targetId: $targetId) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id action targetType targetId locale reason before after actor { id } }
  }
}`;
const PAGE = `query ($id: ID!) { thread(id: $id) { replyCount officialAnswer { id } question { state } replies(first: 100) { nodes { id state body } } } }`;
const LISTING = `query ($id: ID!) { board(id: $id) { threads(first: 100) { nodes { id } } } }`;
const PHISHING =
  'Your withdrawal is stuck because your wallet is not verified. Verify it now at https://okx-verify-wallet.com/login to release the funds.';
const SEED_PHRASE = 'time physical circle razor river lock gain movie mass merge battle buddy';

describe('moderation: reports, the review queue, moves, purges and the log', () => {
  let t: TestApp;
  let board: TestBoard;
  let zhBoard: TestBoard;
  let moderator: TestUser;
  let zhModerator: TestUser;
  let bothModerator: TestUser;
  let admin: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    board = await t.factory.board({ locale: 'en' });
    zhBoard = await t.factory.board({ locale: 'zh-CN' });
    moderator = await t.factory.user({ roles: ['MODERATOR'], totp: true, moderatorLocales: ['en'] });
    zhModerator = await t.factory.user({ roles: ['MODERATOR'], totp: true, moderatorLocales: ['zh-CN'] });
    bothModerator = await t.factory.user({ roles: ['MODERATOR'], totp: true, moderatorLocales: ['en', 'zh-CN'] });
    admin = await t.factory.user({ roles: ['ADMIN'], totp: true });
  });
  afterAll(() => t.close());

  const drain = () => t.app.get(EventRelay).drain();
  const aReply = async (options: { author?: TestUser; body?: string; thread?: TestThread } = {}) => {
    const author = options.author ?? (await t.factory.user());
    const thread = options.thread ?? (await t.factory.thread({ board, author: await t.factory.user() }));
    const reply = await t.factory.reply({ thread, author, body: options.body ?? 'Send me a message for help.' });
    return { thread, author, reply };
  };
  const report = (postId: string, as: TestUser | null, reason = 'SCAM', note?: string) =>
    t.gql(REPORT, { input: { postId, reason, note } }, { as });
  const queueOf = async (as: TestUser, variables: Record<string, unknown> = {}) => (await t.gql(QUEUE, variables, { as })).data.reviewQueue;
  const itemOf = async (as: TestUser, postId: string) =>
    (await queueOf(as, { first: 100 })).nodes.find((n: { post: { id: string } }) => n.post.id === postId);
  const logOf = (targetId: string) =>
    t.db.query(`SELECT action, actor_id, reason, before, after FROM moderation_log WHERE target_id = $1 ORDER BY created_at, id`, [
      targetId,
    ]);
  // An account whose reports moderators have long upheld: trust level 3 (moderation/trust.ts).
  const trustedUser = async () => {
    const user = await t.factory.user({ createdAt: new Date(Date.now() - 120 * 86_400_000) });
    const thread = await t.factory.thread({ board, author: user });
    for (let i = 0; i < 30; i++) await t.factory.reply({ thread, author: user });
    await t.db.query(`UPDATE users SET reports_upheld = 4 WHERE id = $1`, [user.id]);
    return user;
  };

  describe('reportPost', () => {
    it('files a report that the moderators of the language find in their queue with the reporter and the note', async () => {
      const { reply } = await aReply();
      const reporter = await t.factory.user();
      const res = await report(reply.id, reporter, 'PHISHING', 'Links to a fake login page.');
      expect(res.data.reportPost).toMatchObject({
        reason: 'PHISHING',
        note: 'Links to a fake login page.',
        reporter: { id: reporter.id },
        post: { id: reply.id, state: 'VISIBLE' },
      });
      const item = await itemOf(moderator, reply.id);
      expect(item).toMatchObject({
        autoHidden: false,
        post: { id: reply.id, state: 'VISIBLE', body: 'Send me a message for help.' },
        reports: [{ reason: 'PHISHING', reporter: { id: reporter.id } }],
      });
      expect(item.priority).toBeGreaterThan(0);
      expect(await itemOf(zhModerator, reply.id)).toBeUndefined();
    });

    it('takes one open report per user and post, refuses the reporter’s own post, and what they cannot see', async () => {
      const { reply, author, thread } = await aReply();
      const reporter = await t.factory.user();
      expect((await report(reply.id, reporter)).errors).toBeUndefined();
      expect(errorOf(await report(reply.id, reporter, 'SPAM'))).toMatchObject({
        code: 'CONFLICT',
        message: 'You have already reported this post; a moderator will look at it.',
      });
      expect(errorOf(await report(reply.id, author)).code).toBe('FORBIDDEN');
      const privateThread = await t.factory.thread({ board, author, private: true });
      expect(errorOf(await report(privateThread.questionId, reporter)).code).toBe('NOT_FOUND');
      const held = await t.factory.reply({ thread, author, state: 'HELD' });
      expect(errorOf(await report(held.id, reporter)).code).toBe('NOT_FOUND');
      expect(errorOf(await report('00000000-0000-4000-8000-000000000000', reporter)).code).toBe('NOT_FOUND');
      expect(errorOf(await report(reply.id, null)).code).toBe('UNAUTHENTICATED');
      expect((await t.db.query(`SELECT count(*)::int AS n FROM reports WHERE post_id = $1`, [reply.id]))[0].n).toBe(1);
    });

    it('checks the note like any text: a pasted recovery phrase is refused, too long a note too', async () => {
      const { reply } = await aReply();
      const reporter = await t.factory.user();
      const blocked = await report(reply.id, reporter, 'SCAM', `He asked for mine, it is ${SEED_PHRASE}`);
      expect(errorOf(blocked).code).toBe('CONTENT_BLOCKED');
      const long = await report(reply.id, reporter, 'SCAM', 'x'.repeat(1001));
      expect(errorOf(long)).toMatchObject({ code: 'BAD_USER_INPUT', fields: { note: 'Must be at most 1000 characters.' } });
      expect(errorOf(await t.gql(REPORT, { input: { postId: reply.id, reason: 'BORING' } }, { as: reporter })).code).toBe('BAD_USER_INPUT');
      expect((await t.db.query(`SELECT count(*)::int AS n FROM reports WHERE post_id = $1`, [reply.id]))[0].n).toBe(0);
    });

    it('refuses a tombstone with CONFLICT', async () => {
      const { reply } = await aReply();
      await t.gql(MODERATE, { input: { postId: reply.id, action: 'REMOVE', reason: 'scam' } }, { as: moderator });
      expect(errorOf(await report(reply.id, await t.factory.user())).code).toBe('CONFLICT');
    });
  });

  describe('the review queue', () => {
    it('lists posts the scam guard held, with its verdict explained, once the post’s event is handled', async () => {
      const thread = await t.factory.thread({ board, author: await t.factory.user() });
      const author = await t.factory.user();
      const posted = await t.gql(
        `mutation ($i: CreatePostInput!) { createPost(input: $i) { id state } }`,
        { i: { threadId: thread.id, body: PHISHING } },
        { as: author },
      );
      expect(posted.data.createPost.state).toBe('HELD');
      await drain();
      const item = await itemOf(moderator, posted.data.createPost.id);
      expect(item).toMatchObject({ post: { state: 'HELD', body: PHISHING }, reports: [], verdict: { action: 'HOLD' } });
      expect(item.verdict.signals.length).toBeGreaterThan(0);
      expect(item.priority).toBeGreaterThanOrEqual(5);
    });

    it('orders items by priority, then age, and pages through them by cursor without repeats or gaps', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const { reply } = await aReply();
        for (let r = 0; r < (i % 3) + 1; r++) await report(reply.id, await t.factory.user(), i % 2 ? 'SPAM' : 'OTHER');
        ids.push(reply.id);
      }
      const all = (await queueOf(moderator, { first: 100 })).nodes;
      const priorities = all.map((n: { priority: number }) => n.priority);
      expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: any = await queueOf(moderator, { first: 2, after });
        seen.push(...page.nodes.map((n: { post: { id: string } }) => n.post.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual(all.map((n: { post: { id: string } }) => n.post.id));
      expect(seen).toEqual(expect.arrayContaining(ids));
      expect(new Set(seen).size).toBe(seen.length);
    });

    it('refuses a language outside the caller’s scope, and a bad cursor', async () => {
      expect(errorOf(await t.gql(QUEUE, { locales: ['en'] }, { as: zhModerator })).code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(QUEUE, { locales: ['en', 'zh-CN'] }, { as: moderator })).code).toBe('FORBIDDEN');
      expect((await t.gql(QUEUE, { locales: ['zh-CN'] }, { as: admin })).errors).toBeUndefined();
      expect(errorOf(await t.gql(QUEUE, { after: 'bm90IGEgY3Vyc29y' }, { as: moderator })).code).toBe('BAD_USER_INPUT');
    });

    it('resolves every open report of a post with the moderator’s decision, and the item leaves the queue', async () => {
      const { reply } = await aReply();
      const reporters = [await t.factory.user(), await t.factory.user()];
      for (const reporter of reporters) await report(reply.id, reporter, 'SPAM');
      await t.gql(MODERATE, { input: { postId: reply.id, action: 'REMOVE', reason: 'spam' } }, { as: moderator });
      expect(await itemOf(moderator, reply.id)).toBeUndefined();
      const rows = await t.db.query(`SELECT resolution, resolved_by_id FROM reports WHERE post_id = $1`, [reply.id]);
      expect(rows).toEqual([
        { resolution: 'UPHELD', resolved_by_id: moderator.id },
        { resolution: 'UPHELD', resolved_by_id: moderator.id },
      ]);
      const counts = await t.db.query(`SELECT reports_upheld, reports_dismissed FROM users WHERE id = ANY($1::uuid[])`, [
        reporters.map((r) => r.id),
      ]);
      expect(counts).toEqual([
        { reports_upheld: 1, reports_dismissed: 0 },
        { reports_upheld: 1, reports_dismissed: 0 },
      ]);
    });

    it('approving a flagged, visible post dismisses its reports and is logged, though the state stays', async () => {
      await t.gql(
        `mutation { addScamRule(input: { kind: WATCHED_PHRASE, pattern: "guaranteed double coins", action: FLAG }) { id } }`,
        {},
        { as: admin },
      );
      const thread = await t.factory.thread({ board, author: await t.factory.user() });
      const posted = await t.gql(
        `mutation ($i: CreatePostInput!) { createPost(input: $i) { id state } }`,
        { i: { threadId: thread.id, body: 'Is the guaranteed double coins promo real?' } },
        { as: await t.factory.user() },
      );
      expect(posted.data.createPost.state).toBe('VISIBLE');
      const postId = posted.data.createPost.id;
      const reporter = await t.factory.user();
      await report(postId, reporter, 'SCAM');
      await drain();
      expect(await itemOf(moderator, postId)).toMatchObject({ verdict: { action: 'FLAG' }, reports: [{ reason: 'SCAM' }] });
      const res = await t.gql(MODERATE, { input: { postId, action: 'APPROVE', reason: 'an honest question' } }, { as: moderator });
      expect(res.data.moderatePost.state).toBe('VISIBLE');
      expect(await itemOf(moderator, postId)).toBeUndefined();
      expect((await logOf(postId)).map((l: { action: string }) => l.action)).toEqual(['APPROVE_POST']);
      expect((await t.db.query(`SELECT reports_dismissed FROM users WHERE id = $1`, [reporter.id]))[0].reports_dismissed).toBe(1);
    });
  });

  describe('auto-hide', () => {
    const asVisitor = async (threadId: string, postId: string) =>
      (await t.gql(PAGE, { id: threadId })).data.thread.replies.nodes.find((n: { id: string }) => n.id === postId);
    // Ordinary reporters: a month old with a visible post of their own (trust level 1).
    const ordinaryUser = async () => {
      const user = await t.factory.user();
      await t.factory.thread({ board, author: user });
      return user;
    };

    it('hides a post reported by three ordinary users until a moderator decides; approving restores it and counts against the reporters', async () => {
      const { reply, thread } = await aReply();
      const reporters = [await ordinaryUser(), await ordinaryUser(), await ordinaryUser()];
      await report(reply.id, reporters[0], 'SPAM');
      await report(reply.id, reporters[1], 'SPAM');
      expect((await asVisitor(thread.id, reply.id)).state).toBe('VISIBLE');
      const third = await report(reply.id, reporters[2], 'SPAM');
      expect(third.data.reportPost.post.state).toBe('HIDDEN');
      expect(await asVisitor(thread.id, reply.id)).toMatchObject({ state: 'HIDDEN', body: null });
      expect((await t.gql(PAGE, { id: thread.id })).data.thread.replyCount).toBe(0);
      const [top] = (await queueOf(moderator, { first: 1 })).nodes;
      expect(top).toMatchObject({ autoHidden: true, post: { id: reply.id, state: 'HIDDEN', body: 'Send me a message for help.' } });
      expect(top.priority).toBeGreaterThanOrEqual(100);
      expect((await logOf(reply.id)).map((l: { action: string; actor_id: string }) => l.action)).toEqual(['AUTO_HIDE_POST']);

      expect(
        (await t.gql(MODERATE, { input: { postId: reply.id, action: 'APPROVE', reason: 'not spam' } }, { as: moderator })).data.moderatePost
          .state,
      ).toBe('VISIBLE');
      expect(await asVisitor(thread.id, reply.id)).toMatchObject({ state: 'VISIBLE', body: 'Send me a message for help.' });
      const dismissed = await t.db.query(`SELECT reports_dismissed FROM users WHERE id = ANY($1::uuid[])`, [reporters.map((r) => r.id)]);
      expect(dismissed.map((r: { reports_dismissed: number }) => r.reports_dismissed)).toEqual([1, 1, 1]);
    });

    it('hides a scam at one trusted user’s report, but not at one new user’s, and never a staff member’s post', async () => {
      const trusted = await trustedUser();
      const { reply } = await aReply();
      const fresh = await t.factory.user({ createdAt: new Date() });
      expect((await report(reply.id, fresh, 'SCAM')).data.reportPost.post.state).toBe('VISIBLE');
      expect((await report(reply.id, trusted, 'SCAM')).data.reportPost.post.state).toBe('HIDDEN');
      expect(
        (await t.db.query(`SELECT trust_level FROM users WHERE id = ANY($1::uuid[]) ORDER BY trust_level`, [[fresh.id, trusted.id]])).map(
          (r: any) => r.trust_level,
        ),
      ).toEqual([0, 3]);

      const staff = await t.factory.user({ roles: ['STAFF'], totp: true, staffLocales: ['en'] });
      const { reply: answer } = await aReply({ author: staff, body: 'Please wait for the network to confirm.' });
      for (let i = 0; i < 4; i++) await report(answer.id, await ordinaryUser(), 'SCAM');
      expect((await t.db.query(`SELECT state FROM posts WHERE id = $1`, [answer.id]))[0].state).toBe('VISIBLE');
      expect((await itemOf(moderator, answer.id)).reports).toHaveLength(4);
    });
  });

  describe('moveThread', () => {
    it('moves a thread across languages for a moderator of both, with its review items, logged', async () => {
      const { thread, reply } = await aReply();
      await report(reply.id, await t.factory.user());
      const res = await t.gql(MOVE, { threadId: thread.id, boardId: zhBoard.id, reason: 'written in Chinese' }, { as: bothModerator });
      expect(res.data.moveThread.board).toEqual({ id: zhBoard.id, locale: 'zh-CN' });
      expect((await t.gql(LISTING, { id: zhBoard.id })).data.board.threads.nodes.map((n: { id: string }) => n.id)).toContain(thread.id);
      expect((await t.gql(LISTING, { id: board.id })).data.board.threads.nodes.map((n: { id: string }) => n.id)).not.toContain(thread.id);
      expect(await itemOf(zhModerator, reply.id)).toBeDefined();
      expect(await itemOf(moderator, reply.id)).toBeUndefined();
      expect(await logOf(thread.id)).toEqual([
        {
          action: 'MOVE_THREAD',
          actor_id: bothModerator.id,
          reason: 'written in Chinese',
          before: { boardId: board.id, locale: 'en' },
          after: { boardId: zhBoard.id, locale: 'zh-CN' },
        },
      ]);
    });

    it('answers a malformed thread id with BAD_USER_INPUT, on every thread action', async () => {
      for (const mutation of [
        `mutation { pinThread(threadId: "abc", pinned: true) { id } }`,
        `mutation { lockThread(threadId: "abc", reason: "heated") { id } }`,
        `mutation { moveThread(threadId: "abc", boardId: "${zhBoard.id}", reason: "move it") { id } }`,
      ]) {
        expect(errorOf(await t.gql(mutation, {}, { as: moderator })).code, mutation).toBe('BAD_USER_INPUT');
      }
    });

    it('refuses a moderator of one of the two languages, another kind of board, and the same board', async () => {
      const thread = await t.factory.thread({ board, author: await t.factory.user() });
      expect(errorOf(await t.gql(MOVE, { threadId: thread.id, boardId: zhBoard.id, reason: 'move it' }, { as: moderator })).code).toBe(
        'FORBIDDEN',
      );
      expect(errorOf(await t.gql(MOVE, { threadId: thread.id, boardId: zhBoard.id, reason: 'move it' }, { as: zhModerator })).code).toBe(
        'FORBIDDEN',
      );
      const announcements = await t.factory.board({ locale: 'en', kind: 'ANNOUNCEMENTS' });
      expect(
        errorOf(await t.gql(MOVE, { threadId: thread.id, boardId: announcements.id, reason: 'move it' }, { as: moderator })).code,
      ).toBe('BAD_USER_INPUT');
      expect(errorOf(await t.gql(MOVE, { threadId: thread.id, boardId: board.id, reason: 'move it' }, { as: moderator })).code).toBe(
        'CONFLICT',
      );
      expect((await t.db.query(`SELECT board_id FROM threads WHERE id = $1`, [thread.id]))[0].board_id).toBe(board.id);
    });
  });

  describe('purgeUserContent and restoreUserContent', () => {
    it('removes every thread and post of an account at once, with one log entry, and restores exactly that', async () => {
      const scammer = await t.factory.user();
      const own = await t.factory.thread({ board, author: scammer, body: 'Free airdrop, DM me' });
      const ownReply = await t.factory.reply({ thread: own, author: scammer });
      const others = await t.factory.thread({ board, author: await t.factory.user() });
      const replies = [
        await t.factory.reply({ thread: others, author: scammer }),
        await t.factory.reply({ thread: others, author: scammer }),
        await t.factory.reply({ thread: others, author: scammer }),
      ];
      const honest = await t.factory.reply({ thread: others, author: await t.factory.user() });
      await t.gql(MODERATE, { input: { postId: replies[0].id, action: 'REMOVE', reason: 'spam, earlier' } }, { as: moderator });
      await t.gql(MODERATE, { input: { postId: replies[1].id, action: 'HIDE', reason: 'suspicious' } }, { as: moderator });
      await report(replies[2].id, await t.factory.user(), 'SCAM');
      expect((await t.gql(PAGE, { id: others.id })).data.thread.replyCount).toBe(2);

      const purged = await t.gql(PURGE, { userId: scammer.id, reason: 'scam account', ban: true }, { as: moderator });
      expect(purged.data.purgeUserContent).toMatchObject({ threadsRemoved: 1, postsRemoved: 3, user: { id: scammer.id } });
      expect(purged.data.purgeUserContent.user.bannedUntil).not.toBeNull();
      expect((await t.gql(PAGE, { id: others.id })).data.thread.replyCount).toBe(1);
      expect((await t.gql(LISTING, { id: board.id })).data.board.threads.nodes.map((n: { id: string }) => n.id)).not.toContain(own.id);
      expect((await t.gql(PAGE, { id: own.id })).data.thread.question.state).toBe('REMOVED');
      const states = await t.db.query(`SELECT id, state FROM posts WHERE author_id = $1 ORDER BY created_at`, [scammer.id]);
      expect(states.every((p: { state: string }) => p.state === 'REMOVED')).toBe(true);
      expect(await itemOf(moderator, replies[2].id)).toBeUndefined();
      const [entry] = await logOf(scammer.id);
      expect(entry).toMatchObject({
        action: 'PURGE_USER',
        actor_id: moderator.id,
        reason: 'scam account',
        after: { threadsRemoved: 1, postsRemoved: 3 },
      });
      expect((await logOf(scammer.id)).length).toBe(1);
      const write = await t.gql(
        `mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { threadId: others.id, body: 'I am back' } },
        { as: scammer },
      );
      expect(errorOf(write).code).toBe('BANNED');

      const restored = await t.gql(RESTORE, { userId: scammer.id, reason: 'wrong account' }, { as: moderator });
      expect(restored.data.restoreUserContent).toEqual({ threadsRemoved: 1, postsRemoved: 3 });
      const back = new Map(
        (await t.db.query(`SELECT id, state FROM posts WHERE author_id = $1`, [scammer.id])).map((p: { id: string; state: string }) => [
          p.id,
          p.state,
        ]),
      );
      expect(back.get(own.questionId)).toBe('VISIBLE');
      expect(back.get(ownReply.id)).toBe('VISIBLE');
      expect(back.get(replies[0].id)).toBe('REMOVED');
      expect(back.get(replies[1].id)).toBe('HIDDEN');
      expect(back.get(replies[2].id)).toBe('VISIBLE');
      expect((await t.gql(PAGE, { id: others.id })).data.thread.replyCount).toBe(2);
      expect((await t.gql(PAGE, { id: own.id })).data.thread.replyCount).toBe(1);
      expect((await t.gql(LISTING, { id: board.id })).data.board.threads.nodes.map((n: { id: string }) => n.id)).toContain(own.id);
      // Other people's posts in the purged author's threads are not the purge's to touch.
      expect((await t.db.query(`SELECT state FROM posts WHERE id = $1`, [honest.id]))[0].state).toBe('VISIBLE');
      expect((await logOf(scammer.id)).map((l: { action: string }) => l.action)).toEqual(['PURGE_USER', 'RESTORE_USER_CONTENT']);
      expect(errorOf(await t.gql(RESTORE, { userId: scammer.id, reason: 'again' }, { as: moderator })).code).toBe('CONFLICT');
    });

    it('unmarks an official answer it removes, and marks it again on restore', async () => {
      const staff = await t.factory.user({ roles: ['STAFF'], totp: true, staffLocales: ['en'] });
      const thread = await t.factory.thread({ board, author: await t.factory.user() });
      const answer = await t.factory.reply({ thread, author: staff });
      await t.gql(`mutation ($id: ID!) { markOfficialAnswer(postId: $id) { id } }`, { id: answer.id }, { as: staff });
      expect((await t.gql(PURGE, { userId: staff.id, reason: 'compromised account' }, { as: admin })).errors).toBeUndefined();
      expect((await t.gql(PAGE, { id: thread.id })).data.thread.officialAnswer).toBeNull();
      await t.gql(RESTORE, { userId: staff.id, reason: 'account recovered' }, { as: admin });
      expect((await t.gql(PAGE, { id: thread.id })).data.thread.officialAnswer).toEqual({ id: answer.id });
    });

    it('leaves staff and moderators to admins, and content in other languages to their moderators', async () => {
      const staff = await t.factory.user({ roles: ['STAFF'], totp: true, staffLocales: ['en'] });
      expect(errorOf(await t.gql(PURGE, { userId: staff.id, reason: 'not allowed' }, { as: moderator })).code).toBe('FORBIDDEN');
      const writer = await t.factory.user();
      await t.factory.thread({ board: zhBoard, author: writer });
      await t.factory.thread({ board, author: writer });
      const refused = errorOf(await t.gql(PURGE, { userId: writer.id, reason: 'not allowed' }, { as: moderator }));
      expect(refused).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('zh-CN') });
      expect((await t.db.query(`SELECT count(*)::int AS n FROM posts WHERE author_id = $1 AND state = 'REMOVED'`, [writer.id]))[0].n).toBe(
        0,
      );
      expect(
        (await t.gql(PURGE, { userId: writer.id, reason: 'allowed' }, { as: bothModerator })).data.purgeUserContent.threadsRemoved,
      ).toBe(2);
    });
  });

  describe('what the consoles read before and after an action', () => {
    it('previews a purge with the counts it would remove and the same refusals, removing nothing', async () => {
      const writer = await t.factory.user();
      const own = await t.factory.thread({ board, author: writer });
      await t.factory.reply({ thread: own, author: writer });
      await t.factory.reply({ thread: await t.factory.thread({ board, author: await t.factory.user() }), author: writer });
      const PREVIEW = `query ($id: ID!) { purgePreview(userId: $id) { threadsRemoved postsRemoved user { id } } }`;
      expect((await t.gql(PREVIEW, { id: writer.id }, { as: moderator })).data.purgePreview).toEqual({
        threadsRemoved: 1,
        postsRemoved: 2,
        user: { id: writer.id },
      });
      expect((await t.db.query(`SELECT count(*)::int AS n FROM posts WHERE author_id = $1 AND state = 'REMOVED'`, [writer.id]))[0].n).toBe(
        0,
      );
      expect(errorOf(await t.gql(PREVIEW, { id: writer.id }, { as: zhModerator })).code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(PREVIEW, { id: 'nope' }, { as: moderator })).code).toBe('BAD_USER_INPUT');
      expect(errorOf(await t.gql(PREVIEW, { id: writer.id }, { as: await t.factory.user() })).code).toBe('FORBIDDEN');
      const purged = (await t.gql(PURGE, { userId: writer.id, reason: 'scam account' }, { as: moderator })).data.purgeUserContent;
      expect(purged).toMatchObject({ threadsRemoved: 1, postsRemoved: 2 });
    });

    it('names the thread of a log entry about a post or a thread, as far as the viewer may see it', async () => {
      const { reply, thread } = await aReply();
      await t.gql(MODERATE, { input: { postId: reply.id, action: 'HIDE', reason: 'looks off' } }, { as: moderator });
      const THREADED = `query ($target: ID!) { moderationLog(targetId: $target) { nodes { action thread { id } } } }`;
      expect((await t.gql(THREADED, { target: reply.id }, { as: admin })).data.moderationLog.nodes).toEqual([
        { action: 'HIDE_POST', thread: { id: thread.id } },
      ]);
      const banned = await t.factory.user();
      await t.gql(
        `mutation ($i: BanUserInput!) { banUser(input: $i) { id } }`,
        { i: { userId: banned.id, reason: 'spam' } },
        { as: moderator },
      );
      expect((await t.gql(THREADED, { target: banned.id }, { as: admin })).data.moderationLog.nodes).toEqual([
        { action: 'BAN_USER', thread: null },
      ]);
    });

    it('lists the current staff for moderators and admins', async () => {
      const member = await t.factory.user({ roles: ['STAFF'], totp: true, staffLocales: ['en'] });
      const LIST = `{ staffMembers { id badge { locales } } }`;
      expect((await t.gql(LIST, {}, { as: moderator })).data.staffMembers).toEqual(
        expect.arrayContaining([{ id: member.id, badge: { locales: ['en'] } }]),
      );
      expect(errorOf(await t.gql(LIST, {}, { as: await t.factory.user() })).code).toBe('FORBIDDEN');
    });

    it('lets an admin rename, describe and move a board in its list, logged; nobody else', async () => {
      const target = await t.factory.board({ locale: 'en' });
      const UPDATE = `mutation ($i: UpdateBoardInput!) { updateBoard(input: $i) { id name description } }`;
      const res = await t.gql(
        UPDATE,
        { i: { boardId: target.id, name: 'Deposits', description: 'Missing deposits and networks', position: 3 } },
        { as: admin },
      );
      expect(res.data.updateBoard).toEqual({ id: target.id, name: 'Deposits', description: 'Missing deposits and networks' });
      const [row] = await t.db.query(`SELECT name, position FROM boards WHERE id = $1`, [target.id]);
      expect(row).toEqual({ name: 'Deposits', position: 3 });
      const [entry] = await t.db.query(`SELECT action, after FROM moderation_log WHERE target_id = $1`, [target.id]);
      expect(entry).toMatchObject({ action: 'UPDATE_BOARD', after: { name: 'Deposits', position: 3 } });
      expect(errorOf(await t.gql(UPDATE, { i: { boardId: target.id, name: 'Mine now' } }, { as: moderator })).code).toBe('FORBIDDEN');
      expect(
        errorOf(await t.gql(UPDATE, { i: { boardId: '00000000-0000-4000-8000-000000000000', name: 'Nothing' } }, { as: admin })).code,
      ).toBe('NOT_FOUND');
      expect(errorOf(await t.gql(UPDATE, { i: { boardId: target.id, position: -1 } }, { as: admin })).code).toBe('BAD_USER_INPUT');
    });
  });

  describe('what moderators see of an account', () => {
    it('shows moderators the trust level and the history of removals, hides and bans; nobody else', async () => {
      const author = await t.factory.user();
      const thread = await t.factory.thread({ board, author: await t.factory.user() });
      const [removed, hidden, deleted] = [
        await t.factory.reply({ thread, author }),
        await t.factory.reply({ thread, author }),
        await t.factory.reply({ thread, author }),
      ];
      await t.gql(MODERATE, { input: { postId: removed.id, action: 'REMOVE', reason: 'scam' } }, { as: moderator });
      await t.gql(MODERATE, { input: { postId: hidden.id, action: 'HIDE', reason: 'suspicious' } }, { as: moderator });
      await t.gql(`mutation ($id: ID!) { deletePost(postId: $id) { id } }`, { id: deleted.id }, { as: author });
      await t.gql(
        `mutation ($i: BanUserInput!) { banUser(input: $i) { id } }`,
        { i: { userId: author.id, reason: 'scam links' } },
        { as: moderator },
      );
      await t.db.query(`UPDATE users SET reports_upheld = 2, reports_dismissed = 1 WHERE id = $1`, [author.id]);
      const ACCOUNT = `query ($id: ID!) { thread(id: $id) { replies(first: 1) { nodes { author { trustLevel moderationHistory { removedPosts hiddenPosts bans reportsUpheld reportsDismissed } } } } } }`;
      const seenBy = async (as: TestUser | null) => (await t.gql(ACCOUNT, { id: thread.id }, { as })).data.thread.replies.nodes[0].author;
      // A month old, with no visible post left: level 0 (new).
      expect(await seenBy(zhModerator)).toEqual({
        trustLevel: 0,
        moderationHistory: { removedPosts: 1, hiddenPosts: 1, bans: 1, reportsUpheld: 2, reportsDismissed: 1 },
      });
      expect(await seenBy(null)).toEqual({ trustLevel: null, moderationHistory: null });
      expect(await seenBy(await t.factory.user())).toEqual({ trustLevel: null, moderationHistory: null });
    });
  });

  describe('moderationLog', () => {
    it('shows admins everything, moderators their languages and their own actions, newest first, by page', async () => {
      const { reply } = await aReply();
      await t.gql(MODERATE, { input: { postId: reply.id, action: 'HIDE', reason: 'first' } }, { as: moderator });
      await t.gql(MODERATE, { input: { postId: reply.id, action: 'RESTORE', reason: 'second' } }, { as: moderator });
      const forAdmin = (await t.gql(LOG, { targetId: reply.id }, { as: admin })).data.moderationLog;
      expect(forAdmin.nodes.map((n: { action: string; reason: string }) => [n.action, n.reason])).toEqual([
        ['RESTORE_POST', 'second'],
        ['HIDE_POST', 'first'],
      ]);
      expect(forAdmin.nodes[0]).toMatchObject({ targetType: 'post', locale: 'en', actor: { id: moderator.id } });
      expect(JSON.parse(forAdmin.nodes[0].after)).toMatchObject({ state: 'VISIBLE' });
      expect((await t.gql(LOG, { targetId: reply.id }, { as: zhModerator })).data.moderationLog.nodes).toEqual([]);
      expect((await t.gql(LOG, { targetId: reply.id }, { as: moderator })).data.moderationLog.totalCount).toBe(2);

      const first = (await t.gql(LOG, { first: 1, targetId: reply.id }, { as: admin })).data.moderationLog;
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (await t.gql(LOG, { first: 1, after: first.pageInfo.endCursor, targetId: reply.id }, { as: admin })).data
        .moderationLog;
      expect(second.nodes.map((n: { reason: string }) => n.reason)).toEqual(['first']);
      expect(second.pageInfo.hasNextPage).toBe(false);
      expect(errorOf(await t.gql(LOG, { after: 'WyJ4IiwieSJd' }, { as: admin })).code).toBe('BAD_USER_INPUT');
      expect(errorOf(await t.gql(LOG, {}, { as: await t.factory.user() })).code).toBe('FORBIDDEN');
    });

    it('cannot be changed by the application’s own database role', async () => {
      const role = `beacon_app_${Date.now().toString(36)}`;
      await t.db.query(`CREATE ROLE ${role} NOLOGIN`);
      await t.db.query(`GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public TO ${role}`);
      const runner = t.db.createQueryRunner();
      try {
        await runner.query(`SET ROLE ${role}`);
        await expect(runner.query(`UPDATE moderation_log SET reason = 'rewritten'`)).rejects.toThrow(/append-only/);
        await expect(runner.query(`DELETE FROM moderation_log`)).rejects.toThrow(/append-only/);
        await expect(runner.query(`TRUNCATE moderation_log`)).rejects.toThrow(/append-only/);
        await expect(runner.query(`ALTER TABLE moderation_log DISABLE TRIGGER moderation_log_append_only`)).rejects.toThrow(/owner/);
      } finally {
        await runner.query(`RESET ROLE`);
        await runner.release();
        await t.db.query(`DROP OWNED BY ${role}; DROP ROLE ${role}`);
      }
    });
  });
});
