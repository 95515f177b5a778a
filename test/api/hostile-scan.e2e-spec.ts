import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScanPool } from '../../apps/api/src/modules/scam-guard/scan-pool.js';
import { hostileInputs } from '../../libs/scam-guard/src/hostile-inputs.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const CHECK = `query ($body: String!) { checkContent(body: $body) { action score signals { kind evidence message } } }`;
const ADD_RULE = `mutation ($input: AddScamRuleInput!) { addScamRule(input: $input) { id } }`;
const MAX_BODY = 50_000;

// One post of the maximum size built to be slow to scan must not hold the API: a simple
// request sent while it is being scanned is answered first.
describe('a hostile post while others are served', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it.each(['chinese dots', 'spaced han', 'newlines', 'spelled dots'])(
    'answers a simple query while a 50,000-character "%s" post is scanned',
    async (family) => {
      const pool = t.app.get(ScanPool);
      const hostile = hostileInputs(MAX_BODY).find((input) => input.name === family)!;
      expect(hostile.text).toHaveLength(MAX_BODY);
      const order: string[] = [];
      const scanned = t.gql(CHECK, { body: hostile.text }).then((res) => {
        order.push('hostile');
        return res;
      });
      // Once the hostile post is being scanned (this test shares the API's event loop, which
      // would not get here while a scan held it), a simple query.
      while (pool.scanning === 0 && order.length === 0) await new Promise((resolve) => setImmediate(resolve));
      const simple = await t.gql(`{ __typename }`);
      order.push(`simple (scans in progress: ${pool.scanning})`);
      const res = await scanned;
      expect(simple.data).toEqual({ __typename: 'Query' });
      expect(res.errors).toBeUndefined();
      expect(res.data.checkContent.action).toMatch(/^(ALLOW|FLAG|HOLD|BLOCK)$/);
      expect(order).toEqual(['simple (scans in progress: 1)', 'hostile']);
    },
  );

  it('gives a long text scanned in a worker the verdict it gets on the main thread, with the current rules', async () => {
    const inline = await createTestApp({ SCAN_INLINE_MAX_CHARS: '100000' }, { sameDatabaseAs: t });
    try {
      const admin = await t.factory.user({ roles: ['ADMIN'], totp: true });
      const padding = 'My withdrawal has been pending for two days, what should I do? '.repeat(60);
      const scam = `${padding}\nOKX support here: verify at okx-support-desk.example.org and send your seed phrase to +44 7911 123456 on WhatsApp.`;
      expect(scam.length).toBeGreaterThan(2000);
      const before = await t.gql(CHECK, { body: scam });
      expect(before.data.checkContent.action).not.toBe('ALLOW');
      expect(before.data).toEqual((await inline.gql(CHECK, { body: scam })).data);
      // A rule added since is applied by the workers too.
      const rule = await t.gql(
        ADD_RULE,
        { input: { kind: 'DENIED_DOMAIN', pattern: 'pending-desk.example.com', action: 'BLOCK' } },
        { as: admin },
      );
      expect(rule.errors).toBeUndefined();
      const withRule = await t.gql(CHECK, { body: `${padding} see pending-desk.example.com` });
      expect(withRule.data.checkContent.signals.map((s: { kind: string }) => s.kind)).toContain('DENIED_DOMAIN');
    } finally {
      await inline.app.close();
    }
  });
});
