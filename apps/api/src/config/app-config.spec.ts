import { describe, expect, it } from 'vitest';
import { loadConfig } from './app-config.js';

const SECRETS = { JWT_SECRET: 'a'.repeat(40), TOTP_ENCRYPTION_KEY: 'b'.repeat(40) };

describe('configuration', () => {
  it('creates the demo data by default in development, never by default in production', () => {
    expect(loadConfig({}).BEACON_DEMO).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', ...SECRETS }).BEACON_DEMO).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', ...SECRETS, BEACON_DEMO: '1' }).BEACON_DEMO).toBe(true);
  });

  it('requires real secrets in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
  });

  it.each([
    ['loopback', ['loopback']],
    ['1', 1],
    ['false', false],
    ['10.0.0.0/8, 172.16.0.0/12', ['10.0.0.0/8', '172.16.0.0/12']],
  ])('reads TRUST_PROXY=%s', (value, trust) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(trust);
  });
});
