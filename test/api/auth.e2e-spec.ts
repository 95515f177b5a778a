import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorOf, type TestApp } from '../support/test-app.js';

const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id handle email locale twoFactorEnabled roles } } }`;
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { handle } } }`;
const REFRESH = `mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken user { handle } } }`;
const LOGOUT = `mutation ($t: String!) { logout(refreshToken: $t) }`;
const ME = `{ me { id handle email twoFactorEnabled } }`;

describe('accounts and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_FAILURES_PER_ACCOUNT: '3', LOGIN_FAILURES_PER_IP: '1000' });
  });
  afterAll(() => t.close());

  const registration = (overrides: Record<string, unknown> = {}) => ({
    email: `reg${Math.random().toString(36).slice(2, 8)}@example.test`,
    handle: `reg_${Math.random().toString(36).slice(2, 8)}`,
    password: 'a long enough password',
    locale: 'en',
    ...overrides,
  });

  it('registers an account and signs it in', async () => {
    const input = registration({ displayName: '  Reg User ' });
    const res = await t.gql(REGISTER, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data.register.user).toMatchObject({ handle: input.handle, email: input.email, roles: ['USER'], twoFactorEnabled: false });
    const me = await t.gql(ME, {}, { as: { token: res.data.register.accessToken } });
    expect(me.data.me.handle).toBe(input.handle);
  });

  it('refuses a handle that differs from an existing one only by case', async () => {
    const first = registration();
    await t.gql(REGISTER, { input: first });
    const res = await t.gql(REGISTER, { input: registration({ handle: first.handle.toUpperCase() }) });
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: { handle: 'This handle is already taken.' } });
  });

  it('refuses an e-mail that differs from an existing one only by case, in Chinese when asked', async () => {
    const first = registration();
    await t.gql(REGISTER, { input: first });
    const res = await t.gql(REGISTER, { input: registration({ email: first.email.toUpperCase() }) }, { lang: 'zh-CN' });
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: { email: '该邮箱已注册。' } });
  });

  it.each([
    ['handle', { handle: 'ab' }],
    ['handle', { handle: 'a'.repeat(31) }],
    ['handle', { handle: 'bad-handle!' }],
    ['handle', { handle: "x'; DROP TABLE users; --" }],
    ['email', { email: 'not-an-email' }],
    ['password', { password: 'short' }],
    ['password', { password: 'p'.repeat(129) }],
    ['locale', { locale: 'fr' }],
    ['displayName', { displayName: 'd'.repeat(51) }],
  ])('rejects an invalid %s with a field message', async (field, overrides) => {
    const res = await t.gql(REGISTER, { input: registration(overrides) });
    const error = errorOf(res);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.fields ?? {})).toContain(field);
  });

  it('rejects a wrong type as bad input', async () => {
    const res = await t.gql(REGISTER, { input: registration({ password: 12345678901 }) });
    expect(errorOf(res).code).toBe('BAD_USER_INPUT');
  });

  it('signs in with the handle or the e-mail, in any case', async () => {
    const user = await t.factory.user();
    for (const login of [user.handle, user.email.toUpperCase()]) {
      const res = await t.gql(LOGIN, { input: { login, password: user.password } });
      expect(res.data?.login.user.handle).toBe(user.handle);
    }
  });

  it('answers a wrong password and an unknown account the same way', async () => {
    const user = await t.factory.user();
    const wrong = errorOf(await t.gql(LOGIN, { input: { login: user.handle, password: 'wrong password!' } }));
    const unknown = errorOf(await t.gql(LOGIN, { input: { login: 'nobody_here', password: 'wrong password!' } }));
    expect(wrong).toEqual(unknown);
    expect(wrong.code).toBe('UNAUTHENTICATED');
  });

  it('throttles failed logins to an account from one address, also for accounts that do not exist', async () => {
    for (const login of [(await t.factory.user()).handle, 'ghost_account']) {
      for (let i = 0; i < 3; i++) await t.gql(LOGIN, { input: { login, password: 'wrong password!' } });
      const error = errorOf(await t.gql(LOGIN, { input: { login, password: 'wrong password!' } }));
      expect(error.code).toBe('RATE_LIMITED');
      expect(error.retryAfterSeconds).toBeGreaterThan(0);
    }
  });

  it('keeps refusing the right password from an address throttled for that account', async () => {
    const user = await t.factory.user();
    for (let i = 0; i < 3; i++) await t.gql(LOGIN, { input: { login: user.handle, password: 'wrong password!' } });
    expect(errorOf(await t.gql(LOGIN, { input: { login: user.handle, password: user.password } })).code).toBe('RATE_LIMITED');
  });

  it('rotates refresh tokens, and reusing a rotated one revokes the whole family', async () => {
    const user = await t.factory.user();
    const login = await t.gql(LOGIN, { input: { login: user.handle, password: user.password } });
    const first = login.data.login;
    const second = (await t.gql(REFRESH, { t: first.refreshToken })).data.refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await t.gql(ME, {}, { as: { token: second.accessToken } })).data.me.handle).toBe(user.handle);

    // Past the reuse grace: a second holder.
    await t.db.query(`UPDATE sessions SET rotated_at = now() - interval '1 minute' WHERE user_id = $1 AND rotated_at IS NOT NULL`, [
      user.id,
    ]);
    const reuse = await t.gql(REFRESH, { t: first.refreshToken });
    expect(errorOf(reuse).code).toBe('UNAUTHENTICATED');
    // The thief's reuse also ends the legitimate holder's session.
    expect(errorOf(await t.gql(REFRESH, { t: second.refreshToken })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql(ME, {}, { as: { token: second.accessToken } })).code).toBe('UNAUTHENTICATED');
  });

  it('gives two tabs refreshing with the same token at once a working pair each, within the grace', async () => {
    const user = await t.factory.user();
    const [a, b] = await Promise.all([t.gql(REFRESH, { t: user.refreshToken }), t.gql(REFRESH, { t: user.refreshToken })]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    for (const pair of [a.data.refreshSession, b.data.refreshSession]) {
      expect((await t.gql(ME, {}, { as: { token: pair.accessToken } })).data.me.handle).toBe(user.handle);
      expect((await t.gql(REFRESH, { t: pair.refreshToken })).errors).toBeUndefined();
    }
  });

  it('says when the access token expires', async () => {
    const user = await t.factory.user();
    const res = await t.gql(`mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken accessTokenExpiresAt } }`, {
      t: user.refreshToken,
    });
    const expiresAt = new Date(res.data.refreshSession.accessTokenExpiresAt).getTime();
    expect(expiresAt).toBeGreaterThan(Date.now() + 800_000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 900_000);
    const claims = JSON.parse(Buffer.from(res.data.refreshSession.accessToken.split('.')[1], 'base64url').toString());
    expect(claims.exp * 1000).toBe(expiresAt);
  });

  it('logs out: the refresh token and the access tokens of the session stop working', async () => {
    const user = await t.factory.user();
    expect((await t.gql(LOGOUT, { t: user.refreshToken })).data.logout).toBe(true);
    expect(errorOf(await t.gql(REFRESH, { t: user.refreshToken })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql(ME, {}, { as: user })).code).toBe('UNAUTHENTICATED');
  });

  it('treats a forged or expired access token as unauthenticated', async () => {
    expect(errorOf(await t.gql(ME, {}, { as: { token: 'not.a.jwt' } })).code).toBe('UNAUTHENTICATED');
  });

  it('sets up 2FA, then login requires the code, and a code works once', async () => {
    const user = await t.factory.user();
    const setup = await t.gql(`mutation { setupTwoFactor { secret otpauthUrl } }`, {}, { as: user });
    const { secret, otpauthUrl } = setup.data.setupTwoFactor;
    expect(otpauthUrl).toContain('otpauth://totp/');
    expect(errorOf(await t.gql(`mutation ($c: String!) { enableTwoFactor(code: $c) { id } }`, { c: '000000' }, { as: user })).code).toBe(
      'BAD_USER_INPUT',
    );
    // One code for both, so that a 30-second step ending between them cannot make the replay a fresh code.
    const code = await generate({ secret });
    const enabled = await t.gql(`mutation ($c: String!) { enableTwoFactor(code: $c) { twoFactorEnabled } }`, { c: code }, { as: user });
    expect(enabled.data.enableTwoFactor.twoFactorEnabled).toBe(true);

    const withoutCode = await t.gql(LOGIN, { input: { login: user.handle, password: user.password } });
    expect(errorOf(withoutCode).code).toBe('TWO_FACTOR_REQUIRED');
    // The code that enabled 2FA was already used in this time step: a replay is refused.
    const replay = await t.gql(LOGIN, { input: { login: user.handle, password: user.password, totp: code } });
    expect(errorOf(replay)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(Object.keys(errorOf(replay).fields ?? {})).toEqual(['totp']);
  });

  it('accepts a fresh TOTP code at login', async () => {
    const user = await t.factory.user({ totp: true });
    const res = await t.gql(LOGIN, { input: { login: user.handle, password: user.password, totp: await user.totp() } });
    expect(res.data?.login.user.handle).toBe(user.handle);
  });

  it('updates the profile and validates it', async () => {
    const user = await t.factory.user();
    const ok = await t.gql(`mutation { updateProfile(displayName: " 新名字 ", locale: "zh-CN") { displayName locale } }`, {}, { as: user });
    expect(ok.data.updateProfile).toEqual({ displayName: '新名字', locale: 'zh-CN' });
    const bad = await t.gql(`mutation { updateProfile(locale: "xx") { locale } }`, {}, { as: user });
    expect(errorOf(bad).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await t.gql(`mutation { updateProfile(locale: "en") { locale } }`)).code).toBe('UNAUTHENTICATED');
  });

  it('shows e-mail and 2FA state only to the user and admins', async () => {
    const user = await t.factory.user();
    const other = await t.factory.user();
    const admin = await t.factory.user({ roles: ['ADMIN'], totp: true });
    const query = `query ($h: String!) { user(handle: $h) { email twoFactorEnabled bannedUntil } }`;
    expect((await t.gql(query, { h: user.handle.toUpperCase() }, { as: other })).data.user).toEqual({
      email: null,
      twoFactorEnabled: false,
      bannedUntil: null,
    });
    expect((await t.gql(query, { h: user.handle })).data.user.email).toBeNull();
    expect((await t.gql(query, { h: user.handle }, { as: user })).data.user.email).toBe(user.email);
    expect((await t.gql(query, { h: user.handle }, { as: admin })).data.user.email).toBe(user.email);
    expect((await t.gql(query, { h: 'no_such_user' })).data.user).toBeNull();
  });
});
