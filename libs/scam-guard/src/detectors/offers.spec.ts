import { describe, expect, it } from 'vitest';
import { kinds, scanAs } from '../__tests__/helpers.js';
import type { SignalKind } from '../types.js';

describe('offers', () => {
  it.each<[SignalKind, string]>([
    ['GIVEAWAY', 'Send 1 BTC to bc1qgrdc8ajagh8xj67yzy7tq0jmap58x77q7mdju6 and get 2 BTC back, limited time'],
    ['GIVEAWAY', '欧易联合福利：发 1 BTC 回 2 BTC，官方担保。'],
    ['GIVEAWAY', '新人福利：注册即送 888 USDT 体验金，私聊领取。'],
    ['RECOVERY_SCAM', '专业追款，杀猪盘、假交易所均可处理，不成功不收费。'],
    ['RECOVERY_SCAM', 'Our certified blockchain forensic team recovered $2.3M last month. Email desk@protonmail.com'],
    ['RECOVERY_SCAM', 'To unfreeze your withdrawal you must pay a 10% tax first.'],
    ['INVESTMENT_SCAM', '带单老师免费进群，日赚30%，稳赚不赔，加V：lao_shi_01'],
    ['ILLICIT_OFFER', '出售欧易实名账号，已过二级认证，批量优惠。'],
  ])('holds %s: "%s"', (kind, text) => {
    const result = scanAs(text);
    expect(kinds(result)).toContain(kind);
    expect(result.action).toBe('HOLD');
  });

  it.each([
    "'Send 1 BTC get 2 BTC back' is always a scam, no exchange doubles your coins. Don't send anything.",
    '“转1个BTC返2个”这种全是骗局，没有任何交易所会翻倍返还。',
    '网上那些说能追回被骗资金的“黑客”“律师”也是骗子，被骗了就报警。',
    '被骗了怎么办？能追回吗？',
    'Airdrop hunting is fine, but only connect to sites linked from the official announcement.',
    '提币需要支付手续费吗？',
  ])('allows the warning or question "%s"', (text) => {
    expect(scanAs(text).action).toBe('ALLOW');
  });
});

describe('impersonation', () => {
  it.each([
    "Hi, I'm from OKX official support. Your withdrawal is stuck.",
    'OKX Customer Service here 👋 We saw your post.',
    '您好，我是欧易官方客服，看到您提币卡在审核。',
    '【欧易客服中心】您的工单已升级。',
  ])('detects "%s"', (text) => {
    expect(kinds(scanAs(text))).toContain('IMPERSONATION');
  });

  it('holds impersonation with a private channel', () => {
    expect(scanAs("Hi, I'm from OKX official support. Add me on WhatsApp +1 555 0147").action).toBe('HOLD');
  });

  it('does not flag reported impersonation or staff', () => {
    expect(kinds(scanAs('有人在电报上自称欧易客服，这是骗子吧？'))).not.toContain('IMPERSONATION');
    expect(kinds(scanAs('[Staff] I am from the OKX support team.', { author: { isStaff: true } }))).toEqual([]);
  });
});
