import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import type { StoredEvent } from '../../apps/api/src/events/domain-event.js';
import { EventRelay } from '../../apps/api/src/events/event-relay.js';
import { Outbox } from '../../apps/api/src/events/outbox.js';
import type { TestBoard, TestUser } from '../support/factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// A durable consumer that records what it is handed; `failNext` makes its next batch throw.
function recorder(name: string) {
  const seen: StoredEvent[] = [];
  const consumer = {
    name,
    durable: true,
    failNext: false,
    calls: 0,
    handle(events: readonly StoredEvent[]) {
      consumer.calls += 1;
      if (consumer.failNext) {
        consumer.failNext = false;
        throw new Error('consumer failed');
      }
      seen.push(...events);
    },
  };
  return { consumer, seen };
}

describe('domain events through the outbox', () => {
  let t: TestApp;
  let board: TestBoard;
  let author: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    board = await t.factory.board();
    author = await t.factory.user();
  });
  afterAll(() => t.close());

  const relay = () => t.app.get(EventRelay);
  const outbox = () => t.app.get(Outbox);
  const REPLY = `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`;

  it('publishes a reply’s event when its statement commits, naming the post', async () => {
    const thread = await t.factory.thread({ board, author });
    const { consumer, seen } = recorder('test-reply');
    await relay().register(consumer);
    const res = await t.gql(REPLY, { input: { threadId: thread.id, body: 'A reply with an event.' } }, { as: author });
    await relay().drain();
    expect(seen.map(({ type, postId, threadId }: any) => ({ type, postId, threadId }))).toEqual([
      { type: 'PostCreated', postId: res.data.createPost.id, threadId: thread.id },
    ]);
  });

  it('publishes nothing for a transaction that rolls back, and everything of one that commits, in order', async () => {
    const { consumer, seen } = recorder('test-rollback');
    await relay().register(consumer);
    await t.db
      .transaction(async (tx) => {
        await outbox().publish(tx, { type: 'UserChanged', userId: 'rolled-back' });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await t.db.transaction(async (tx) => {
      await outbox().publish(tx, { type: 'UserChanged', userId: 'first' }, { type: 'UserChanged', userId: 'second' });
    });
    await relay().drain();
    expect(seen.map((e: any) => e.userId)).toEqual(['first', 'second']);
    expect(await t.db.query(`SELECT 1 FROM domain_events WHERE payload->>'userId' = 'rolled-back'`)).toEqual([]);
  });

  // Ids are handed out at insert, not at commit: a reader that only remembered the highest id
  // would skip the older transaction's event when it commits second.
  it('delivers an event whose transaction began first and commits last, before those after it', async () => {
    const { consumer, seen } = recorder('test-commit-order');
    await relay().register(consumer);
    const slow = t.db.createQueryRunner();
    await slow.connect();
    await slow.startTransaction();
    try {
      await outbox().publish(slow.manager, { type: 'UserChanged', userId: 'older' });
      await t.db.transaction((tx) => outbox().publish(tx, { type: 'UserChanged', userId: 'newer' }));
      await relay().drain(300);
      // The newer one waits: the older transaction may still write events that sort before it.
      expect(seen.map((e: any) => e.userId)).toEqual([]);
      await slow.commitTransaction();
    } finally {
      await slow.release();
    }
    await relay().drain();
    expect(seen.map((e: any) => e.userId)).toEqual(['older', 'newer']);
  });

  it('delivers a batch again when its consumer fails, and moves on once it succeeds', async () => {
    const { consumer, seen } = recorder('test-retry');
    await relay().register(consumer);
    consumer.failNext = true;
    await t.db.transaction((tx) => outbox().publish(tx, { type: 'BoardsChanged' }));
    // The failed batch stays unread: the next wake (the poll, or here the drain) hands it over again.
    for (let i = 0; i < 3 && seen.length === 0; i++) await relay().drain();
    expect(seen.map((e) => e.type)).toEqual(['BoardsChanged']);
    expect(consumer.calls).toBe(2);
    await relay().drain();
    expect(seen).toHaveLength(1);
  });

  it('loses nothing while the relay is down: a durable consumer resumes where it stopped', async () => {
    const first = await createTestApp({}, { sameDatabaseAs: t });
    const before = recorder('test-restart');
    await first.app.get(EventRelay).register(before.consumer);
    await first.db.transaction((tx) => first.app.get(Outbox).publish(tx, { type: 'UserChanged', userId: 'while-up' }));
    await first.app.get(EventRelay).drain();
    await first.close();
    // Written while no instance runs the consumer.
    await t.db.transaction((tx) =>
      outbox().publish(tx, { type: 'UserChanged', userId: 'while-down-1' }, { type: 'UserChanged', userId: 'while-down-2' }),
    );
    const second = await createTestApp({}, { sameDatabaseAs: t });
    try {
      const after = recorder('test-restart');
      await second.app.get(EventRelay).register(after.consumer);
      await second.app.get(EventRelay).drain();
      expect(before.seen.map((e: any) => e.userId)).toEqual(['while-up']);
      expect(after.seen.map((e: any) => e.userId)).toEqual(['while-down-1', 'while-down-2']);
    } finally {
      await second.close();
    }
  });

  it('wakes relays on commit: another instance hears of an event without being asked to drain', async () => {
    const other = await createTestApp({}, { sameDatabaseAs: t });
    try {
      const heard: StoredEvent[] = [];
      await other.app.get(EventRelay).register({ name: 'test-wake', handle: (events) => void heard.push(...events) });
      await t.gql(`mutation { updateProfile(displayName: "Woken Relay") { id } }`, {}, { as: author });
      await expect.poll(() => heard.map((e: any) => e.userId), { timeout: 5000, interval: 20 }).toContain(author.id);
    } finally {
      await other.close();
    }
  });

  it('prunes events older than the retention that every durable consumer has read, and keeps the rest', async () => {
    const { consumer } = recorder('test-prune');
    await relay().register(consumer);
    await t.db.transaction((tx) => outbox().publish(tx, { type: 'UserChanged', userId: 'old-read' }));
    await relay().drain();
    // The consumer stops reading, then two more events arrive: one read by nobody, kept.
    await t.db.query(`DELETE FROM domain_event_consumers WHERE name <> 'test-prune'`);
    (relay() as any).durable.clear();
    await t.db.transaction((tx) => outbox().publish(tx, { type: 'UserChanged', userId: 'old-unread' }));
    await t.db.query(
      `UPDATE domain_events SET created_at = now() - interval '100 hours' WHERE payload->>'userId' IN ('old-read', 'old-unread')`,
    );
    await relay().prune();
    const left = await t.app
      .get(DataSource)
      .query(`SELECT payload->>'userId' AS id FROM domain_events WHERE payload->>'userId' IN ('old-read', 'old-unread')`);
    expect(left).toEqual([{ id: 'old-unread' }]);
  });
});
