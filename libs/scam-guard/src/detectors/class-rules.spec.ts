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

  it('the befriending opener and a "teacher" who leads to trading, without a figure', () => {
    expectCaught("Hi, let's be friends! I do some crypto trading on the side", 'TASK_SCAM');
    expectCaught('在吗？交个朋友，我平时做比特币合约', 'TASK_SCAM', zh);
    expectCaught('最近认识了一个老师，带我们做单，收益很稳', 'TASK_SCAM', zh);
  });

  it('courting openers, bare DM requests, codes just received, VIP signal groups, cash OTC', () => {
    expectCaught('Hello dear, how are you? I am a crypto investor', 'TASK_SCAM');
    expectCaught('亲爱的，最近在做什么？我在做合约', 'TASK_SCAM', zh);
    expectCaught('Withdrawal stuck? I can fix it in 5 mins, just DM', 'CONTACT_SOLICITATION');
    expectCaught('Scan to join and get 100 USDT', 'CONTACT_SOLICITATION');
    expectCaught('Tell me the code you just got by SMS', 'SECRET_REQUEST');
    expectCaught('Join my VIP group for daily signals', 'INVESTMENT_SCAM');
    expectCaught('Buying USDT above market, cash in hand', 'ILLICIT_OFFER');
  });

  it('their look-alikes pass: a greeting to all, DMs to the mods, a question about a code, the VIP program', () => {
    expect(scanAs('Hi dear friends, the new crypto tax rules are out').action).toBe('ALLOW');
    expect(scanAs('亲爱的朋友们，新的合约功能上线了', zh).action).toBe('ALLOW');
    expect(scanAs('Please DM the mods if you see spam').action).toBe('ALLOW');
    expect(scanAs('Is the code you just got from the app the 2FA one?').action).toBe('ALLOW');
    expect(scanAs('The OKX VIP program gives fee discounts').action).toBe('ALLOW');
  });

  it('befriending look-alikes pass: a meetup, a school trip', () => {
    expect(scanAs('想交朋友的可以来线下聚会', zh).action).toBe('ALLOW');
    expect(scanAs('我们高中老师带我们去春游', zh).action).toBe('ALLOW');
    expect(scanAs('Made some friends at the meetup, nice people').action).toBe('ALLOW');
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
    // Without a call to action: flagged, and held for a new account.
    expect(scanAs('cutt.ly/xk29Pq').action).toBe('FLAG');
    expect(scanAs('免实名快速通道 t.ly/Kyc9', zh).action).toBe('FLAG');
    expect(scanAs('cutt.ly/xk29Pq', { author: { isNewAccount: true } }).action).toBe('HOLD');
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

  it('spelled-out hosts with several spelled dots are read whole, not as the official domain', () => {
    for (const text of [
      'official site moved: okx dot com-cn dot top, log in there to keep your account',
      'go to okx[.]support-login[.]cc and enter your details to unfreeze',
      'new login page: okx(.)verify-desk(.)net',
    ]) {
      expect(silenced(scanAs(text).action), text).toBe(true);
      expect(kinds(scanAs(text)), text).toContain('LOOKALIKE_DOMAIN');
    }
    expect(silenced(scanAs('新官网：okx点com-cn点top，登录领取补偿', zh).action)).toBe(true);
    expect(silenced(scanAs('登录 okx[.]anquan-login[.]cc 输入资料解冻', zh).action)).toBe(true);
  });

  it('spelled-host look-alikes pass: the official domain spelled out, a warning naming the fake one', () => {
    expect(scanAs('I typed okx dot com in the browser and it worked').action).toBe('ALLOW');
    expectNotSilenced('PSA: okx dot com-cn dot top is a phishing site, the real one is okx.com');
    expectNotSilenced('PSA: okx-web3.app is NOT official');
    expect(scanAs('官网就是 okx点com，直接输入就行', zh).action).toBe('ALLOW');
    expectNotSilenced('注意：okx点com-cn点top 是假的，别登录', zh);
  });

  it('an ID split one token per line or between dashes and emoji, after a channel name', () => {
    const split: Array<[string, object]> = [
      ['微 - 信 - okx - kf - 77 解冻专员', zh],
      ['vx\nokx\n8866\n帮你出金', zh],
      ['telegram\n@okx\n_help\n_desk for the unlock', {}],
      ['whatsapp\n+44\n7700\n900123', {}],
      ['t🔹e🔹l🔹e🔹g🔹r🔹a🔹m: okx_help_88 unlock fast', {}],
      ['联系🌟微🌟信🌟okx8866 解冻', zh],
    ];
    for (const [text, options] of split) expectCaught(text, 'CONTACT_SOLICITATION', options);
  });

  it('split-ID look-alikes pass: words on their own lines, a handle asked about', () => {
    expect(scanAs('My telegram\nis\nbroken\nsince 2024').action).toBe('ALLOW');
    expect(scanAs('WhatsApp\nis\nnot\nused\nby\nsupport').action).toBe('ALLOW');
    expectNotSilenced('Telegram\n@okx\n_help\n_24 ← this account messaged me, scam?');
    expect(scanAs('电报\n不好用\n换个软件', zh).action).toBe('ALLOW');
  });

  it('emoji between words read as spaces, between Chinese characters as nothing', () => {
    expectCaught('connect➡️wallet➡️sign➡️claim', 'WALLET_DRAINER');
    expectCaught('DM💬me💬for💬the💬unlock', 'CONTACT_SOLICITATION');
    expectCaught('私🔸聊🔸我 帮你解冻', 'CONTACT_SOLICITATION', zh);
    expect(scanAs('I ❤️ okx, great app 👍 thanks').action).toBe('ALLOW');
    expect(scanAs('新版 App 🔥 好用 👍', zh).action).toBe('ALLOW');
  });

  it.each([
    ['support contact below', {}],
    ["Withdrawals stuck? I'll DM you the support link", {}],
    ['客服联系方式在下面', zh],
    ['解冻通道稍后私你链接', zh],
  ])('flags a contact or link announced and not given: %s', (text, options) => {
    expectCaught(text, 'CONTACT_SOLICITATION', options);
  });

  it('announced-contact look-alikes pass: the contact given in the post, the app as the place to ask', () => {
    expect(scanAs('The contact form is below the FAQ on okx.com/help').action).toBe('ALLOW');
    expect(scanAs('客服联系方式在 App 里的帮助中心，别信评论区的', zh).action).toBe('ALLOW');
    expect(scanAs('点赞、评论区见', zh).action).toBe('ALLOW');
  });

  it('a secret asked for by its number of words, in Chinese', () => {
    expectCaught('机器人验证：回复你钱包的十二个单词以保留白名单', 'SECRET_REQUEST', zh);
    expectNotSilenced('我的十二个单词丢了一个，还能恢复吗？', zh);
  });

  it('negated, described and quoted requests pass', () => {
    expect(scanAs('谁说自己是客服要你共享屏幕都别理，真客服不会这样', zh).action).toBe('ALLOW');
    expect(scanAs('Anyone who asks you to install AnyDesk is a scammer').action).toBe('ALLOW');
    expect(scanAs('My friend forwarded "message me on Telegram for faster withdrawals". Scam, right?').action).toBe('ALLOW');
    expect(
      scanAs("P2P sellers asking you to 'pay outside the platform for a discount' are the #1 way people lose money here.").action,
    ).toBe('ALLOW');
    expect(scanAs('官方 Discord 的链接在 okx.com 上，私信来的邀请别信', zh).action).toBe('ALLOW');
    // The requests themselves are still caught.
    expect(silenced(scanAs('请下载向日葵共享屏幕，我帮你处理', zh).action)).toBe(true);
    expect(silenced(scanAs('Install AnyDesk so I can fix it').action)).toBe(true);
    expectCaught('Message me on Telegram for faster withdrawals', 'CONTACT_SOLICITATION');
    // "Anyone who …" and 谁要 that ask the reader, and a testimonial that sends the reader on, are requests.
    expectCaught('Anyone who lost funds, DM me', 'CONTACT_SOLICITATION');
    expect(silenced(scanAs('谁要赚钱加我微信 okx_vip_88', zh).action)).toBe(true);
    expect(silenced(scanAs('She contacted me after I was scammed and got it all back, WhatsApp her +44 7700 900123').action)).toBe(true);
  });

  it('contacts told as what someone did to the writer, spam described, a site named as unofficial pass', () => {
    const honest: Array<[string, object]> = [
      ['Someone on telegram @okx_help_99 asked me for my UID, blocked him', {}],
      ['他让我加微信 okx_kf_88，我没加，举报了', zh],
      ['Got a text saying my account is frozen and to call +1 302 555 0188, ignored it', {}],
      ['My phone number changed, how do I update it? old one was +44 7700 900123', {}],
      ['the bots here keep posting 追回资金, mods please clean up', {}],
      ['评论区一直刷屏“专业追回”，管理员管管', zh],
      ['okx-web3.app is NOT official', {}],
      ['带单员收益这个月还行', zh],
      ['群里有人发“加我微信 okx_vip_888 带你赚钱”，管理员删一下', zh],
      ['He told me "DM me on WhatsApp +1 302 555 0188 to unlock", obviously fake', {}],
    ];
    for (const [text, options] of honest) expect(scanAs(text, options).action, text).toBe('ALLOW');
    // The same contacts offered are still caught.
    expect(silenced(scanAs('my whatsapp is +44 7700 900123, text me for the unlock').action)).toBe(true);
    expect(silenced(scanAs('老师带单，日赚 5%，加微信 okx_kf_88', zh).action)).toBe(true);
    expect(silenced(scanAs('Go to okx-web3.app and log in').action)).toBe(true);
    expect(silenced(scanAs('加我微信 okx_vip_888 带你赚钱', zh).action)).toBe(true);
  });

  it('a question that invites the reader in is the pitch, a question about a handle is not', () => {
    expectCaught('hey, my uncle teaches a small trading group, want in?', 'TASK_SCAM');
    expectCaught('我老师带单很稳，要不要一起？', 'INVESTMENT_SCAM', zh);
    expect(scanAs('Is @okx_en the real one?').action).toBe('ALLOW');
    expect(scanAs('能追回吗？', zh).action).toBe('ALLOW');
  });

  it('a small monthly return is trading talk, a large one a pitch', () => {
    expect(scanAs('Made 4% this month on the grid bot, nothing crazy but steady.').action).toBe('ALLOW');
    expect(scanAs('Earned 2.5% this week on staking, nice').action).toBe('ALLOW');
    expectCaught('Made 30% this month with my signals group, message me', 'INVESTMENT_SCAM');
  });
});
