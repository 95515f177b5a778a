import { JwtService } from '@nestjs/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../support/factory.js';
import { createTestApp, errorOf, type TestApp } from '../support/test-app.js';

// A refused access token says why, so a client knows whether to refresh or to sign in again;
// refreshing and signing out go by the refresh token whatever access token comes along.
describe('access token refusals', () => {
  let t: TestApp;
  let user: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    user = await t.factory.user();
  });
  afterAll(() => t.close());

  const sessionOf = async (u: TestUser) =>
    (await t.db.query(`SELECT id FROM sessions WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`, [u.id]))[0].id;
  const sign = (claims: object, options: object = {}) => t.app.get(JwtService).signAsync(claims, options);
  const asToken = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

  it('answers an expired token on a public read with UNAUTHENTICATED and reason TOKEN_EXPIRED', async () => {
    const expired = await sign({ sub: user.id, sid: await sessionOf(user), exp: Math.floor(Date.now() / 1000) - 60 });
    expect(errorOf(await t.gql(`{ boards { id } }`, {}, asToken(expired)))).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_EXPIRED',
    });
  });

  it('says TOKEN_INVALID for a token that does not verify, and SESSION_ENDED for a signed-out session', async () => {
    expect(errorOf(await t.gql(`{ boards { id } }`, {}, asToken('not.a.token')))).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_INVALID',
    });
    const other = await t.factory.user();
    await t.db.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1`, [other.id]);
    expect(errorOf(await t.gql(`{ me { id } }`, {}, { as: other }))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
  });

  it('refuses a token without an expiry', async () => {
    const forever = await sign({ sub: user.id, sid: await sessionOf(user) }, { noTimestamp: true });
    expect(errorOf(await t.gql(`{ me { id } }`, {}, asToken(forever))).code).toBe('UNAUTHENTICATED');
  });

  it('signs out and refreshes by refresh token even with an expired access token', async () => {
    const fresh = await t.factory.user();
    const expired = await sign({ sub: fresh.id, sid: await sessionOf(fresh), exp: Math.floor(Date.now() / 1000) - 60 });
    const refreshed = await t.gql(
      `mutation ($r: String!) { refreshSession(refreshToken: $r) { refreshToken } }`,
      { r: fresh.refreshToken },
      asToken(expired),
    );
    expect(refreshed.errors).toBeUndefined();
    const out = await t.gql(
      `mutation ($r: String!) { logout(refreshToken: $r) }`,
      { r: refreshed.data.refreshSession.refreshToken },
      asToken(expired),
    );
    expect(out.data.logout).toBe(true);
  });
});
