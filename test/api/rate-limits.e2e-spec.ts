import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBoard, TestUser } from '../support/factory.js';
import { createTestApp, errorOf, type TestApp } from '../support/test-app.js';

const REPLY = `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`;
const THREAD = `mutation ($input: CreateThreadInput!) { createThread(input: $input) { id } }`;

// Limits by account age (Discourse's defaults in spirit), and by address where nobody is signed in.
describe('rate limits', () => {
  let t: TestApp;
  let board: TestBoard;
  let asker: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ BEACON_RATE_LIMITS: 'on', REDIS_URL: process.env.REDIS_URL ?? '' });
    board = await t.factory.board({ locale: 'en' });
    asker = await t.factory.user();
  });
  afterAll(() => t.close());

  it('lets an established account reply once every 5 s, with RATE_LIMITED and the wait in words', async () => {
    const thread = await t.factory.thread({ board, author: asker });
    const user = await t.factory.user();
    expect((await t.gql(REPLY, { input: { threadId: thread.id, body: 'First reply here.' } }, { as: user })).errors).toBeUndefined();
    const second = errorOf(await t.gql(REPLY, { input: { threadId: thread.id, body: 'Second reply at once.' } }, { as: user }));
    expect(second.code).toBe('RATE_LIMITED');
    expect(second.retryAfterSeconds).toBeGreaterThan(0);
    expect(second.retryAfterSeconds).toBeLessThanOrEqual(5);
    expect(second.message).toMatch(/^You are doing that too often\. Try again in \d seconds\.$/);
  });

  it('returns the original reply to a retry with the same idempotency key, not RATE_LIMITED', async () => {
    const thread = await t.factory.thread({ board, author: asker });
    const user = await t.factory.user();
    const input = { threadId: thread.id, body: 'Sent twice by a flaky network.', idempotencyKey: 'retry-1' };
    const first = await t.gql(REPLY, { input }, { as: user });
    const retry = await t.gql(REPLY, { input }, { as: user });
    expect(retry.errors).toBeUndefined();
    expect(retry.data.createPost.id).toBe(first.data.createPost.id);
  });

  it('lets a new account start a thread every 2 minutes, in its language', async () => {
    const newcomer = await t.factory.user({ createdAt: new Date(), locale: 'zh-CN' });
    const start = (title: string) =>
      t.gql(THREAD, { input: { boardId: board.id, title, body: 'What does this status mean?' } }, { as: newcomer });
    expect((await start('My first question here')).errors).toBeUndefined();
    const refused = errorOf(await start('My second question here'));
    expect(refused.code).toBe('RATE_LIMITED');
    expect(refused.retryAfterSeconds).toBeGreaterThan(60);
    expect(refused.message).toMatch(/^操作过于频繁，请 \d 分钟后再试。$/);
  });

  it('limits registrations by address', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) {
      const handle = `rl_${Date.now().toString(36)}_${i}`;
      const res = await t.gql(
        `mutation ($i: RegisterInput!) { register(input: $i) { accessToken } }`,
        {
          i: { handle, email: `${handle}@example.test`, password: 'a long enough password', locale: 'en' },
        },
        { headers: { 'x-forwarded-for': '198.51.100.23' } },
      );
      codes.push(res.errors ? res.errors[0].extensions.code : 'ok');
    }
    expect(codes).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'RATE_LIMITED']);
  });
});
