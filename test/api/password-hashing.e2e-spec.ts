import argon2 from 'argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PasswordHasher } from '../../apps/api/src/auth/password-hasher.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`;

// Each argon2id hash holds 64 MiB: at most PASSWORD_HASH_CONCURRENCY run at once, the rest wait.
describe.each([
  ['the default', {}, 2],
  ['a configured', { PASSWORD_HASH_CONCURRENCY: '3' }, 3],
])('password hashing with %s bound', (_what, env: Record<string, string>, bound) => {
  let t: TestApp;
  let hasher: PasswordHasher;
  beforeAll(async () => {
    t = await createTestApp(env);
    hasher = t.app.get(PasswordHasher);
  });
  afterAll(() => t.close());

  it(`runs a burst of 8 hashes ${bound} at a time, every one completed and valid`, async () => {
    hasher.stats.peakRunning = 0;
    const passwords = Array.from({ length: 8 }, (_, i) => `burst password ${i}`);
    const hashes = await Promise.all(passwords.map((p) => hasher.hash(p)));
    expect(hasher.stats.peakRunning).toBe(bound);
    expect(hasher.stats.running).toBe(0);
    for (const [i, hash] of hashes.entries()) expect(await argon2.verify(hash, passwords[i])).toBe(true);
  });

  it(`verifies a burst of 8 logins over HTTP ${bound} at a time`, async () => {
    const users = await Promise.all(Array.from({ length: 8 }, () => t.factory.user()));
    hasher.stats.peakRunning = 0;
    const results = await Promise.all(
      users.map((u, i) =>
        t.gql(
          LOGIN,
          { input: { login: u.handle, password: i % 2 ? u.password : 'wrong password!' } },
          { headers: { 'x-forwarded-for': `198.51.100.${i + 1}` } },
        ),
      ),
    );
    expect(results.map((r) => (r.errors ? r.errors[0].extensions.code : 'ok'))).toEqual(
      Array.from({ length: 8 }, (_, i) => (i % 2 ? 'ok' : 'UNAUTHENTICATED')),
    );
    expect(hasher.stats.peakRunning).toBe(bound);
  });
});
