import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Factory, TestBoard, TestThread, TestUser } from '../support/factory.js';
import { createTestApp, errorOf, type TestApp } from '../support/test-app.js';

const MARK = `mutation ($id: ID!) { markOfficialAnswer(postId: $id) { id status officialAnswer { id isOfficialAnswer author { handle badge { title } } } } }`;
const UNMARK = `mutation ($id: ID!) { unmarkOfficialAnswer(threadId: $id) { id status officialAnswer { id } } }`;
const PAGE = `query ($id: ID!) { thread(id: $id) { status officialAnswer { id } replies { nodes { id isOfficialAnswer } } } }`;
type UserOptions = Parameters<Factory['user']>[0];
const STAFF_EN: UserOptions = { roles: ['STAFF'], totp: true, staffLocales: ['en'] };

describe('official answers', () => {
  let t: TestApp;
  let board: TestBoard;
  let asker: TestUser;
  let staff: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    board = await t.factory.board({ locale: 'en' });
    asker = await t.factory.user();
    staff = await t.factory.user(STAFF_EN);
    await t.db.query(
      `INSERT INTO staff_badges (user_id, title, team, locales) VALUES ($1, 'Support', 'Support', '{en}') ON CONFLICT DO NOTHING`,
      [staff.id],
    );
  });
  afterAll(() => t.close());

  async function scene(options: { private?: boolean; locked?: boolean } = {}) {
    const thread = await t.factory.thread({ board, author: asker, ...options });
    const answer = await t.factory.reply({ thread, author: staff, body: 'Here is how it works.' });
    const other = await t.factory.reply({ thread, author: asker, body: 'Some more detail.' });
    return { thread, answer, other };
  }
  const logOf = (thread: TestThread) =>
    t.db.query(`SELECT action, actor_id, before, after FROM moderation_log WHERE target_id = $1 ORDER BY created_at, id`, [thread.id]);

  it('marks a reply: the thread is ANSWERED, the answer under the question, the change logged', async () => {
    const { thread, answer } = await scene();
    const res = await t.gql(MARK, { id: answer.id }, { as: staff });
    expect(res.data.markOfficialAnswer).toMatchObject({
      status: 'ANSWERED',
      officialAnswer: { id: answer.id, isOfficialAnswer: true, author: { handle: staff.handle } },
    });
    const page = (await t.gql(PAGE, { id: thread.id })).data.thread;
    expect(page.officialAnswer.id).toBe(answer.id);
    expect(page.replies.nodes.filter((r: { isOfficialAnswer: boolean }) => r.isOfficialAnswer).map((r: { id: string }) => r.id)).toEqual([
      answer.id,
    ]);
    expect(await logOf(thread)).toEqual([
      {
        action: 'MARK_OFFICIAL_ANSWER',
        actor_id: staff.id,
        before: { officialAnswerPostId: null },
        after: { officialAnswerPostId: answer.id },
      },
    ]);
  });

  it('replaces the mark when another reply is marked, and unmarking opens the thread again', async () => {
    const { thread, answer, other } = await scene();
    await t.gql(MARK, { id: answer.id }, { as: staff });
    expect((await t.gql(MARK, { id: other.id }, { as: staff })).data.markOfficialAnswer.officialAnswer.id).toBe(other.id);
    expect((await t.gql(UNMARK, { id: thread.id }, { as: staff })).data.unmarkOfficialAnswer).toEqual({
      id: thread.id,
      status: 'OPEN',
      officialAnswer: null,
    });
    expect((await logOf(thread)).map((l: { action: string }) => l.action)).toEqual([
      'MARK_OFFICIAL_ANSWER',
      'MARK_OFFICIAL_ANSWER',
      'UNMARK_OFFICIAL_ANSWER',
    ]);
  });

  it('refuses the question and a hidden or removed reply with CONFLICT, and a held one as not found', async () => {
    const { thread } = await scene();
    const question = errorOf(await t.gql(MARK, { id: thread.questionId }, { as: staff }));
    expect(question).toMatchObject({ code: 'CONFLICT', message: 'The question cannot be its own official answer: mark a reply.' });
    for (const state of ['HELD', 'HIDDEN', 'REMOVED']) {
      const reply = await t.factory.reply({ thread, author: asker, state });
      // A held reply does not exist for staff (only its author and moderators see it).
      expect(errorOf(await t.gql(MARK, { id: reply.id }, { as: staff })).code).toBe(state === 'HELD' ? 'NOT_FOUND' : 'CONFLICT');
    }
  });

  // Roles: staff of the thread's language and admins; the rest by the guard or the policy.
  it.each<[string, UserOptions | null, string]>([
    ['visitor', null, 'UNAUTHENTICATED'],
    ['user', {}, 'FORBIDDEN'],
    ['staff without 2FA', { roles: ['STAFF'], totp: false, staffLocales: ['en'] }, 'TWO_FACTOR_REQUIRED'],
    ['staff of zh-CN', { roles: ['STAFF'], totp: true, staffLocales: ['zh-CN'] }, 'FORBIDDEN'],
    ['moderator', { roles: ['MODERATOR'], totp: true, moderatorLocales: ['en'] }, 'FORBIDDEN'],
    ['banned staff', { ...STAFF_EN, bannedUntil: new Date(Date.now() + 86_400_000), banReason: 'x' }, 'BANNED'],
    ['admin', { roles: ['ADMIN'], totp: true }, 'ok'],
  ])('as %s: %s', async (_who, options, outcome) => {
    const { thread, answer } = await scene();
    const actor = options ? await t.factory.user(options) : null;
    for (const [query, id] of [
      [MARK, answer.id],
      [UNMARK, thread.id],
    ] as const) {
      const res = await t.gql(query, { id }, actor ? { as: actor } : {});
      if (outcome === 'ok') expect(res.errors).toBeUndefined();
      else expect(errorOf(res).code).toBe(outcome);
    }
  });

  it('answers NOT_FOUND for a private thread to staff of another language, and lets its own staff mark it', async () => {
    const { answer } = await scene({ private: true });
    const zhStaff = await t.factory.user({ roles: ['STAFF'], totp: true, staffLocales: ['zh-CN'] });
    expect(errorOf(await t.gql(MARK, { id: answer.id }, { as: zhStaff })).code).toBe('NOT_FOUND');
    expect((await t.gql(MARK, { id: answer.id }, { as: staff })).data.markOfficialAnswer.status).toBe('ANSWERED');
  });

  it('lets staff mark in a locked thread, which keeps its answer', async () => {
    const { thread, answer } = await scene({ locked: true });
    expect((await t.gql(MARK, { id: answer.id }, { as: staff })).errors).toBeUndefined();
    expect((await t.gql(PAGE, { id: thread.id })).data.thread).toMatchObject({ status: 'LOCKED', officialAnswer: { id: answer.id } });
  });

  it('leaves exactly one official answer when 20 staff mark 20 different replies at once, the last one logged', async () => {
    const thread = await t.factory.thread({ board, author: asker });
    const staffers = await Promise.all(Array.from({ length: 20 }, () => t.factory.user(STAFF_EN)));
    const replies = [];
    for (const s of staffers) replies.push(await t.factory.reply({ thread, author: s }));
    const results = await Promise.all(replies.map((r, i) => t.gql(MARK, { id: r.id }, { as: staffers[i] })));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const page = (await t.gql(PAGE, { id: thread.id })).data.thread;
    expect(page.replies.nodes.filter((r: { isOfficialAnswer: boolean }) => r.isOfficialAnswer)).toHaveLength(1);
    const log: Array<{ before: { officialAnswerPostId: string | null }; after: { officialAnswerPostId: string } }> = await logOf(thread);
    expect(log).toHaveLength(20);
    // Each change saw the one committed before it: the log is one chain from no answer to the
    // answer that stands, through all 20 replies.
    const next = new Map(log.map((entry) => [entry.before.officialAnswerPostId, entry.after.officialAnswerPostId]));
    const chain: string[] = [];
    for (let at = next.get(null); at !== undefined; at = next.get(at)) chain.push(at);
    expect(new Set(chain)).toEqual(new Set(replies.map((r) => r.id)));
    expect(chain.at(-1)).toBe(page.officialAnswer.id);
  });

  it('unmarks the answer in the same transaction when its post is deleted', async () => {
    const { thread, answer } = await scene();
    await t.gql(MARK, { id: answer.id }, { as: staff });
    await t.gql(`mutation ($id: ID!) { deletePost(postId: $id) { id } }`, { id: answer.id }, { as: staff });
    expect((await t.gql(PAGE, { id: thread.id })).data.thread).toMatchObject({ status: 'OPEN', officialAnswer: null });
  });
});
