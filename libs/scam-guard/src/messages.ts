import type { SignalKind } from './types.js';

type Render = (evidence: string) => string;

const EN: Record<SignalKind, Render> = {
  EXTERNAL_LINK: (e) => `Link to a site that is not an official or allowed domain: ${e}`,
  LOOKALIKE_DOMAIN: (e) => `Link to a site that imitates the official domain: ${e}`,
  DENIED_DOMAIN: (e) => `Link to a blocked domain: ${e}`,
  WALLET_DRAINER: (e) => `Asks to connect a wallet and sign or approve to receive something, how wallet drainers empty wallets: ${e}`,
  TASK_SCAM: (e) => `Task, "mentor" or "wrong number" investment pitch that asks for top-ups or payment outside the platform: ${e}`,
  FAKE_SUPPORT: (e) =>
    `Poses as a support desk or asks for your UID with your phone or e-mail; real support answers only through tickets: ${e}`,
  KNOWN_PHISHING_DOMAIN: (e) => `Link to a known phishing site (on the maintained phishing blocklist): ${e}`,
  NEW_ACCOUNT_LINK: (e) => `New accounts cannot post links to outside sites until a moderator approves: ${e}`,
  CONTACT_SOLICITATION: (e) => `Asks to continue off the forum (private message, chat app, phone): ${e}`,
  SECRET_REQUEST: (e) => `Asks for a password, code, private key or recovery phrase: ${e}`,
  SECRET_LEAK: (e) =>
    `Contains what looks like a recovery phrase or private key. Never post it: anyone who sees it can take your funds (${e}). If it is yours, move your funds to a new wallet now.`,
  GIVEAWAY: (e) => `Giveaway, airdrop or "send and get more back" offer: ${e}`,
  RECOVERY_SCAM: (e) => `Offer to recover, unfreeze or "protect" funds for a fee or a transfer, a common scam: ${e}`,
  INVESTMENT_SCAM: (e) => `Promise of guaranteed or unrealistic returns: ${e}`,
  ILLICIT_OFFER: (e) => `Offer to trade accounts or cash outside the platform: ${e}`,
  IMPERSONATION: (e) => `Claims to speak for the exchange's staff or support: ${e}`,
  WATCHED_PHRASE: (e) => `Contains a phrase the moderators watch: ${e}`,
};

const ZH: Record<SignalKind, Render> = {
  EXTERNAL_LINK: (e) => `包含非官方、非白名单域名的链接：${e}`,
  LOOKALIKE_DOMAIN: (e) => `包含仿冒官方域名的链接：${e}`,
  DENIED_DOMAIN: (e) => `包含已被封禁的域名：${e}`,
  WALLET_DRAINER: (e) => `要求连接钱包并签名或授权才能领取，这是盗币合约掏空钱包的手法：${e}`,
  TASK_SCAM: (e) => `刷单、“老师带单”或“加错人”式投资引流，要求先充值或在平台外付款：${e}`,
  FAKE_SUPPORT: (e) => `冒充客服或索要 UID 及手机号、邮箱；真正的客服只通过工单答复：${e}`,
  KNOWN_PHISHING_DOMAIN: (e) => `链接指向已知钓鱼网站（在维护中的钓鱼域名黑名单上）：${e}`,
  NEW_ACCOUNT_LINK: (e) => `新账号发布的外部链接需经版主审核：${e}`,
  CONTACT_SOLICITATION: (e) => `引导到论坛以外联系（私信、聊天软件、电话）：${e}`,
  SECRET_REQUEST: (e) => `索要密码、验证码、私钥或助记词：${e}`,
  SECRET_LEAK: (e) => `内容疑似包含助记词或私钥。切勿公开，任何看到的人都能转走您的资产（${e}）。如果是您自己的，请立即把资产转到新钱包。`,
  GIVEAWAY: (e) => `赠送、空投或“转入即翻倍返还”类活动：${e}`,
  RECOVERY_SCAM: (e) => `声称可以追回、解冻或“保护”资金，要求付费或转账，常见诈骗：${e}`,
  INVESTMENT_SCAM: (e) => `承诺保本或不切实际的收益：${e}`,
  ILLICIT_OFFER: (e) => `在平台外买卖账号或现金交易：${e}`,
  IMPERSONATION: (e) => `自称代表交易所官方或客服：${e}`,
  WATCHED_PHRASE: (e) => `包含版主关注的词语：${e}`,
};

export function signalMessage(kind: SignalKind, evidence: string, locale: string): string {
  const table = locale.toLowerCase().startsWith('zh') ? ZH : EN;
  return table[kind](evidence);
}
