import { describe, expect, it } from 'vitest';
import { DEMO_BRAND } from './brand.js';
import { signalMessage } from './messages.js';
import { compileRules } from './rules.js';
import { kinds, rulesWith, scanAs } from './__tests__/helpers.js';

const CONTACT = 'Add me on WhatsApp +1 555 0147';

describe('policy', () => {
  it('maps scores to actions with the default thresholds', () => {
    expect(scanAs('BTC funding is negative this week.')).toEqual({ action: 'ALLOW', score: 0, signals: [] });
    expect(scanAs('My Telegram is @alice_trader_01').action).toBe('FLAG');
    expect(scanAs(CONTACT).action).toBe('HOLD');
    expect(scanAs(`I'm from OKX official support. ${CONTACT}`).action).toBe('HOLD');
  });

  it('holds a support line with a phone number, not a question about one', () => {
    expect(scanAs('Call the OKX support hotline 1-888-555-0172 to unlock your funds today.').action).toBe('HOLD');
    expect(scanAs('请拨打客服专线 010-5555-0199 处理冻结问题').action).toBe('HOLD');
    expect(scanAs('Is there an official OKX support phone number? I only see the chat.').action).toBe('ALLOW');
  });

  it('holds a link asking to sync a wallet or approve a contract, and a courted returns pitch', () => {
    expect(scanAs('Sync your wallet with the validator: wallet-validate-node.com').action).toBe('HOLD');
    expect(scanAs('Connect your wallet at app.uniswap.org to swap, then withdraw to OKX.').action).toBe('ALLOW');
    expect(scanAs('Hi dear, my uncle gives me insider tips, I made 40% last month. Let me show you how.').action).toBe('HOLD');
  });

  it('holds fees to be paid before funds move, not the network fee', () => {
    expect(scanAs('Before withdrawal, an insurance fee of 5% has to be paid in advance.').action).toBe('HOLD');
    expect(scanAs('您的提现已审核通过，但需先缴纳风险保证金 1000 USDT，缴纳后立即到账。').action).toBe('HOLD');
    expect(scanAs('The withdrawal fee must be paid in the same coin you withdraw.').action).toBe('ALLOW');
  });

  it('keeps scores within [0, 1]', () => {
    const { score } = scanAs(`I'm from OKX support. ${CONTACT}. Send your seed phrase. Visit okx-verify.xyz now!`);
    expect(score).toBeGreaterThan(0.9);
    expect(score).toBeLessThanOrEqual(1);
  });

  it('follows thresholds passed to compileRules', () => {
    const strict = compileRules(DEMO_BRAND, [], { flag: 0.1, hold: 0.4 });
    expect(scanAs('My Telegram is @alice_trader_01', { rules: strict }).action).toBe('HOLD');
    const lenient = compileRules(DEMO_BRAND, [], { hold: 0.95 });
    expect(scanAs(`I'm from OKX official support. ${CONTACT}`, { rules: lenient }).action).toBe('FLAG');
  });

  it('holds any non-allowed link from a new account', () => {
    const result = scanAs('Check tronscan.org', { author: { isNewAccount: true } });
    expect(kinds(result)).toContain('NEW_ACCOUNT_LINK');
    expect(result.action).toBe('HOLD');
    expect(scanAs('See https://www.okx.com/help', { author: { isNewAccount: true } }).action).toBe('ALLOW');
  });

  it('never holds staff for official links or support wording, but blocks their leaks', () => {
    const staff = { isStaff: true };
    expect(scanAs('[Staff] OKX support here: see https://www.okx.com/help', { author: staff }).action).toBe('ALLOW');
    expect(scanAs('Claim at okx-airdrop.org now', { author: staff }).action).toBe('FLAG');
    expect(scanAs('private key: ' + 'ab'.repeat(32), { author: staff }).action).toBe('BLOCK');
  });

  it('applies watched phrases as a minimum action, per locale', () => {
    const rules = rulesWith([
      { kind: 'WATCHED_PHRASE', pattern: '内部群', locale: 'zh-CN', action: 'HOLD' },
      { kind: 'WATCHED_PHRASE', pattern: 'moon soon', locale: null, action: 'FLAG' },
    ]);
    expect(scanAs('拉你进内部群', { rules, contentLocale: 'zh-CN' }).action).toBe('HOLD');
    expect(kinds(scanAs('拉你进内部群', { rules, contentLocale: 'en' }))).not.toContain('WATCHED_PHRASE');
    expect(scanAs('MOON  soon', { rules, contentLocale: 'en' }).signals[0]).toMatchObject({
      kind: 'WATCHED_PHRASE',
      evidence: 'MOON  soon',
    });
  });

  it('writes messages in the reader language and re-renders them', () => {
    const [signal] = scanAs('Check tronscan.org', { locale: 'zh-CN' }).signals;
    expect(signal.message).toContain('tronscan.org');
    expect(signal.message).toMatch(/链接/);
    expect(signalMessage(signal.kind, signal.evidence, 'en')).toMatch(/^Link to a site/);
  });
});
