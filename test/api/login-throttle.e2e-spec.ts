import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PasswordHasher } from '../../apps/api/src/auth/password-hasher.js';
import type { TestUser } from '../support/factory.js';
import { createTestApp, errorOf, type GqlResult, type TestApp } from '../support/test-app.js';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken user { handle } } }`;
const WRONG = 'wrong password!';

let address = 0;
// A fresh client address per test (the proxy in front says who the client is).
const newAddress = () => `203.0.113.${++address}`;

const outcome = (res: GqlResult) => (res.errors ? res.errors[0].extensions.code : 'ok');

// The login throttle: per account and address with backoff, per account across addresses,
// per address across accounts; consumed before the password is hashed. createTestApp runs
// with BEACON_RATE_LIMITS=off, which must not turn any of this off.
describe('login throttle', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      TRUST_PROXY: 'loopback',
      REDIS_URL: process.env.REDIS_URL ?? '',
      LOGIN_FAILURES_PER_ACCOUNT: '3',
      LOGIN_FAILURES_PER_ACCOUNT_HOURLY: '8',
      LOGIN_FAILURES_PER_IP: '6',
    });
  });
  afterAll(() => t.close());

  const login = (input: { login: string; password: string }, from: string, lang = 'en') =>
    t.gql(LOGIN, { input }, { headers: { 'x-forwarded-for': from }, lang });

  it('counts failures by handle and by e-mail of one account together, and says the wait in minutes', async () => {
    const user = await t.factory.user();
    const from = newAddress();
    expect(outcome(await login({ login: user.handle, password: WRONG }, from))).toBe('UNAUTHENTICATED');
    expect(outcome(await login({ login: user.email.toUpperCase(), password: WRONG }, from))).toBe('UNAUTHENTICATED');
    expect(outcome(await login({ login: ` ${user.handle.toUpperCase()} `, password: WRONG }, from))).toBe('UNAUTHENTICATED');
    const refused = errorOf(await login({ login: user.email, password: WRONG }, from));
    expect(refused).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 900,
      message: 'You are doing that too often. Try again in 15 minutes.',
    });
    const inChinese = errorOf(await login({ login: user.handle, password: user.password }, from, 'zh-CN'));
    expect(inChinese.code).toBe('RATE_LIMITED');
    expect(inChinese.message).toMatch(/^操作过于频繁，请 1[45] 分钟后再试。$/);
  });

  it('verifies at most the limit of 20 parallel wrong guesses from one address; the rest are refused unhashed', async () => {
    const user = await t.factory.user();
    const from = newAddress();
    const hasher = t.app.get(PasswordHasher);
    const before = hasher.stats.verifications;
    const results = await Promise.all(Array.from({ length: 20 }, () => login({ login: user.handle, password: WRONG }, from)));
    const codes = results.map(outcome);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(3);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(17);
    expect(hasher.stats.verifications - before).toBe(3);
    for (const res of results.filter((r) => outcome(r) === 'RATE_LIMITED')) expect(errorOf(res).retryAfterSeconds).toBeGreaterThan(0);
  });

  it('lets the owner sign in from another address while an attacker’s address is refused', async () => {
    const owner = await t.factory.user();
    const attacker = newAddress();
    for (let i = 0; i < 3; i++) await login({ login: owner.handle, password: WRONG }, attacker);
    expect(outcome(await login({ login: owner.handle, password: WRONG }, attacker))).toBe('RATE_LIMITED');
    // Even the right password is refused from the attacker's address...
    expect(outcome(await login({ login: owner.handle, password: owner.password }, attacker))).toBe('RATE_LIMITED');
    // ...while the owner, elsewhere, signs in.
    const res = await login({ login: owner.email, password: owner.password }, newAddress());
    expect(res.errors).toBeUndefined();
    expect(res.data.login.user.handle).toBe(owner.handle);
  });

  it('slows down a guess spread over many addresses with the per-account count', async () => {
    const user = await t.factory.user();
    const codes: string[] = [];
    for (let i = 0; i < 8; i++)
      codes.push(outcome(await login({ login: i % 2 ? user.handle : user.email, password: WRONG }, newAddress())));
    expect(codes).toEqual(Array(8).fill('UNAUTHENTICATED'));
    const refused = errorOf(await login({ login: user.handle, password: WRONG }, newAddress()));
    expect(refused.code).toBe('RATE_LIMITED');
    expect(refused.retryAfterSeconds).toBeGreaterThan(3000);
    // A refused attempt is not counted against the address it came from.
    const other = await t.factory.user();
    expect(outcome(await login({ login: other.handle, password: other.password }, newAddress()))).toBe('ok');
  });

  it('limits one address guessing at many accounts, known or not', async () => {
    const from = newAddress();
    const logins = [
      ...(await Promise.all(Array.from({ length: 3 }, () => t.factory.user()))).map((u) => u.handle),
      'ghost_one',
      'ghost_two',
      'ghost_three',
    ];
    for (const name of logins) expect(outcome(await login({ login: name, password: WRONG }, from))).toBe('UNAUTHENTICATED');
    const another = await t.factory.user();
    expect(outcome(await login({ login: another.handle, password: another.password }, from))).toBe('RATE_LIMITED');
    expect(outcome(await login({ login: another.handle, password: another.password }, newAddress()))).toBe('ok');
  });

  it('starts the account and address afresh after a successful login', async () => {
    const user = await t.factory.user();
    const from = newAddress();
    const codes: string[] = [];
    for (const password of [WRONG, WRONG, user.password, WRONG, WRONG, WRONG, WRONG])
      codes.push(outcome(await login({ login: user.handle, password }, from)));
    expect(codes).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'ok',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'RATE_LIMITED',
    ]);
  });

  it('does not count a right password that still needs its second factor', async () => {
    const user = await t.factory.user({ totp: true });
    const from = newAddress();
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) codes.push(outcome(await login({ login: user.handle, password: user.password }, from)));
    expect(codes).toEqual(Array(4).fill('TWO_FACTOR_REQUIRED'));
  });
});

describe('login throttle backoff', () => {
  let t: TestApp;
  let user: TestUser;
  beforeAll(async () => {
    t = await createTestApp({
      TRUST_PROXY: 'loopback',
      REDIS_URL: process.env.REDIS_URL ?? '',
      LOGIN_FAILURES_PER_ACCOUNT: '2',
      LOGIN_THROTTLE_WINDOW_SECONDS: '10',
    });
    user = await t.factory.user();
  });
  afterAll(() => t.close());

  it('locks an address out for twice as long at its second lockout', async () => {
    const from = newAddress();
    const guess = () => t.gql(LOGIN, { input: { login: user.handle, password: WRONG } }, { headers: { 'x-forwarded-for': from } });
    for (let i = 0; i < 2; i++) expect(outcome(await guess())).toBe('UNAUTHENTICATED');
    const first = errorOf(await guess());
    expect(first).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 10 });
    await new Promise((resolve) => setTimeout(resolve, 10_500));
    for (let i = 0; i < 2; i++) expect(outcome(await guess())).toBe('UNAUTHENTICATED');
    expect(errorOf(await guess())).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 20 });
  });
});

describe('login throttle with Redis unreachable', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Nothing listens on port 1: every command fails, and the memory insurance counts instead.
    t = await createTestApp({ TRUST_PROXY: 'loopback', REDIS_URL: 'redis://127.0.0.1:1', LOGIN_FAILURES_PER_ACCOUNT: '2' });
  });
  afterAll(() => t.close());

  it('still refuses guesses past the limit', async () => {
    const user = await t.factory.user();
    const codes: string[] = [];
    for (let i = 0; i < 3; i++)
      codes.push(
        outcome(await t.gql(LOGIN, { input: { login: user.handle, password: WRONG } }, { headers: { 'x-forwarded-for': '192.0.2.1' } })),
      );
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
    expect(
      outcome(
        await t.gql(LOGIN, { input: { login: user.handle, password: user.password } }, { headers: { 'x-forwarded-for': '192.0.2.2' } }),
      ),
    ).toBe('ok');
  });
});
