import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveEvents } from '../../apps/api/src/modules/live/live-events.js';
import type { TestBoard, TestThread, TestUser } from '../support/factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const POST_ADDED = `subscription ($id: ID!) { postAdded(threadId: $id) { id body state author { handle } thread { id } } }`;
const POST_UPDATED = `subscription ($id: ID!) { postUpdated(threadId: $id) { id state body removalReason } }`;
const THREAD_UPDATED = `subscription ($id: ID!) { threadUpdated(threadId: $id) { id replyCount } }`;
const REPLY = `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`;

interface Listening {
  next(): Promise<any>;
  close(): Promise<void>;
}

// Subscriptions over graphql-ws against the real server, as a browser would open them.
describe('live subscriptions', () => {
  let t: TestApp;
  let url: string;
  let board: TestBoard;
  let asker: TestUser;
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    url = await listen(t);
    board = await t.factory.board({ locale: 'en' });
    asker = await t.factory.user();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await t.close();
  });

  async function listen(app: TestApp): Promise<string> {
    const server = app.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `ws://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  }

  // Resolves once the server holds the subscription, so no event can slip past before it.
  async function subscribe(
    query: string,
    thread: TestThread,
    as?: TestUser,
    on: { app: TestApp; url: string } = { app: t, url },
  ): Promise<Listening> {
    const client = createClient({
      url: on.url,
      webSocketImpl: WebSocket,
      lazy: false,
      connectionParams: as ? { authorization: `Bearer ${as.token}` } : {},
    });
    clients.push(client);
    const iterator = client.iterate({ query, variables: { id: thread.id } });
    const live = on.app.app.get(LiveEvents);
    const before = live.subscribersOf(thread.id);
    const first = iterator.next();
    await expect.poll(() => live.subscribersOf(thread.id), { timeout: 5000, interval: 10 }).toBeGreaterThan(before);
    let pending: Promise<IteratorResult<any>> | null = first;
    return {
      next: async () => {
        const result = await (pending ?? iterator.next());
        pending = null;
        if (result.done) throw new Error('subscription ended');
        expect(result.value.errors).toBeUndefined();
        return result.value.data;
      },
      close: async () => {
        await iterator.return?.();
        await client.dispose();
      },
    };
  }

  const reply = (as: TestUser, thread: TestThread, body: string) => t.gql(REPLY, { input: { threadId: thread.id, body } }, { as });

  it('hands a visitor each reply to the thread once it has committed', async () => {
    const thread = await t.factory.thread({ board, author: asker });
    const live = await subscribe(POST_ADDED, thread);
    const replier = await t.factory.user();
    const res = await reply(replier, thread, 'Withdrawals on this network take about 30 minutes.');
    expect((await live.next()).postAdded).toEqual({
      id: res.data.createPost.id,
      body: 'Withdrawals on this network take about 30 minutes.',
      state: 'VISIBLE',
      author: { handle: replier.handle },
      thread: { id: thread.id },
    });
    await live.close();
  });

  // Events arrive in order: the visible reply written after the held one is the first that a
  // visitor receives, so the held one was never sent.
  it('sends a held reply to its author and the moderators only', async () => {
    const thread = await t.factory.thread({ board, author: asker });
    const scammer = await t.factory.user();
    const moderator = await t.factory.user({ roles: ['MODERATOR'], totp: true, moderatorLocales: ['en'] });
    const [visitor, author, mod] = [
      await subscribe(POST_ADDED, thread),
      await subscribe(POST_ADDED, thread, scammer),
      await subscribe(POST_ADDED, thread, moderator),
    ];
    const held = await reply(
      scammer,
      thread,
      'Your wallet is not verified. Verify it now at https://okx-verify-wallet.com/login to release the funds.',
    );
    const clean = await reply(asker, thread, 'Thanks, it arrived after all.');
    expect((await visitor.next()).postAdded.id).toBe(clean.data.createPost.id);
    expect((await author.next()).postAdded).toMatchObject({ id: held.data.createPost.id, state: 'HELD' });
    expect((await mod.next()).postAdded).toMatchObject({ id: held.data.createPost.id, state: 'HELD' });
  });

  it('sends nothing of a private thread to someone outside it, and all of it to staff of its language', async () => {
    const thread = await t.factory.thread({ board, author: asker, private: true });
    const publicThread = await t.factory.thread({ board, author: asker });
    const outsider = await t.factory.user();
    const staff = await t.factory.user({ roles: ['STAFF'], totp: true, staffLocales: ['en'] });
    const [outside, ofStaff] = [await subscribe(THREAD_UPDATED, thread, outsider), await subscribe(THREAD_UPDATED, thread, staff)];
    const outsideOfPublic = await subscribe(THREAD_UPDATED, publicThread, outsider);
    await reply(asker, thread, 'More details about my private problem.');
    await reply(asker, publicThread, 'A public follow-up.');
    expect((await ofStaff.next()).threadUpdated).toEqual({ id: thread.id, replyCount: 1 });
    expect((await outsideOfPublic.next()).threadUpdated.id).toBe(publicThread.id);
    // The outsider's private-thread subscription has received nothing; closing it ends it empty.
    await outside.close();
  });

  // Ordered delivery again: after the revocation the subscriber is a visitor, so the first update
  // it receives is of a visible post, not of its own held post changed just before.
  it('stops sending what only the subscriber may see once their session is revoked', async () => {
    const owner = await t.factory.user();
    const moderator = await t.factory.user({ roles: ['MODERATOR'], totp: true, moderatorLocales: ['en'] });
    const thread = await t.factory.thread({ board, author: asker });
    const held = await t.factory.reply({ thread, author: owner, body: 'My held reply.', state: 'HELD' });
    const visible = await t.factory.reply({ thread, author: asker, body: 'A visible reply.' });
    const own = await subscribe(POST_UPDATED, thread, owner);
    const edit = (as: TestUser, postId: string, body: string) =>
      t.gql(
        `mutation ($input: EditPostInput!) { editPost(input: $input) { id } }`,
        { input: { postId, body, expectedRevision: 1 } },
        { as },
      );
    await t.db.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1`, [owner.id]);
    expect((await edit(moderator, held.id, 'My held reply, tidied by a moderator.')).errors).toBeUndefined();
    expect((await edit(asker, visible.id, 'A visible reply, edited.')).errors).toBeUndefined();
    expect((await own.next()).postUpdated).toMatchObject({ id: visible.id, body: 'A visible reply, edited.' });
    await own.close();
  });

  it('reports edits, removals and deletions of posts to postUpdated, in the subscriber’s language', async () => {
    const chinese = await t.factory.user({ locale: 'zh-CN' });
    const thread = await t.factory.thread({ board, author: chinese });
    const mine = await t.factory.reply({ thread, author: chinese, body: 'My reply.' });
    const live = await subscribe(POST_UPDATED, thread, chinese);
    await t.gql(`mutation ($id: ID!) { deletePost(postId: $id) { id } }`, { id: mine.id }, { as: chinese });
    const update = (await live.next()).postUpdated;
    expect(update).toMatchObject({ id: mine.id, state: 'REMOVED', body: null });
    expect(update.removalReason).toMatch(/[\u4e00-\u9fff]/);
  });

  it('reaches subscribers on another instance', async () => {
    const other = await createTestApp({}, { sameDatabaseAs: t });
    try {
      const otherUrl = await listen(other);
      const thread = await t.factory.thread({ board, author: asker });
      const live = await subscribe(POST_ADDED, thread, undefined, { app: other, url: otherUrl });
      const res = await reply(asker, thread, 'Written through the first instance.');
      expect((await live.next()).postAdded.id).toBe(res.data.createPost.id);
      await live.close();
    } finally {
      await other.close();
    }
  });
});
