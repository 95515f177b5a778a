import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Factory, TestThread, TestUser } from '../support/factory.js';
import { createTestApp, errorOf, type TestApp } from '../support/test-app.js';
import { PostsRepository } from '../../apps/api/src/modules/posts/posts.repository.js';

const CREATE_POST = `mutation ($input: CreatePostInput!) {
  createPost(input: $input) { id body state revision author { id } thread { id replyCount lastActivityAt firstStaffResponseAt } }
}`;
const EDIT_POST = `mutation ($input: EditPostInput!) { editPost(input: $input) { id body bodyHtml revision editedAt state } }`;
const DELETE_POST = `mutation ($id: ID!) { deletePost(postId: $id) { id state body bodyHtml removalReason } }`;
const THREAD = `query ($id: ID!, $first: Int, $after: String) {
  thread(id: $id) {
    id replyCount firstStaffResponseAt
    replies(first: $first, after: $after) {
      edges { cursor node { id body bodyHtml state removalReason } } pageInfo { hasNextPage endCursor } totalCount
    }
  }
}`;
const THREADS = `query ($board: ID!) { board(id: $board) { threads { nodes { id } totalCount } } }`;

type UserOptions = Parameters<Factory['user']>[0];
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
const STAFF_EN: UserOptions = { roles: ['STAFF'], totp: true, staffLocales: ['en'] };
const MODERATOR_EN: UserOptions = { roles: ['MODERATOR'], totp: true, moderatorLocales: ['en'] };
const MODERATOR_ZH: UserOptions = { roles: ['MODERATOR'], totp: true, moderatorLocales: ['zh-CN'] };

describe('posts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  // A thread on an English board, asked half an hour ago.
  const aThread = async (options: Partial<Parameters<Factory['thread']>[0]> = {}) => {
    const author = (options.author as TestUser | undefined) ?? (await t.factory.user());
    const thread = await t.factory.thread({
      board: await t.factory.board(),
      author,
      createdAt: new Date(Date.now() - 30 * 60_000),
      ...options,
    });
    return { author, thread };
  };

  const reply = (as: TestUser, thread: { id: string }, extra: Record<string, unknown> = {}) =>
    t.gql(CREATE_POST, { input: { threadId: thread.id, body: 'Same problem here, it cleared after a day.', ...extra } }, { as });

  const edit = (as: TestUser, postId: string, expectedRevision: number, body = 'Edited: it cleared after two days.') =>
    t.gql(EDIT_POST, { input: { postId, body, expectedRevision } }, { as });

  const read = async (thread: { id: string }, as?: TestUser | null, args: Record<string, unknown> = {}) => {
    const res = await t.gql(THREAD, { id: thread.id, ...args }, { as });
    expect(res.errors).toBeUndefined();
    const { replies, ...rest } = res.data.thread;
    return {
      ...rest,
      ids: replies.edges.map((e: { node: { id: string } }) => e.node.id) as string[],
      nodes: replies.edges.map((e: { node: unknown }) => e.node),
      replies,
    };
  };

  const stored = (thread: TestThread) =>
    t.db.query(`SELECT id, post_number, state, body FROM posts WHERE thread_id = $1 ORDER BY post_number`, [thread.id]);

  describe('createPost', () => {
    it('adds a reply, counts it and moves the thread last activity', async () => {
      const { thread } = await aThread();
      const before = Date.now();
      const res = await reply(await t.factory.user(), thread);
      expect(res.errors).toBeUndefined();
      expect(res.data.createPost).toMatchObject({ body: 'Same problem here, it cleared after a day.', state: 'VISIBLE', revision: 1 });
      expect(res.data.createPost.thread.replyCount).toBe(1);
      expect(new Date(res.data.createPost.thread.lastActivityAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect((await stored(thread)).map((p: { post_number: number }) => p.post_number)).toEqual([1, 2]);
      expect(await t.db.query(`SELECT revision FROM post_revisions WHERE post_id = $1`, [res.data.createPost.id])).toEqual([
        { revision: 1 },
      ]);
    });

    it.each<[string, string | null, UserOptions]>([
      ['a user', 'THREAD_LOCKED', {}],
      ['a moderator of another locale', 'THREAD_LOCKED', MODERATOR_ZH],
      ['staff of the locale', 'THREAD_LOCKED', STAFF_EN],
      ['a moderator of the locale', null, MODERATOR_EN],
      ['an admin', null, { roles: ['ADMIN'], totp: true }],
    ])('on a locked thread, answers %s with %s (null: the reply is stored)', async (_who, expected, options) => {
      const { thread } = await aThread({ locked: true });
      const res = await reply(await t.factory.user(options), thread);
      if (expected) expect(errorOf(res).code).toBe(expected);
      else expect(res.data.createPost.thread.replyCount).toBe(1);
      expect(await stored(thread)).toHaveLength(expected ? 1 : 2);
    });

    it('answers NOT_FOUND for an unknown thread and for a thread the caller may not see', async () => {
      const user = await t.factory.user();
      const { thread: privateThread } = await aThread({ private: true });
      const { thread: heldThread } = await aThread({ state: 'HELD' });
      for (const thread of [{ id: NO_SUCH_ID }, privateThread, heldThread]) {
        expect(errorOf(await reply(user, thread))).toMatchObject({ code: 'NOT_FOUND', message: 'The thread was not found.' });
      }
      expect(await stored(privateThread)).toHaveLength(1);
      expect(await stored(heldThread)).toHaveLength(1);
    });

    it('returns the first post to a retry with the same idempotency key', async () => {
      const { thread } = await aThread();
      const user = await t.factory.user();
      const first = await reply(user, thread, { idempotencyKey: 'k-1' });
      const retry = await reply(user, thread, { idempotencyKey: 'k-1', body: 'A second attempt.' });
      expect(retry.data.createPost.id).toBe(first.data.createPost.id);
      expect(retry.data.createPost.body).toBe('Same problem here, it cleared after a day.');
      expect(await stored(thread)).toHaveLength(2);
      expect((await read(thread)).replyCount).toBe(1);
    });

    it('answers CONFLICT for a key reused on another thread or already used for a question', async () => {
      const user = await t.factory.user();
      const [{ thread: a }, { thread: b, author: asker }] = [await aThread(), await aThread()];
      await reply(user, a, { idempotencyKey: 'k-2' });
      expect(errorOf(await reply(user, b, { idempotencyKey: 'k-2' })).code).toBe('CONFLICT');
      await t.db.query(`UPDATE posts SET idempotency_key = 'k-3' WHERE id = $1`, [b.questionId]);
      expect(errorOf(await reply(asker, b, { idempotencyKey: 'k-3' })).code).toBe('CONFLICT');
      expect(await stored(b)).toHaveLength(1);
    });

    // What createPost decided from the thread it read must still hold when the reply is
    // written: a lock, a removal or a change of privacy in between stores nothing.
    it.each([
      ['locked', `locked = true`],
      ['removed', `state = 'REMOVED'`],
      ['made private', `private = true`],
    ])('stores no reply when the thread was %s after it was read', async (_change, update) => {
      const { thread } = await aThread();
      const author = await t.factory.user();
      await t.db.query(`UPDATE threads SET ${update} WHERE id = $1`, [thread.id]);
      const reply = await t.app.get(PostsRepository).appendReply({
        id: randomUUID(),
        threadId: thread.id,
        authorId: author.id,
        body: 'Too late.',
        bodyHtml: '<p>Too late.</p>',
        state: 'VISIBLE',
        idempotencyKey: null,
        scamScore: null,
        scamVerdict: null,
        staffResponse: false,
        seen: { state: 'VISIBLE', locked: false, private: false },
        events: [JSON.stringify([{ type: 'PostCreated', threadId: thread.id }]), 'beacon_test'],
      });
      expect(reply).toBeNull();
      expect(
        await t.db.query(`SELECT id FROM domain_events WHERE payload->>'threadId' = $1 AND payload->>'type' = 'PostCreated'`, [thread.id]),
      ).toEqual([]);
      expect(await stored(thread)).toHaveLength(1);
      expect(await t.db.query(`SELECT reply_count, last_post_number FROM threads WHERE id = $1`, [thread.id])).toEqual([
        { reply_count: 0, last_post_number: 1 },
      ]);
    });

    // A thread whose row keeps refusing the write (here a trigger skips every update of it) is
    // read again, twice, and then the reply is refused: nothing is stored.
    it('answers CONFLICT after three attempts when the thread keeps changing under the reply', async () => {
      const { thread } = await aThread();
      await t.db.query(`CREATE FUNCTION skip_thread_update() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`);
      await t.db.query(
        `CREATE TRIGGER skip_thread_update BEFORE UPDATE ON threads FOR EACH ROW WHEN (OLD.id = '${thread.id}') EXECUTE FUNCTION skip_thread_update()`,
      );
      try {
        expect(errorOf(await reply(await t.factory.user(), thread))).toMatchObject({
          code: 'CONFLICT',
          message: 'The thread changed while your reply was being saved. Try again.',
        });
      } finally {
        await t.db.query(`DROP TRIGGER skip_thread_update ON threads`);
        await t.db.query(`DROP FUNCTION skip_thread_update()`);
      }
      expect(await stored(thread)).toHaveLength(1);
    });

    it('keeps the counters exact under 20 concurrent replies', async () => {
      const { thread } = await aThread();
      const users = await Promise.all(Array.from({ length: 4 }, () => t.factory.user()));
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => reply(users[i % 4], thread, { body: `Reply number ${i}` })));
      expect(results.filter((r) => r.errors)).toEqual([]);
      expect((await read(thread)).replyCount).toBe(20);
      const numbers = (await stored(thread)).map((p: { post_number: number }) => p.post_number);
      expect(numbers).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
      const [row] = await t.db.query(`SELECT reply_count, last_post_number FROM threads WHERE id = $1`, [thread.id]);
      expect(row).toEqual({ reply_count: 20, last_post_number: 21 });
    });
  });

  describe('Thread.replies', () => {
    it('pages through the replies in order, without duplicates or gaps', async () => {
      const { thread, author } = await aThread();
      const made = [];
      for (let i = 0; i < 7; i++) made.push((await t.factory.reply({ thread, author, body: `reply ${i}` })).id);
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 3; page++) {
        const { ids, replies } = await read(thread, null, { first: 3, after });
        expect(ids.length).toBe(page < 2 ? 3 : 1);
        expect(replies.pageInfo.hasNextPage).toBe(page < 2);
        expect(replies.totalCount).toBe(7);
        seen.push(...ids);
        after = replies.pageInfo.endCursor;
      }
      expect(seen).toEqual(made);
    });

    it('caps a page at 100 replies', async () => {
      const { thread, author } = await aThread();
      await t.db.query(
        `INSERT INTO posts (thread_id, author_id, post_number, body, body_html) SELECT $1, $2, g, 'r', '<p>r</p>' FROM generate_series(2, 104) g`,
        [thread.id, author.id],
      );
      const { ids, replies } = await read(thread, null, { first: 1000 });
      expect(ids).toHaveLength(100);
      expect(replies.pageInfo.hasNextPage).toBe(true);
      expect((await read(thread, null, { first: 100, after: replies.pageInfo.endCursor })).ids).toHaveLength(3);
    });

    it.each([
      ['garbage', 'not a cursor'],
      ['a thread cursor', cursor([false, '2025-01-01 00:00:00+00', NO_SUCH_ID])],
      ['a number as text', cursor(['2'])],
      ['a fraction', cursor([1.5])],
      ['beyond the integer range', cursor([1e300])],
    ])('refuses a cursor that is %s as bad input', async (_what, after) => {
      const { thread } = await aThread();
      const res = await t.gql(THREAD, { id: thread.id, after });
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: { after: 'The pagination cursor is not valid.' } });
    });
  });

  describe('permalinks and paging backwards', () => {
    const PAGE = `query ($id: ID!, $first: Int, $last: Int, $before: String, $fromNumber: Int, $after: String) {
      thread(id: $id) { replies(first: $first, last: $last, before: $before, fromNumber: $fromNumber, after: $after) {
        nodes { number } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
    }`;
    async function threadOf(replies: number) {
      const { thread, author } = await aThread();
      for (let i = 0; i < replies; i++) await t.factory.reply({ thread, author, body: `Reply ${i + 2}` });
      return thread;
    }
    const page = async (thread: TestThread, args: Record<string, unknown>, as?: TestUser) => {
      const res = await t.gql(PAGE, { id: thread.id, ...args }, as ? { as } : {});
      expect(res.errors).toBeUndefined();
      const { nodes, pageInfo } = res.data.thread.replies;
      return { numbers: nodes.map((n: { number: number }) => n.number), pageInfo };
    };

    it('starts a page at a post number, with the replies before it announced', async () => {
      const thread = await threadOf(12);
      const { numbers, pageInfo } = await page(thread, { fromNumber: 7, first: 3 });
      expect(numbers).toEqual([7, 8, 9]);
      expect(pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
      const earlier = await page(thread, { last: 3, before: pageInfo.startCursor });
      expect(earlier.numbers).toEqual([4, 5, 6]);
      expect(earlier.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    });

    it('pages backwards from the end down to the first reply, never the question', async () => {
      const thread = await threadOf(7);
      const seen: number[][] = [];
      let before: string | undefined;
      for (;;) {
        const { numbers, pageInfo } = await page(thread, { last: 3, ...(before ? { before } : {}) });
        seen.push(numbers);
        if (!pageInfo.hasPreviousPage) break;
        before = pageInfo.startCursor;
      }
      expect(seen).toEqual([[6, 7, 8], [3, 4, 5], [2]]);
    });

    it('skips replies the viewer may not see at a permalink, as everywhere', async () => {
      const { thread, author } = await aThread();
      const scammer = await t.factory.user();
      await t.factory.reply({ thread, author });
      await t.factory.reply({ thread, author: scammer, state: 'HELD' });
      await t.factory.reply({ thread, author });
      expect((await page(thread, { fromNumber: 3 })).numbers).toEqual([4]);
      expect((await page(thread, { fromNumber: 3 }, scammer)).numbers).toEqual([3, 4]);
      expect((await page(thread, { last: 5 })).numbers).toEqual([2, 4]);
    });

    it('refuses mixing directions, a bad cursor and a post number below 1 as bad input, naming the argument', async () => {
      const thread = await threadOf(2);
      const mixed = errorOf(await t.gql(PAGE, { id: thread.id, last: 2, after: cursor([2]) }, { lang: 'zh-CN' }));
      expect(mixed.code).toBe('BAD_USER_INPUT');
      expect(mixed.message).toMatch(/[\u4e00-\u9fff]/);
      expect(errorOf(await t.gql(PAGE, { id: thread.id, last: 2, before: 'nonsense' }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { before: 'The pagination cursor is not valid.' },
      });
      expect(errorOf(await t.gql(PAGE, { id: thread.id, fromNumber: 0 })).code).toBe('BAD_USER_INPUT');
    });
  });

  describe('first staff response', () => {
    it.each<[string, boolean, UserOptions | 'staff author']>([
      ['staff of the thread locale with 2FA', true, STAFF_EN],
      ['the thread author, even when staff', false, 'staff author'],
      ['a user', false, {}],
      ['staff of another locale', false, { roles: ['STAFF'], totp: true, staffLocales: ['zh-CN'] }],
      ['a moderator of the locale', false, MODERATOR_EN],
    ])('is set by a reply of %s: %s', async (_who, sets, options) => {
      const staffAuthor = options === 'staff author' ? await t.factory.user(STAFF_EN) : undefined;
      const { thread } = await aThread(staffAuthor ? { author: staffAuthor } : {});
      const responder = staffAuthor ?? (await t.factory.user(options as UserOptions));
      const before = Date.now() - 1000;
      const { firstStaffResponseAt } = (await reply(responder, thread)).data.createPost.thread;
      if (!sets) return expect(firstStaffResponseAt).toBeNull();
      expect(new Date(firstStaffResponseAt).getTime()).toBeGreaterThanOrEqual(before);
      await reply(await t.factory.user(STAFF_EN), thread);
      expect((await read(thread)).firstStaffResponseAt).toBe(firstStaffResponseAt);
    });
  });

  describe('editPost', () => {
    it('edits with the revision seen, keeping every revision', async () => {
      const { thread, author } = await aThread();
      const post = await t.factory.reply({ thread, author, body: 'first' });
      const second = await edit(author, post.id, 1, '**second**');
      expect(second.data.editPost).toMatchObject({
        body: '**second**',
        bodyHtml: '<p><strong>second</strong></p>\n',
        revision: 2,
        state: 'VISIBLE',
      });
      expect(second.data.editPost.editedAt).not.toBeNull();
      expect((await edit(author, post.id, 2, 'third')).data.editPost.revision).toBe(3);
      const revisions = await t.db.query(`SELECT revision, body, edited_by_id FROM post_revisions WHERE post_id = $1 ORDER BY revision`, [
        post.id,
      ]);
      expect(revisions).toEqual([
        { revision: 1, body: 'first', edited_by_id: author.id },
        { revision: 2, body: '**second**', edited_by_id: author.id },
        { revision: 3, body: 'third', edited_by_id: author.id },
      ]);
    });

    it('refuses a stale revision with CONFLICT and changes nothing', async () => {
      const { thread, author } = await aThread();
      await edit(author, thread.questionId, 1, 'Edited once.');
      expect(errorOf(await edit(author, thread.questionId, 1, 'Lost update?')).code).toBe('CONFLICT');
      const [row] = await t.db.query(`SELECT body, revision FROM posts WHERE id = $1`, [thread.questionId]);
      expect(row).toEqual({ body: 'Edited once.', revision: 2 });
      expect(await t.db.query(`SELECT 1 FROM post_revisions WHERE post_id = $1`, [thread.questionId])).toHaveLength(2);
    });

    it('lets exactly one of two concurrent edits of the same revision win', async () => {
      const { thread, author } = await aThread();
      const results = await Promise.all([edit(author, thread.questionId, 1, 'Edit A.'), edit(author, thread.questionId, 1, 'Edit B.')]);
      const winners = results.filter((r) => !r.errors);
      expect(winners).toHaveLength(1);
      expect(errorOf(results.find((r) => r.errors)!).code).toBe('CONFLICT');
      const [row] = await t.db.query(`SELECT body, revision FROM posts WHERE id = $1`, [thread.questionId]);
      expect(row).toEqual({ body: winners[0].data.editPost.body, revision: 2 });
    });

    it('lets a moderator of the locale edit, recording who edited', async () => {
      const { thread } = await aThread();
      const moderator = await t.factory.user(MODERATOR_EN);
      expect((await edit(moderator, thread.questionId, 1)).data.editPost.revision).toBe(2);
      const [rev] = await t.db.query(`SELECT edited_by_id FROM post_revisions WHERE post_id = $1 AND revision = 2`, [thread.questionId]);
      expect(rev.edited_by_id).toBe(moderator.id);
    });

    it('answers FORBIDDEN to another user, NOT_FOUND for an unknown or invisible post', async () => {
      const { thread } = await aThread();
      const { thread: held } = await aThread({ state: 'HELD' });
      const other = await t.factory.user();
      expect(errorOf(await edit(other, thread.questionId, 1)).code).toBe('FORBIDDEN');
      expect(errorOf(await edit(other, NO_SUCH_ID, 1)).code).toBe('NOT_FOUND');
      expect(errorOf(await edit(other, held.questionId, 1)).code).toBe('NOT_FOUND');
      const rows = await t.db.query(`SELECT revision FROM posts WHERE id = ANY($1::uuid[])`, [[thread.questionId, held.questionId]]);
      expect(rows).toEqual([{ revision: 1 }, { revision: 1 }]);
    });

    it('answers CONFLICT for a removed post and THREAD_LOCKED on a locked thread', async () => {
      const { thread, author } = await aThread();
      const post = await t.factory.reply({ thread, author });
      await t.gql(DELETE_POST, { id: post.id }, { as: author });
      expect(errorOf(await edit(author, post.id, 1)).code).toBe('CONFLICT');
      await t.db.query(`UPDATE threads SET locked = true WHERE id = $1`, [thread.id]);
      expect(errorOf(await edit(author, thread.questionId, 1)).code).toBe('THREAD_LOCKED');
    });

    it('refuses a blank body', async () => {
      const { thread, author } = await aThread();
      expect(errorOf(await edit(author, thread.questionId, 1, '   \n'))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { body: 'Must contain some text.' },
      });
    });
  });

  describe('deletePost', () => {
    it('soft-deletes a reply: a tombstone for others, the row kept, one reply fewer', async () => {
      const { thread, author } = await aThread();
      const replier = await t.factory.user();
      const post = await t.factory.reply({ thread, author: replier, body: 'Oops, wrong thread.' });
      await t.factory.reply({ thread, author });
      const res = await t.gql(DELETE_POST, { id: post.id }, { as: replier });
      expect(res.data.deletePost).toMatchObject({ id: post.id, state: 'REMOVED', removalReason: 'Deleted by its author' });
      for (const viewer of [null, author]) {
        const node = (await read(thread, viewer)).nodes.find((n: { id: string }) => n.id === post.id);
        expect(node).toEqual({ id: post.id, body: null, bodyHtml: null, state: 'REMOVED', removalReason: 'Deleted by its author' });
      }
      const moderatorView = (await read(thread, await t.factory.user(MODERATOR_EN))).nodes.find((n: { id: string }) => n.id === post.id);
      expect(moderatorView.body).toBe('Oops, wrong thread.');
      expect((await read(thread)).replyCount).toBe(1);
      expect((await stored(thread)).find((p: { id: string }) => p.id === post.id)).toMatchObject({
        state: 'REMOVED',
        body: 'Oops, wrong thread.',
      });
    });

    it('counts a deletion once, however often it is repeated', async () => {
      const { thread, author } = await aThread();
      const post = await t.factory.reply({ thread, author });
      await t.factory.reply({ thread, author });
      for (let i = 0; i < 3; i++) await t.gql(DELETE_POST, { id: post.id }, { as: author });
      expect((await read(thread)).replyCount).toBe(1);
    });

    it('takes the thread out of the board listing when the question is deleted', async () => {
      const { thread, author } = await aThread();
      const listed = async () => (await t.gql(THREADS, { board: thread.boardId })).data.board.threads;
      expect((await listed()).nodes).toEqual([{ id: thread.id }]);
      await t.gql(DELETE_POST, { id: thread.questionId }, { as: author });
      expect(await listed()).toEqual({ nodes: [], totalCount: 0 });
    });

    it('closes a thread whose question was deleted: a tombstone for everyone, no more replies', async () => {
      const { thread, author } = await aThread({ body: 'My secret question' });
      await t.gql(DELETE_POST, { id: thread.questionId }, { as: author });
      const lookup = `query ($id: ID!) { thread(id: $id) { id title tags question { state body } replies { totalCount } } }`;
      const tombstone = {
        id: thread.id,
        title: '[Removed]',
        tags: [],
        question: { state: 'REMOVED', body: null },
        replies: { totalCount: 0 },
      };
      expect((await t.gql(lookup, { id: thread.id })).data.thread).toEqual(tombstone);
      expect((await t.gql(lookup, { id: thread.id }, { as: await t.factory.user() })).data.thread).toEqual(tombstone);
      expect((await t.gql(lookup, { id: thread.id }, { as: author })).data.thread.question).toEqual({ state: 'REMOVED', body: null });
      const reply = await t.gql(
        `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`,
        { input: { threadId: thread.id, body: 'Anyone?' } },
        { as: author },
      );
      expect(errorOf(reply).code).toBe('THREAD_LOCKED');
      const outsider = await t.gql(
        `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`,
        { input: { threadId: thread.id, body: 'Anyone?' } },
        { as: await t.factory.user() },
      );
      expect(errorOf(outsider).code).toBe('THREAD_LOCKED');
    });

    it('is for the author only', async () => {
      const { thread } = await aThread();
      for (const options of [{}, MODERATOR_EN]) {
        expect(errorOf(await t.gql(DELETE_POST, { id: thread.questionId }, { as: await t.factory.user(options) })).code).toBe('FORBIDDEN');
      }
      expect((await stored(thread))[0].state).toBe('VISIBLE');
    });
  });

  describe('held replies', () => {
    it.each<[string, boolean, UserOptions | 'author' | 'visitor']>([
      ['its author', true, 'author'],
      ['a moderator of the locale', true, MODERATOR_EN],
      ['another user', false, {}],
      ['staff of the locale', false, STAFF_EN],
      ['a moderator of another locale', false, MODERATOR_ZH],
      ['a visitor', false, 'visitor'],
    ])('are shown to %s: %s, and never counted', async (_who, visible, options) => {
      const { thread } = await aThread();
      const replier = await t.factory.user();
      const held = await t.factory.reply({ thread, author: replier, state: 'HELD' });
      const shown = await t.factory.reply({ thread, author: replier });
      const viewer = options === 'visitor' ? null : options === 'author' ? replier : await t.factory.user(options);
      const view = await read(thread, viewer);
      expect(view.ids).toEqual(visible ? [held.id, shown.id] : [shown.id]);
      expect(view.replies.totalCount).toBe(visible ? 2 : 1);
      expect(view.replyCount).toBe(1);
    });
  });
});
