import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBoard, TestThread, TestUser } from '../support/factory.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';
import { createTestApp, errorOf, type TestApp } from '../support/test-app.js';

const PAGE = `query ($id: ID!) { thread(id: $id) { id title } }`;
const ME = `{ me { id } }`;

// A database outage is the API's trouble, not the caller's: every caller gets a retriable
// SERVICE_UNAVAILABLE (HTTP 503 with a retry hint), no session ends, and it all works again
// when the database is back. Played for real through a TCP proxy in front of PostgreSQL.
describe('database outages', () => {
  let proxy: TcpProxy;
  let t: TestApp;
  let user: TestUser;
  let thread: TestThread;
  beforeAll(async () => {
    t = await createTestApp(
      { DB_CONNECT_TIMEOUT_MS: '300', DB_STATEMENT_TIMEOUT_MS: '400', ANONYMOUS_CACHE_SECONDS: '0' },
      {
        connectVia: async (url) => {
          proxy = await startTcpProxy(url);
          return proxy.url;
        },
      },
    );
    const board: TestBoard = await t.factory.board();
    user = await t.factory.user();
    thread = await t.factory.thread({ board, author: user });
  });
  afterAll(async () => {
    proxy.up();
    await t.close();
    await proxy.close();
  });

  function expectUnavailable(res: { status: number; errors?: unknown[]; headers: Record<string, string> }) {
    expect(res.status).toBe(503);
    const error = errorOf(res as never);
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
  }

  it('answers visitors and signed-in users 503 SERVICE_UNAVAILABLE while the database is down, and signs nobody out', async () => {
    expect((await t.gql(ME, {}, { as: user })).data.me.id).toBe(user.id);
    proxy.down();
    try {
      expectUnavailable(await t.gql(PAGE, { id: thread.id }));
      const signedIn = await t.gql(ME, {}, { as: user });
      expectUnavailable(signedIn);
      expect((await t.http().get('/health')).status).toBe(503);
    } finally {
      proxy.up();
    }
    await expect.poll(async () => (await t.http().get('/health')).status, { timeout: 10_000, interval: 100 }).toBe(200);
    // The same access token still works: the outage ended no session.
    expect((await t.gql(ME, {}, { as: user })).data.me.id).toBe(user.id);
    expect((await t.gql(PAGE, { id: thread.id })).data.thread.id).toBe(thread.id);
  });

  it('fails requests and the health check with 503 while the database hangs, instead of hanging with it', async () => {
    proxy.hang();
    try {
      const [health, page] = await Promise.all([t.http().get('/health').timeout(5000), t.gql(PAGE, { id: thread.id })]);
      expect(health.status).toBe(503);
      expectUnavailable(page);
    } finally {
      proxy.up();
    }
    await expect.poll(async () => (await t.http().get('/health')).status, { timeout: 10_000, interval: 100 }).toBe(200);
  });
});
