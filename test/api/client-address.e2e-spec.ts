import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../support/factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`;

// Who the client is, behind a proxy: X-Forwarded-For is believed only from the proxies
// TRUST_PROXY names, and a forwarded value that is no IP address is ignored.
describe('client address', () => {
  let trusting: TestApp;
  let distrusting: TestApp;
  let user: TestUser;
  beforeAll(async () => {
    trusting = await createTestApp({ TRUST_PROXY: 'loopback' });
    distrusting = await createTestApp({ TRUST_PROXY: 'false' }, { sameDatabaseAs: trusting });
    user = await trusting.factory.user();
  });
  afterAll(async () => {
    await distrusting.app.close();
    await trusting.close();
  });

  async function loginAs(app: TestApp, forwardedFor: string): Promise<string> {
    const res = await app.gql(
      LOGIN,
      { input: { login: user.handle, password: user.password } },
      { headers: { 'x-forwarded-for': forwardedFor } },
    );
    expect(res.errors).toBeUndefined();
    const [session] = await app.db.query(`SELECT ip FROM sessions WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`, [user.id]);
    return session.ip;
  }

  it('takes the forwarded address from a trusted proxy', async () => {
    expect(await loginAs(trusting, '203.0.113.7')).toBe('203.0.113.7');
  });

  it('ignores a forwarded value that is no IP address', async () => {
    expect(await loginAs(trusting, 'not-an-ip-<script>')).toMatch(/127\.0\.0\.1|::1/);
  });

  it('ignores X-Forwarded-For when no proxy is trusted', async () => {
    expect(await loginAs(distrusting, '203.0.113.8')).toMatch(/127\.0\.0\.1|::1/);
  });
});
