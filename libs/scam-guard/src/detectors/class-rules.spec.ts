import { describe, expect, it } from 'vitest';
import { kinds, scanAs } from '../__tests__/helpers.js';
import type { ScamAction, SignalKind } from '../types.js';

const zh = { locale: 'zh-CN' };
const acted = (action: ScamAction) => action !== 'ALLOW';
const silenced = (action: ScamAction) => action === 'HOLD' || action === 'BLOCK';

function expectCaught(text: string, kind: SignalKind, options = {}): void {
  const result = scanAs(text, options);
  expect(acted(result.action), text).toBe(true);
  expect(kinds(result), text).toContain(kind);
}

function expectNotSilenced(text: string, options = {}): void {
  expect(silenced(scanAs(text, options).action), text).toBe(false);
}

describe('classes of threat, both languages, both sides', () => {
  it('wallet drainers: connect and sign, approve to receive, the link in the profile', () => {
    expectCaught('Rewards unlocked for holders, connect your wallet and sign the permit at holder-rewards.site', 'WALLET_DRAINER');
    expectCaught('spots are limited, the link is in my bio', 'WALLET_DRAINER');
    expectCaught('持币奖励已开放，连接钱包后签名即可：chiyou-jiangli.site', 'WALLET_DRAINER', zh);
    expectCaught('授权后自动到账，数量有限', 'WALLET_DRAINER', zh);
    expect(scanAs('Connect your wallet and sign the message at holder-rewards.site, rewards land instantly').action).toBe('HOLD');
  });

  it('drainer look-alikes pass: gas for a claim, a question about signing, a warning', () => {
    expectNotSilenced('The claim cost me 2 dollars of gas, still worth it.');
    expectNotSilenced('Never connect your wallet and sign on a site someone DMs you.');
    expectNotSilenced('领取空投花了点 gas，正常吗？', zh);
    expectNotSilenced('不要随便连接钱包签名，真正的空投不需要授权。', zh);
  });

  it('task and pig-butchering scams without a figure of returns', () => {
    expectCaught('Simple online job: finish 30 tasks daily, top up first to reach level 2. Message me', 'TASK_SCAM');
    expectCaught('Oops wrong number! By the way do you invest in crypto? My mentor runs a signals group', 'TASK_SCAM');
    expectCaught('日结兼职，刷单返佣，先垫付后返还，私我', 'TASK_SCAM', zh);
    expectCaught('走流水才能提现，转我银行卡补保证金', 'TASK_SCAM', zh);
  });

  it("task look-alikes pass: the exchange's copy trading, a teacher of charts, a warning", () => {
    expectNotSilenced('Made 4% this month following a lead trader in copy trading.');
    expectNotSilenced('What does combination order mean on the options screen?');
    expectNotSilenced('带单员收益这个月一般，还在跟。', zh);
    expectNotSilenced('刷单、走流水都是诈骗，别信。', zh);
  });

  it('recovery scams as testimonials and legal-sounding fees', () => {
    expectCaught('Thank you @trace_wizard who recovered my stolen USDT in a week, message him', 'RECOVERY_SCAM');
    expectCaught('Our asset restitution office needs a recovery bond before the release.', 'RECOVERY_SCAM');
    expectCaught('多亏了 @链上侦探 帮我追回了被盗的币，大家可以找他', 'RECOVERY_SCAM', zh);
    expectCaught('交担保费即可启动追回流程', 'RECOVERY_SCAM', zh);
  });

  it('recovery look-alikes pass: a police report, spam reported in quotes', () => {
    expectNotSilenced('I reported the theft to the police and got a case number.');
    expectNotSilenced('Bots keep posting "get your funds back" ads here, mods please clean up.');
    expectNotSilenced('被盗了已经报警，拿到了案件号。', zh);
    expectNotSilenced('这里的机器人一直发“专业追回”广告，管理员处理一下。', zh);
  });

  it('codes and 2FA secrets asked for in other words', () => {
    expectCaught('A 6-digit code is coming to your phone, reply with it here to confirm.', 'SECRET_REQUEST');
    expectCaught('Please send the setup key of your authenticator so we can rebind it.', 'SECRET_REQUEST');
    expectCaught('把验证器的二维码截图发给我，帮你重新绑定', 'SECRET_REQUEST', zh);
    expectCaught('下载向日葵，我远程帮你提币', 'SECRET_REQUEST', zh);
  });

  it('code look-alikes pass: own 2FA trouble, a quoted request', () => {
    expectNotSilenced('My 6-digit code keeps failing, is the phone clock wrong?');
    expectNotSilenced('Someone DMed me saying "send your seed phrase to verify" — is this a scam?');
    expectNotSilenced('验证器的六位码总是错误，是时间不同步吗？', zh);
    expectNotSilenced('有人私聊我说“把助记词发给我验证”，是骗子吧？', zh);
  });

  it('fake support that never names the brand', () => {
    expectCaught('This is the tier 2 desk, reply with your UID and phone number to restore access.', 'FAKE_SUPPORT');
    expectCaught('Withdrawal stuck? Contact us on Signal +44 7700 900888', 'CONTACT_SOLICITATION');
    expectCaught('这里是二线客服，回复你的 UID 和手机号帮你恢复', 'FAKE_SUPPORT', zh);
  });

  it('support look-alikes pass: finding the UID for a ticket, warnings about fake desks', () => {
    expectNotSilenced('Where do I find my UID? The ticket form asks for it.');
    expectNotSilenced('Beware of anyone asking you to post your UID and phone, support never does.');
    expectNotSilenced('UID 在哪里看？工单里要填。', zh);
  });

  it('explains each new signal in the caller language', () => {
    const en = scanAs('connect your wallet and sign to receive the bonus');
    const cn = scanAs('连接钱包签名即可领取', zh);
    expect(en.signals.find((s) => s.kind === 'WALLET_DRAINER')?.message).toMatch(/wallet drainers/);
    expect(cn.signals.find((s) => s.kind === 'WALLET_DRAINER')?.message).toMatch(/盗币/);
  });

  it('flags a shortened link and holds it for a new account', () => {
    expect(scanAs('grab the bonus here: t.ly/AbC12').action).toBe('FLAG');
    expect(scanAs('看看这个 t.cn/A6xYz12', zh).action).toBe('FLAG');
    expect(scanAs('grab the bonus here: t.ly/AbC12', { author: { isNewAccount: true } }).action).toBe('HOLD');
  });

  it('reads Traditional Chinese like Simplified: a contact caught, a question about news channels not', () => {
    const held = scanAs('有問題加電報 @okx_kefu88 幫你處理解凍', zh);
    expect(silenced(held.action)).toBe(true);
    expect(kinds(held)).toContain('CONTACT_SOLICITATION');
    expectNotSilenced('電報上的行情群太多廣告了，有沒有推薦的官方公告頻道？', zh);
  });

  it("reads phone numbers with libphonenumber-js: a bank's or the police's number passes, a number to call is caught", () => {
    expect(scanAs('I called my bank on +44 20 7946 0321 and they confirmed the wire.').action).toBe('ALLOW');
    expect(scanAs('银行客服 +49 30 901820 说钱已经退回了', zh).action).toBe('ALLOW');
    expect(kinds(scanAs('Fast unlock team, WhatsApp +1 302 555 0188'))).toContain('CONTACT_SOLICITATION');
    expect(kinds(scanAs('解冻专员电话 13812345678，加我', zh))).toContain('CONTACT_SOLICITATION');
    expect(kinds(scanAs('请拨打反诈中心专线 010-5555-0199 核实账户', zh))).toContain('CONTACT_SOLICITATION');
    expect(kinds(scanAs('tx 0x4b1f2c3d4e5f60718293a4b5c6d7e8f9 confirmed'))).not.toContain('CONTACT_SOLICITATION');
  });
});

