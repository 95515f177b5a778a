import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Factory, TestUser } from '../support/factory.js';
import { createTestApp, errorOf, type TestApp } from '../support/test-app.js';

const CREATE_THREAD = `mutation ($input: CreateThreadInput!) {
  createThread(input: $input) {
    id title tags status private pinned locked replyCount board { id } author { id }
    question { id body bodyHtml state revision author { id } }
  }
}`;
const CREATE_POST = `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`;
const THREAD = `query ($id: ID!) { thread(id: $id) { id title private } }`;
const THREADS = `query ($board: ID!, $first: Int, $after: String, $orderBy: ThreadOrder, $tag: String) {
  board(id: $board) {
    threads(first: $first, after: $after, orderBy: $orderBy, tag: $tag) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } totalCount }
  }
}`;

const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
type UserOptions = Parameters<Factory['user']>[0];

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

type Viewer =
  | 'visitor'
  | 'author'
  | 'other user'
  | 'staff of the locale'
  | 'staff of another locale'
  | 'moderator of the locale'
  | 'moderator of another locale';

describe('threads', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const start = (as: TestUser, input: Record<string, unknown>) =>
    t.gql(CREATE_THREAD, { input: { title: 'How do I withdraw to my bank?', body: 'It has been pending for a day.', ...input } }, { as });

  const page = async (board: { id: string }, args: Record<string, unknown> = {}, as?: TestUser | null) => {
    const res = await t.gql(THREADS, { board: board.id, ...args }, { as });
    expect(res.errors).toBeUndefined();
    const { edges, pageInfo, totalCount } = res.data.board.threads;
    return { ids: edges.map((e: { node: { id: string } }) => e.node.id) as string[], pageInfo, totalCount };
  };

  // Follows endCursor to the end, failing on a page that repeats the previous cursor.
  const walk = async (board: { id: string }, first: number, args: Record<string, unknown> = {}) => {
    const ids: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const { ids: more, pageInfo } = await page(board, { ...args, first, after });
      expect(more.length).toBeLessThanOrEqual(first);
      ids.push(...more);
      if (!pageInfo.hasNextPage) return ids;
      expect(pageInfo.endCursor).not.toBe(after);
      after = pageInfo.endCursor;
    }
    throw new Error('pagination did not end');
  };

  const viewer = (who: Viewer, author: TestUser): Promise<TestUser | null> | TestUser | null => {
    switch (who) {
      case 'visitor':
        return null;
      case 'author':
        return author;
      case 'other user':
        return t.factory.user();
      case 'staff of the locale':
        return t.factory.user({ roles: ['STAFF'], totp: true, staffLocales: ['en'] });
      case 'staff of another locale':
        return t.factory.user({ roles: ['STAFF'], totp: true, staffLocales: ['zh-CN'] });
      case 'moderator of the locale':
        return t.factory.user({ roles: ['MODERATOR'], totp: true, moderatorLocales: ['en'] });
      case 'moderator of another locale':
        return t.factory.user({ roles: ['MODERATOR'], totp: true, moderatorLocales: ['zh-CN'] });
    }
  };

  describe('createThread', () => {
    it('creates the thread with its question as the first post, in one transaction', async () => {
      const [author, board] = [await t.factory.user(), await t.factory.board()];
      const res = await start(author, { boardId: board.id, title: '  Withdrawal stuck in review  ', private: true });
      expect(res.errors).toBeUndefined();
      const thread = res.data.createThread;
      expect(thread).toMatchObject({
        title: 'Withdrawal stuck in review',
        status: 'OPEN',
        private: true,
        pinned: false,
        locked: false,
        replyCount: 0,
        tags: [],
      });
      expect(thread.board.id).toBe(board.id);
      expect(thread.author.id).toBe(author.id);
      expect(thread.question).toMatchObject({
        body: 'It has been pending for a day.',
        state: 'VISIBLE',
        revision: 1,
        author: { id: author.id },
      });
      const posts = await t.db.query(`SELECT id, post_number FROM posts WHERE thread_id = $1`, [thread.id]);
      expect(posts).toEqual([{ id: thread.question.id, post_number: 1 }]);
      expect(await t.db.query(`SELECT revision FROM post_revisions WHERE post_id = $1`, [thread.question.id])).toEqual([{ revision: 1 }]);
    });

    it('renders the Markdown body to sanitized HTML and keeps the Markdown as written', async () => {
      const [author, board] = [await t.factory.user(), await t.factory.board()];
      const body = [
        '**Steps** I tried:',
        '<script>alert(document.cookie)</script>',
        '<img src=x onerror=alert(1)>',
        '[click me](javascript:alert(1)) and [JS](JAVASCRIPT:alert(2))',
        'See [the help center](https://www.okx.com/help) or https://www.okx.com/support-center',
      ].join('\n\n');
      const { question } = (await start(author, { boardId: board.id, body })).data.createThread;
      expect(question.body).toBe(body);
      expect(question.bodyHtml).toContain('<strong>Steps</strong>');
      expect(question.bodyHtml).not.toMatch(/<script/i);
      expect(question.bodyHtml).not.toMatch(/<img/i);
      // Raw HTML survives only as escaped text: no tag carries an event handler or a script URL.
      expect(question.bodyHtml).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(question.bodyHtml).not.toMatch(/<[^>]*\son\w+\s*=/i);
      expect(question.bodyHtml).not.toMatch(/<[^>]*javascript:/i);
      const anchors = [...question.bodyHtml.matchAll(/<a [^>]*>/g)].map((m) => m[0]);
      expect(anchors).toEqual([
        '<a href="https://www.okx.com/help" rel="nofollow ugc noopener">',
        '<a href="https://www.okx.com/support-center" rel="nofollow ugc noopener">',
      ]);
    });

    it('lowercases, trims and deduplicates tags', async () => {
      const [author, board] = [await t.factory.user(), await t.factory.board()];
      const res = await start(author, { boardId: board.id, tags: ['Wallet', ' wallet ', 'KYC', '提币', 'kyc', 'fiat-deposit'] });
      expect(res.data.createThread.tags).toEqual(['wallet', 'kyc', '提币', 'fiat-deposit']);
    });

    it.each([
      ['title', { title: 'abcd' }],
      ['title', { title: '   abcd   ' }],
      ['title', { title: 't'.repeat(201) }],
      ['body', { body: '' }],
      ['body', { body: ' \n\t  ' }],
      ['body', { body: 'b'.repeat(50_001) }],
      ['tags', { tags: ['a', 'b', 'c', 'd', 'e', 'f'] }],
      ['tags', { tags: ['two words'] }],
      ['tags', { tags: ['t'.repeat(31)] }],
      ['tags', { tags: [''] }],
      ['boardId', { boardId: 'not-a-uuid' }],
      ['idempotencyKey', { idempotencyKey: 'k'.repeat(101) }],
    ])('refuses an invalid %s with a field message, storing nothing', async (field, overrides) => {
      const [author, board] = [await t.factory.user(), await t.factory.board()];
      const error = errorOf(await start(author, { boardId: board.id, ...overrides }));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(error.fields ?? {})).toEqual([field]);
      expect(await t.db.query(`SELECT 1 FROM threads WHERE author_id = $1`, [author.id])).toHaveLength(0);
    });

    it('accepts the limits: a 5-character title, a 200-character title, 5 tags and a 50,000-character Chinese body', async () => {
      const [author, board] = [await t.factory.user(), await t.factory.board()];
      const body = '提'.repeat(50_000);
      const ok = await Promise.all([
        start(author, { boardId: board.id, title: 'abcde' }),
        start(author, { boardId: board.id, title: 't'.repeat(200), tags: ['a', 'b', 'c', 'd', 'e'], body }),
      ]);
      expect(ok.map((r) => r.errors)).toEqual([undefined, undefined]);
      expect(ok[1].data.createThread.question.body).toHaveLength(50_000);
    });

    it('answers NOT_FOUND for a board that does not exist', async () => {
      const author = await t.factory.user();
      const res = await start(author, { boardId: '00000000-0000-4000-8000-000000000000' });
      expect(errorOf(res)).toMatchObject({ code: 'NOT_FOUND', message: 'The board was not found.' });
    });

    it.each<[string, UserOptions, string | null]>([
      ['staff of the board locale with 2FA', { roles: ['STAFF'], totp: true, staffLocales: ['en'] }, null],
      ['an admin', { roles: ['ADMIN'], totp: true }, null],
      ['a user', {}, 'FORBIDDEN'],
      ['staff of another locale', { roles: ['STAFF'], totp: true, staffLocales: ['zh-CN'] }, 'FORBIDDEN'],
      ['a moderator of the locale', { roles: ['MODERATOR'], totp: true, moderatorLocales: ['en'] }, 'FORBIDDEN'],
      ['staff of the locale without 2FA', { roles: ['STAFF'], totp: false, staffLocales: ['en'] }, 'TWO_FACTOR_REQUIRED'],
    ])('lets %s start an announcement (error: %s)', async (_who, options, expected) => {
      const board = await t.factory.board({ kind: 'ANNOUNCEMENTS' });
      const res = await start(await t.factory.user(options), { boardId: board.id, title: 'Scheduled maintenance tonight' });
      if (expected === null) expect(res.data.createThread.board.id).toBe(board.id);
      else expect(errorOf(res).code).toBe(expected);
      const stored = await t.db.query(`SELECT 1 FROM threads WHERE board_id = $1`, [board.id]);
      expect(stored).toHaveLength(expected === null ? 1 : 0);
    });

    describe('idempotency', () => {
      const countsOf = async (author: TestUser) => {
        const [row] = await t.db.query(
          `SELECT (SELECT count(*)::int FROM threads WHERE author_id = $1) AS threads, (SELECT count(*)::int FROM posts WHERE author_id = $1) AS posts`,
          [author.id],
        );
        return row;
      };

      it('returns the first thread to a retry with the same key and creates nothing twice', async () => {
        const [author, board] = [await t.factory.user(), await t.factory.board()];
        const first = await start(author, { boardId: board.id, idempotencyKey: 'retry-1' });
        const retry = await start(author, { boardId: board.id, idempotencyKey: 'retry-1', title: 'A different title this time' });
        expect(retry.data.createThread.id).toBe(first.data.createThread.id);
        expect(retry.data.createThread.title).toBe('How do I withdraw to my bank?');
        expect(await countsOf(author)).toEqual({ threads: 1, posts: 1 });
      });

      it('creates one thread for concurrent retries with the same key', async () => {
        const [author, board] = [await t.factory.user(), await t.factory.board()];
        const results = await Promise.all(
          Array.from({ length: 6 }, () => start(author, { boardId: board.id, idempotencyKey: 'double-click' })),
        );
        expect(results.map((r) => r.errors)).toEqual(Array(6).fill(undefined));
        expect(new Set(results.map((r) => r.data.createThread.id)).size).toBe(1);
        expect(await countsOf(author)).toEqual({ threads: 1, posts: 1 });
      });

      it('scopes keys to their author', async () => {
        const [a, b, board] = [await t.factory.user(), await t.factory.user(), await t.factory.board()];
        const first = await start(a, { boardId: board.id, idempotencyKey: 'same-key' });
        const second = await start(b, { boardId: board.id, idempotencyKey: 'same-key' });
        expect(second.data.createThread.id).not.toBe(first.data.createThread.id);
        expect(second.data.createThread.author.id).toBe(b.id);
      });

      it('answers CONFLICT for a key already used for a reply', async () => {
        const [author, board] = [await t.factory.user(), await t.factory.board()];
        const thread = await t.factory.thread({ board, author: await t.factory.user() });
        const reply = await t.gql(
          CREATE_POST,
          { input: { threadId: thread.id, body: 'Same here.', idempotencyKey: 'used-once' } },
          { as: author },
        );
        expect(reply.errors).toBeUndefined();
        expect(errorOf(await start(author, { boardId: board.id, idempotencyKey: 'used-once' })).code).toBe('CONFLICT');
        expect(await countsOf(author)).toEqual({ threads: 0, posts: 1 });
      });
    });
  });

  describe('thread(id)', () => {
    it('answers null for an unknown id and for an id that is not a uuid', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', "1' OR '1'='1"]) {
        const res = await t.gql(THREAD, { id });
        expect(res.errors).toBeUndefined();
        expect(res.data.thread).toBeNull();
      }
    });

    it.each([
      ['author', true, true],
      ['staff of the locale', true, false],
      ['moderator of the locale', true, true],
      ['other user', false, false],
      ['visitor', false, false],
      ['staff of another locale', false, false],
      ['moderator of another locale', false, false],
    ] as const)('shows the %s a private thread: %s, a held thread: %s', async (who, seesPrivate, seesHeld) => {
      const [author, board] = [await t.factory.user(), await t.factory.board()];
      const privateThread = await t.factory.thread({ board, author, private: true });
      const heldThread = await t.factory.thread({ board, author, state: 'HELD' });
      const as = await viewer(who, author);
      const seen = async (id: string) => (await t.gql(THREAD, { id }, { as })).data.thread?.id ?? null;
      expect(await seen(privateThread.id)).toBe(seesPrivate ? privateThread.id : null);
      expect(await seen(heldThread.id)).toBe(seesHeld ? heldThread.id : null);
    });
  });

  describe('Board.threads', () => {
    it('walks every page without duplicates or gaps, across ties in last activity and the pinned boundary', async () => {
      const [author, board] = [await t.factory.user(), await t.factory.board()];
      const tie = minutesAgo(5);
      const made: { id: string; at: Date; pinned: boolean }[] = [];
      for (let i = 0; i < 9; i++) {
        const at = i < 6 ? tie : minutesAgo(10 + i);
        const pinned = i === 8;
        made.push({ id: (await t.factory.thread({ board, author, createdAt: at, pinned })).id, at, pinned });
      }
      const expected = [...made]
        .sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : -1))
        .map((x) => x.id);
      for (const size of [1, 2, 4]) expect(await walk(board, size)).toEqual(expected);
      expect(await walk(board, 3, { orderBy: 'NEWEST' })).toEqual(expected);
    });

    it('caps a page at 100 threads and counts them all', async () => {
      const [author, board] = [await t.factory.user(), await t.factory.board()];
      await t.db.query(
        `INSERT INTO threads (board_id, author_id, title, state, last_post_number) SELECT $1, $2, 'Thread ' || g, 'VISIBLE', 1 FROM generate_series(1, 103) g`,
        [board.id, author.id],
      );
      const { ids, pageInfo, totalCount } = await page(board, { first: 1000 });
      expect(ids).toHaveLength(100);
      expect(pageInfo.hasNextPage).toBe(true);
      expect(totalCount).toBe(103);
      expect((await page(board, { first: 100, after: pageInfo.endCursor })).ids).toHaveLength(3);
    });

    it.each([
      ['not base64', 'not a cursor!'],
      ['not JSON', Buffer.from('{{{').toString('base64url')],
      ['a reply cursor', cursor([3])],
      ['values of the wrong type', cursor([1, 2, 3])],
      ['a date that is not a date', cursor([false, 'the day before', '00000000-0000-4000-8000-000000000000'])],
      ['an id that is not a uuid', cursor([false, '2025-01-01 00:00:00+00', "x' OR 1=1 --"])],
      ['far too long', 'A'.repeat(600)],
    ])('refuses a cursor that is %s as bad input', async (_what, after) => {
      const board = await t.factory.board();
      const res = await t.gql(THREADS, { board: board.id, after });
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: { after: 'The pagination cursor is not valid.' } });
    });

    it('orders by latest activity, by creation, or unanswered first-newest, pinned threads first in each', async () => {
      const [author, board] = [await t.factory.user(), await t.factory.board()];
      const pinned = await t.factory.thread({ board, author, createdAt: minutesAgo(60), pinned: true });
      const old = await t.factory.thread({ board, author, createdAt: minutesAgo(50) });
      const answered = await t.factory.thread({ board, author, createdAt: minutesAgo(40) });
      const locked = await t.factory.thread({ board, author, createdAt: minutesAgo(30), locked: true });
      const recent = await t.factory.thread({ board, author, createdAt: minutesAgo(20) });
      const answer = await t.factory.reply({ thread: answered, author });
      await t.db.query(`UPDATE threads SET official_answer_post_id = $2, last_activity_at = $3 WHERE id = $1`, [
        answered.id,
        answer.id,
        minutesAgo(25),
      ]);
      await t.factory.reply({ thread: old, author }); // the oldest thread becomes the most active

      expect((await page(board)).ids).toEqual([pinned.id, old.id, recent.id, answered.id, locked.id]);
      expect((await page(board, { orderBy: 'LATEST_ACTIVITY' })).ids).toEqual([pinned.id, old.id, recent.id, answered.id, locked.id]);
      expect((await page(board, { orderBy: 'NEWEST' })).ids).toEqual([pinned.id, recent.id, locked.id, answered.id, old.id]);
      const unanswered = await page(board, { orderBy: 'UNANSWERED' });
      expect(unanswered.ids).toEqual([pinned.id, recent.id, old.id]);
      expect(unanswered.totalCount).toBe(3);
    });

    it('filters by tag, case-insensitively, with a matching total', async () => {
      const [author, board] = [await t.factory.user(), await t.factory.board()];
      const both = await t.factory.thread({ board, author, tags: ['wallet', 'kyc'], createdAt: minutesAgo(3) });
      const wallet = await t.factory.thread({ board, author, tags: ['wallet'], createdAt: minutesAgo(2) });
      await t.factory.thread({ board, author, tags: ['deposit'], createdAt: minutesAgo(1) });
      expect(await page(board, { tag: ' WALLET ' })).toMatchObject({ ids: [wallet.id, both.id], totalCount: 2 });
      expect(await page(board, { tag: 'kyc' })).toMatchObject({ ids: [both.id], totalCount: 1 });
      expect(await page(board, { tag: 'none-such' })).toMatchObject({
        ids: [],
        totalCount: 0,
        pageInfo: { hasNextPage: false, endCursor: null },
      });
      expect(await page(board, { tag: "wallet' OR '1'='1" })).toMatchObject({ ids: [], totalCount: 0 });
    });

    it.each([
      ['visitor', ['public']],
      ['author', ['public', 'private', 'held']],
      ['other user', ['public']],
      ['staff of the locale', ['public', 'private']],
      ['staff of another locale', ['public']],
      ['moderator of the locale', ['public', 'private', 'held']],
      ['moderator of another locale', ['public']],
    ] as const)('lists for the %s only the threads it may see: %s', async (who, expected) => {
      const [author, board] = [await t.factory.user(), await t.factory.board()];
      const threads = {
        held: await t.factory.thread({ board, author, state: 'HELD', createdAt: minutesAgo(1) }),
        private: await t.factory.thread({ board, author, private: true, createdAt: minutesAgo(2) }),
        public: await t.factory.thread({ board, author, createdAt: minutesAgo(3) }),
      };
      const listed = await page(board, {}, await viewer(who, author));
      expect(listed.ids).toEqual(
        Object.entries(threads)
          .filter(([k]) => (expected as readonly string[]).includes(k))
          .map(([, v]) => v.id),
      );
      expect(listed.totalCount).toBe(expected.length);
    });
  });

  describe('hostile input', () => {
    it('stores SQL and HTML in titles and bodies verbatim, as inert text', async () => {
      const [author, board] = [await t.factory.user(), await t.factory.board()];
      const title = `'); DROP TABLE threads; -- <b onmouseover="x()">`;
      const body = `Robert'); DELETE FROM posts WHERE ('1'='1 <iframe src="https://evil.example"></iframe>`;
      const res = await start(author, { boardId: board.id, title, body });
      expect(res.errors).toBeUndefined();
      const { id, question } = res.data.createThread;
      expect((await t.gql(THREAD, { id })).data.thread.title).toBe(title);
      expect(question.body).toBe(body);
      expect(question.bodyHtml).not.toMatch(/<iframe/i);
      expect(question.bodyHtml).toContain('&lt;iframe');
      const [row] = await t.db.query(`SELECT t.title, p.body FROM threads t JOIN posts p ON p.id = t.question_post_id WHERE t.id = $1`, [
        id,
      ]);
      expect(row).toEqual({ title, body });
      expect(Number((await t.db.query(`SELECT count(*) AS n FROM posts`))[0].n)).toBeGreaterThan(0);
    });

    it('refuses SQL in tags as bad input', async () => {
      const [author, board] = [await t.factory.user(), await t.factory.board()];
      const error = errorOf(await start(author, { boardId: board.id, tags: ["x' OR '1'='1"] }));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', fields: { tags: expect.any(String) } });
    });
  });
});
