import { describe, expect, it } from 'vitest';
import { kinds, rulesWith, scanAs } from '../__tests__/helpers.js';

describe('link signals', () => {
  it('does not signal links to official domains', () => {
    expect(scanAs('See https://www.okx.com/help and WWW.OKX.COM').signals).toEqual([]);
  });

  it('signals an external link with its original spelling as evidence', () => {
    const result = scanAs('Check tronscan.org for the status.');
    expect(result.signals).toMatchObject([{ kind: 'EXTERNAL_LINK', evidence: 'tronscan.org' }]);
    expect(result.action).toBe('ALLOW');
  });

  it.each([
    ['a full-width host', '新地址：ｏｋｘ－ｓｕｐｐｏｒｔ．ｘｙｚ，收藏好', 'ｏｋｘ－ｓｕｐｐｏｒｔ．ｘｙｚ'],
    ['a host glued to Chinese text', '登录okx-refund.com领取', 'okx-refund.com'],
    ['a spelled-out dot', 'go to OKX-Support dot xyz slash verify', 'OKX-Support dot xyz slash verify'],
    ['a spaced dot', 'unlock tool: okx-unlock . com/tool', 'okx-unlock . com/tool'],
    ['a bracketed dot', 'visit okx-drop[.]com to claim', 'okx-drop[.]com'],
    ['a homoglyph host', 'claim at https://окх.com/refund', 'https://окх.com/refund'],
    ['a host spelled with spaces', 'blocked until you re-verify: o k x - v e r i f y . n e t', 'o k x - v e r i f y . n e t'],
    ['a Chinese-character host', '新官网地址：欧易交易.com，请登录', '欧易交易.com'],
    ['a Chinese-character host glued to text', '请登录欧易交易.com领取', '欧易交易.com'],
  ])('finds a lookalike in %s', (_name, text, evidence) => {
    const result = scanAs(text);
    expect(result.signals.find((s) => s.kind === 'LOOKALIKE_DOMAIN')?.evidence).toBe(evidence);
    expect(result.action).toBe('HOLD');
  });

  it('damps lookalikes named in a warning', () => {
    const result = scanAs('PSA: phishing sites like okx-support.xyz and 0kx.com are circulating. Always type www.okx.com yourself.');
    expect(kinds(result)).toContain('LOOKALIKE_DOMAIN');
    expect(result.action).toBe('ALLOW');
  });

  it('does not take a link the writer was told to open as a call to action', () => {
    expect(scanAs('Received an SMS telling me to verify at okx-verify.cc, ignored it and reported it.').action).not.toBe('HOLD');
  });

  it('flags a link offered to verify a wallet, even on a domain that does not imitate the brand', () => {
    const result = scanAs('Your wallet needs to be validated after the upgrade, go to wallet-validate.io and follow the steps.');
    expect(result.action).toBe('FLAG');
    expect(scanAs('Urgent: validate your wallet at wallet-validate.io within 24 hours.').action).toBe('HOLD');
  });

  it('lets allowed domains through and applies denied-domain rules', () => {
    const rules = rulesWith([
      { kind: 'ALLOWED_DOMAIN', pattern: 'tronscan.org', locale: null, action: 'ALLOW' },
      { kind: 'DENIED_DOMAIN', pattern: 'evil.example.com', locale: null, action: 'BLOCK' },
    ]);
    expect(scanAs('See tronscan.org', { rules }).signals).toEqual([]);
    const denied = scanAs('See https://x.evil.example.com/a', { rules });
    expect(kinds(denied)).toContain('DENIED_DOMAIN');
    expect(denied.action).toBe('BLOCK');
  });

  it('holds a denied domain even when its rule only asks to flag', () => {
    const rules = rulesWith([{ kind: 'DENIED_DOMAIN', pattern: 'spam.example.com', locale: null, action: 'FLAG' }]);
    expect(scanAs('spam.example.com', { rules }).action).toBe('HOLD');
  });
});
