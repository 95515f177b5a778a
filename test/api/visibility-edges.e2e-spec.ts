import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Factory, TestBoard, TestThread, TestUser } from '../support/factory.js';
import { createTestApp, errorOf, type TestApp } from '../support/test-app.js';

// What a viewer may not see is absent through every edge that names it: a thread by id, a
// board's listing, a thread's question, official answer and replies, and a reply's thread.
// The expectations are written out here from the product's rules, not derived from the code.
const VIEWERS = [
  'visitor',
  'author',
  'other user',
  'banned user',
  'staff',
  'staff without 2FA',
  'staff of zh-CN',
  'moderator',
  'moderator of zh-CN',
  'admin',
] as const;
type Viewer = (typeof VIEWERS)[number];
type UserOptions = Parameters<Factory['user']>[0];
const ACCOUNTS: Record<Exclude<Viewer, 'visitor' | 'author'>, UserOptions> = {
  'other user': {},
  'banned user': { bannedUntil: new Date(Date.now() + 86_400_000), banReason: 'spam' },
  staff: { roles: ['STAFF'], totp: true, staffLocales: ['en'] },
  'staff without 2FA': { roles: ['STAFF'], totp: false, staffLocales: ['en'] },
  'staff of zh-CN': { roles: ['STAFF'], totp: true, staffLocales: ['zh-CN'] },
  moderator: { roles: ['MODERATOR'], totp: true, moderatorLocales: ['en'] },
  'moderator of zh-CN': { roles: ['MODERATOR'], totp: true, moderatorLocales: ['zh-CN'] },
  admin: { roles: ['ADMIN'], totp: true },
};

// none: the thread does not exist for the viewer; tomb: its tombstone (no title, question text,
// official answer or replies); full: the whole thread.
type Seen = 'none' | 'tomb' | 'full';
const n = 'none',
  T = 'tomb',
  F = 'full';
// prettier-ignore
const THREADS: Record<string, { options: { private?: boolean; state?: string }; seen: Seen[]; listed: boolean[] }> = {
  //                                                    visitor author other banned staff  staff   staff  moder. moder.  admin
  //                                                                                        no 2FA  zh-CN         zh-CN
  public:  { options: {},                    seen:   [F,      F,     F,    F,     F,     F,      F,     F,     F,      F],
                                             listed: [true,   true,  true, true,  true,  true,   true,  true,  true,   true] },
  private: { options: { private: true },     seen:   [n,      F,     n,    n,     F,     n,      n,     F,     n,      F],
                                             listed: [false,  true,  false,false, true,  false,  false, true,  false,  true] },
  held:    { options: { state: 'HELD' },     seen:   [n,      F,     n,    n,     n,     n,      n,     F,     n,      F],
                                             listed: [false,  true,  false,false, false, false,  false, true,  false,  true] },
  hidden:  { options: { state: 'HIDDEN' },   seen:   [T,      F,     T,    T,     T,     T,      T,     F,     T,      F],
                                             listed: [false,  false, false,false, false, false,  false, false, false,  false] },
  removed: { options: { state: 'REMOVED' },  seen:   [T,      T,     T,    T,     T,     T,      T,     F,     T,      F],
                                             listed: [false,  false, false,false, false, false,  false, false, false,  false] },
};
// A held reply in a public thread: its author and the moderators of the language see it.
const SEES_HELD_REPLY: boolean[] = [false, true, false, false, false, false, false, true, false, true];

const THREAD_PAGE = `query ($id: ID!) {
  thread(id: $id) {
    id title
    question { id body thread { id title } }
    officialAnswer { id body thread { id } }
    replies(first: 50) { nodes { id body thread { id title } } }
  }
}`;
const LISTING = `query ($id: ID!) { board(id: $id) { threads(first: 100) { nodes { id } } } }`;
const TOMBSTONE_TITLES = ['[Hidden by a moderator]', '[Removed]'];

describe('visibility through every edge, for every viewer', () => {
  let t: TestApp;
  let board: TestBoard;
  const viewers = {} as Record<Viewer, TestUser | null>;
  const threads: Record<string, { thread: TestThread; title: string; answerId: string; replyId: string }> = {};
  let heldReply: { id: string };
  let publicThread: TestThread;

  beforeAll(async () => {
    t = await createTestApp();
    board = await t.factory.board({ locale: 'en' });
    viewers.visitor = null;
    viewers.author = await t.factory.user();
    for (const [name, options] of Object.entries(ACCOUNTS)) viewers[name as Viewer] = await t.factory.user(options);
    const staffer = await t.factory.user({ roles: ['STAFF'], totp: true, staffLocales: ['en'] });
    for (const [name, { options }] of Object.entries(THREADS)) {
      const title = `The ${name} thread`;
      const thread = await t.factory.thread({ board, author: viewers.author!, title, ...options });
      const reply = await t.factory.reply({ thread, author: viewers.author!, body: `A reply in the ${name} thread.` });
      const answer = await t.factory.reply({ thread, author: staffer, body: `The official answer in the ${name} thread.` });
      await t.db.query(`UPDATE threads SET official_answer_post_id = $2 WHERE id = $1`, [thread.id, answer.id]);
      threads[name] = { thread, title, answerId: answer.id, replyId: reply.id };
    }
    publicThread = threads.public.thread;
    heldReply = await t.factory.reply({ thread: publicThread, author: viewers.author!, body: 'A held reply.', state: 'HELD' });
  });
  afterAll(() => t.close());

  const as = (viewer: Viewer) => (viewers[viewer] ? { as: viewers[viewer]! } : {});

  describe.each(Object.keys(THREADS))('the %s thread', (name) => {
    it.each(VIEWERS.map((v, i) => [v, i] as const))(
      'as %s: by id, its question, official answer, replies and their thread',
      async (viewer, i) => {
        const { thread, title, answerId, replyId } = threads[name];
        const res = await t.gql(THREAD_PAGE, { id: thread.id }, as(viewer));
        expect(res.errors).toBeUndefined();
        const page = res.data.thread;
        const seen = THREADS[name].seen[i];
        if (seen === 'none') {
          expect(page).toBeNull();
          return;
        }
        expect(page.id).toBe(thread.id);
        if (seen === 'tomb') {
          expect(TOMBSTONE_TITLES).toContain(page.title);
          expect(page.question.body).toBeNull();
          expect(page.officialAnswer).toBeNull();
          expect(page.replies.nodes).toEqual([]);
          expect(page.question.thread.title).toBe(page.title);
          return;
        }
        expect(page.title).toBe(title);
        expect(page.question.body).not.toBeNull();
        expect(page.question.thread).toEqual({ id: thread.id, title });
        expect(page.officialAnswer).toMatchObject({ id: answerId, thread: { id: thread.id } });
        const ids = page.replies.nodes.map((r: { id: string }) => r.id);
        expect(ids).toEqual(expect.arrayContaining([replyId, answerId]));
        for (const reply of page.replies.nodes) expect(reply.thread).toEqual({ id: thread.id, title });
        if (name === 'public') expect(ids.includes(heldReply.id)).toBe(SEES_HELD_REPLY[i]);
      },
    );

    it.each(VIEWERS.map((v, i) => [v, i] as const))('as %s: in the board listing', async (viewer, i) => {
      const res = await t.gql(LISTING, { id: board.id }, as(viewer));
      const ids = res.data.board.threads.nodes.map((node: { id: string }) => node.id);
      expect(ids.includes(threads[name].thread.id)).toBe(THREADS[name].listed[i]);
    });
  });

  // A reply's own author reaches it through the mutations that return it: its thread follows the
  // same rules (a reply in a thread its author may no longer see is not found at all).
  it.each([
    ['public', 'ok'],
    ['hidden', 'ok'],
    ['removed', 'NOT_FOUND'],
  ] as const)('a reply’s thread through deletePost, for its author, in the %s thread', async (name, outcome) => {
    const reply = await t.factory.reply({ thread: threads[name].thread, author: viewers.author!, body: 'Mine, to delete.' });
    const res = await t.gql(
      `mutation ($id: ID!) { deletePost(postId: $id) { id state thread { id title } } }`,
      { id: reply.id },
      as('author'),
    );
    if (outcome === 'NOT_FOUND') {
      expect(errorOf(res).code).toBe('NOT_FOUND');
      return;
    }
    expect(res.data.deletePost).toEqual({
      id: reply.id,
      state: 'REMOVED',
      thread: { id: threads[name].thread.id, title: threads[name].title },
    });
  });

  it('a reply of another user in a private thread is not found for someone outside it', async () => {
    const res = await t.gql(
      `mutation ($id: ID!) { deletePost(postId: $id) { id thread { title } } }`,
      { id: threads.private.replyId },
      as('other user'),
    );
    expect(errorOf(res).code).toBe('NOT_FOUND');
  });
});
