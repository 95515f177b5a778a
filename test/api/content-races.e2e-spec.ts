import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../apps/api/src/auth/actor.js';
import { ContentStateService } from '../../apps/api/src/modules/threads/content-state.service.js';
import type { TestBoard, TestThread, TestUser } from '../support/factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const EDIT_POST = `mutation ($input: EditPostInput!) { editPost(input: $input) { id state } }`;
const DELETE_POST = `mutation ($id: ID!) { deletePost(postId: $id) { id state } }`;
const ROUNDS = 100;
// Rounds run this many at a time: enough to keep the pool busy, few enough for 2 cores.
const CONCURRENT_ROUNDS = 10;

// Every change of a post's state goes through one transition under the thread's row lock, from
// the state as committed. Raced against each other, the outcome is one of the serial orders:
// never an edit that brings a deleted or removed post back, never a counter off by one.
describe('content state under concurrent changes', () => {
  let t: TestApp;
  let board: TestBoard;
  let author: TestUser;
  let moderator: Actor;
  beforeAll(async () => {
    t = await createTestApp();
    board = await t.factory.board({ locale: 'en' });
    author = await t.factory.user();
    const mod = await t.factory.user({ roles: ['MODERATOR'], moderatorLocales: ['en'], totp: true });
    moderator = {
      id: mod.id,
      handle: mod.handle,
      locale: 'en',
      roles: ['USER', 'MODERATOR'],
      moderatorLocales: ['en'],
      staffLocales: [],
      totpEnabled: true,
      bannedUntil: null,
      banReason: null,
      sessionId: randomUUID(),
      createdAt: new Date(),
    };
  });
  afterAll(() => t.close());

  async function inRounds(round: (i: number) => Promise<void>): Promise<void> {
    for (let start = 0; start < ROUNDS; start += CONCURRENT_ROUNDS) {
      await Promise.all(Array.from({ length: Math.min(CONCURRENT_ROUNDS, ROUNDS - start) }, (_, k) => round(start + k)));
    }
  }

  // The thread's counters, and what they must be given its posts as stored.
  async function countersOf(thread: TestThread) {
    const [row] = await t.db.query(
      `SELECT t.reply_count, (SELECT count(*)::int FROM posts p WHERE p.thread_id = t.id AND p.post_number > 1 AND p.state = 'VISIBLE') AS visible_replies
         FROM threads t WHERE t.id = $1`,
      [thread.id],
    );
    return row as { reply_count: number; visible_replies: number };
  }

  const stateOf = async (postId: string): Promise<string> => (await t.db.query(`SELECT state FROM posts WHERE id = $1`, [postId]))[0].state;

  it(`an edit racing the author's delete never resurrects the post (${ROUNDS} rounds), and the reply count stays exact`, async () => {
    const outcomes = { editFirst: 0, deleteFirst: 0 };
    await inRounds(async (i) => {
      const thread = await t.factory.thread({ board, author });
      const reply = await t.factory.reply({ thread, author, body: `Reply ${i}, before the race.` });
      const [edit, del] = await Promise.all([
        t.gql(EDIT_POST, { input: { postId: reply.id, body: `Reply ${i}, edited during the race.`, expectedRevision: 1 } }, { as: author }),
        t.gql(DELETE_POST, { id: reply.id }, { as: author }),
      ]);
      expect(del.data?.deletePost.state, JSON.stringify(del.errors)).toBe('REMOVED');
      if (edit.errors) {
        // The delete committed first: the edit is refused, not applied to a tombstone.
        expect(edit.errors[0].extensions.code).toBe('CONFLICT');
        outcomes.deleteFirst += 1;
      } else {
        outcomes.editFirst += 1;
      }
      expect(await stateOf(reply.id)).toBe('REMOVED');
      expect(await countersOf(thread)).toEqual({ reply_count: 0, visible_replies: 0 });
    });
    expect(outcomes.editFirst + outcomes.deleteFirst).toBe(ROUNDS);
  });

  it(`an edit racing a moderator's removal never brings the post back (${ROUNDS} rounds); the removal is logged once`, async () => {
    const states = t.app.get(ContentStateService);
    await inRounds(async (i) => {
      const thread = await t.factory.thread({ board, author });
      const kept = await t.factory.reply({ thread, author, body: `A reply that stays, ${i}.` });
      const reply = await t.factory.reply({ thread, author, body: `Reply ${i}, before the race.` });
      const [edit] = await Promise.all([
        t.gql(EDIT_POST, { input: { postId: reply.id, body: `Reply ${i}, edited during the race.`, expectedRevision: 1 } }, { as: author }),
        t.db.transaction((tx) => states.apply(tx, { postId: reply.id, transition: { kind: 'REMOVE' }, actor: moderator, reason: 'scam' })),
      ]);
      if (edit.errors) expect(edit.errors[0].extensions.code).toBe('CONFLICT');
      expect(await stateOf(reply.id)).toBe('REMOVED');
      expect(await stateOf(kept.id)).toBe('VISIBLE');
      expect(await countersOf(thread)).toEqual({ reply_count: 1, visible_replies: 1 });
      const log = await t.db.query(`SELECT action, actor_id FROM moderation_log WHERE target_id = $1`, [reply.id]);
      expect(log).toEqual([{ action: 'REMOVE_POST', actor_id: moderator.id }]);
    });
  });
});
