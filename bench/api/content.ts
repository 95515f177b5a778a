// Text the dataset generator combines into boards, titles, tags and post bodies. A few bodies
// per kind are enough: they are rendered once with the app's Markdown renderer and reused, so
// the rows look like the app's own (body plus body_html) without rendering a million times.

export type Locale = 'en' | 'zh-CN';
export const LOCALES: Locale[] = ['en', 'zh-CN'];

export interface TopicSpec {
  topic: string;
  kind: 'QUESTIONS' | 'ANNOUNCEMENTS';
  // Share of the locale's threads; announcements are rare, as on a real support forum.
  weight: number;
  name: Record<Locale, string>;
  titles: Record<Locale, string[]>;
  tags: string[];
}

export const TOPICS: TopicSpec[] = [
  {
    topic: 'announcements',
    kind: 'ANNOUNCEMENTS',
    weight: 0.01,
    name: { en: 'Announcements', 'zh-CN': '官方公告' },
    titles: {
      en: ['Scheduled maintenance', 'New listing', 'Fee schedule update', 'Security notice'],
      'zh-CN': ['系统维护通知', '新币上线公告', '手续费调整通知', '安全提醒'],
    },
    tags: ['maintenance', 'listing', 'fees', 'security', 'notice', 'update'],
  },
  {
    topic: 'deposits-withdrawals',
    kind: 'QUESTIONS',
    weight: 0.26,
    name: { en: 'Deposits & Withdrawals', 'zh-CN': '充值与提币' },
    titles: {
      en: [
        'Withdrawal pending for hours',
        'Deposit not credited',
        'Wrong network selected',
        'Withdrawal fee seems too high',
        'Missing memo on deposit',
      ],
      'zh-CN': ['提币一直在审核中', '充值未到账', '选错了充值网络', '提币手续费太高', '充值忘记填写备注'],
    },
    tags: ['usdt', 'btc', 'trc20', 'erc20', 'pending', 'fees'],
  },
  {
    topic: 'account-security',
    kind: 'QUESTIONS',
    weight: 0.22,
    name: { en: 'Account Security', 'zh-CN': '账户安全' },
    titles: {
      en: [
        'Lost my 2FA device',
        'Account frozen after login',
        'Suspicious login alert',
        'Cannot reset password',
        'Anti-phishing code not shown',
      ],
      'zh-CN': ['双重验证设备丢失', '登录后账户被冻结', '收到异常登录提醒', '无法重置密码', '没有显示防钓鱼码'],
    },
    tags: ['2fa', 'login', 'frozen', 'phishing', 'password', 'device'],
  },
  {
    topic: 'kyc-verification',
    kind: 'QUESTIONS',
    weight: 0.17,
    name: { en: 'KYC Verification', 'zh-CN': '身份认证' },
    titles: {
      en: ['KYC rejected without reason', 'Verification stuck in review', 'Which documents are accepted', 'Address proof not accepted'],
      'zh-CN': ['实名认证被拒绝', '认证一直在审核', '支持哪些证件', '地址证明未通过'],
    },
    tags: ['kyc', 'documents', 'review', 'passport', 'address', 'selfie'],
  },
  {
    topic: 'trading',
    kind: 'QUESTIONS',
    weight: 0.2,
    name: { en: 'Trading', 'zh-CN': '交易' },
    titles: {
      en: [
        'Order filled at a strange price',
        'Futures position liquidated early',
        'P2P seller not releasing',
        'Maker fee not applied',
        'Stop loss did not trigger',
      ],
      'zh-CN': ['订单成交价格异常', '合约仓位提前强平', 'C2C 卖家不放币', '挂单手续费没有生效', '止损没有触发'],
    },
    tags: ['spot', 'futures', 'p2p', 'fees', 'orders', 'liquidation'],
  },
  {
    topic: 'api',
    kind: 'QUESTIONS',
    weight: 0.14,
    name: { en: 'API', 'zh-CN': 'API' },
    titles: {
      en: [
        'Signature mismatch on REST',
        'WebSocket disconnects every minute',
        'Rate limit hit too early',
        'Order book snapshot out of sync',
      ],
      'zh-CN': ['REST 签名错误', 'WebSocket 每分钟断开', '过早触发限频', '深度快照不同步'],
    },
    tags: ['rest', 'websocket', 'signature', 'rate-limit', 'orderbook', 'python'],
  },
];

export const TITLE_SUFFIXES: Record<Locale, string[]> = {
  en: [
    '',
    ' since yesterday',
    ' on the mobile app',
    ' — please help',
    ' after the update',
    ' with a new account',
    ' for the second time',
    ' (urgent)',
  ],
  'zh-CN': ['', '，从昨天开始', '（手机 App）', '，求助', '，更新之后', '，新账户', '，第二次了', '（急）'],
};

export const DISPLAY_NAMES: Record<Locale, string[]> = {
  en: ['Alex', 'Sam', 'Jordan', 'Taylor', 'Morgan', 'Casey', 'Riley', 'Jamie', 'Avery', 'Quinn', 'Parker', 'Rowan'],
  'zh-CN': ['王伟', '李娜', '张敏', '刘洋', '陈静', '杨磊', '赵婷', '黄强', '周杰', '吴芳', '徐明', '孙丽'],
};

export const STAFF_BADGE: Record<Locale, string> = { en: 'Support Agent', 'zh-CN': '客服专员' };

export type BodyKind = 'question' | 'reply' | 'answer';

export const BODIES: Record<Locale, Record<BodyKind, string[]>> = {
  en: {
    question: [
      'Hi all,\n\nI started a withdrawal of **250 USDT** on TRC20 about three hours ago and it still shows *pending*. The address is correct and I have done this before.\n\nWhat I tried:\n\n- logging out and back in\n- checking the network status page\n\nIs there anything else I can do?',
      'Since this morning I get asked for my 2FA code twice when I log in, and the second code is always rejected. My phone time is set automatically.\n\nHas anyone seen this?',
      'My verification was rejected with "document unclear", but the photo is sharp. Do you accept a residence permit instead of a passport? I uploaded:\n\n1. front side\n2. back side\n3. a selfie holding the card',
      'I placed a limit order at `0.5421` and it was filled at `0.5398`. I thought a limit order can only fill at my price or better — what am I missing?',
      'Getting `{"code":"50113","msg":"Invalid Sign"}` when I sign the request in Python. I concatenate timestamp + method + path + body and use HMAC SHA256, base64 encoded. Any idea?',
      'Quick question: is there a minimum amount for deposits on the Arbitrum network? I sent a small test amount and it has not arrived after 40 confirmations.',
    ],
    reply: [
      'Same here, mine took about two hours last week and then went through without me doing anything.',
      'Did you double-check the network? TRC20 and ERC20 addresses look different, so a mix-up is easy to spot.',
      'You can see the status under **Assets → History**. If it says *processing*, it is in the queue.',
      'This worked for me:\n\n1. clear the app cache\n2. sync the phone clock\n3. request a new code',
      'I had the exact same error; the body must be the raw JSON string you send, not a re-serialized object.',
      'Bumping this, I am waiting on the same thing.',
      'Thanks, that fixed it for me!',
      'Not sure, but the [fee page](https://www.okx.com/fees) lists the minimums per network.',
    ],
    answer: [
      'Hello, thanks for the details. Withdrawals above the daily threshold get a manual review, which usually takes **up to 4 hours**. Yours has been approved now; please let us know if it does not arrive within 30 minutes.',
      'Hi! The rejection was caused by glare on the document photo. Please take the picture in daylight without flash and submit again — a residence permit is accepted.',
      'Hello, the signature string must use the **exact** request path including the query string. See the example in our API docs; if it still fails, share the prehash string (never your secret key).',
    ],
  },
  'zh-CN': {
    question: [
      '大家好，\n\n我三个小时前在 TRC20 网络提币 **250 USDT**，到现在还显示*审核中*。地址没有问题，以前也这样提过。\n\n我已经试过：\n\n- 退出重新登录\n- 查看网络状态页面\n\n请问还能怎么办？',
      '从今天早上开始登录时要输入两次双重验证码，而且第二次总是提示错误。手机时间是自动同步的。\n\n有人遇到过吗？',
      '我的实名认证被拒绝，理由是“证件不清晰”，但照片很清楚。可以用居住证代替护照吗？我上传了：\n\n1. 正面\n2. 反面\n3. 手持证件自拍',
      '我挂了一个 `0.5421` 的限价单，结果成交在 `0.5398`。限价单不是只能按我的价格或更好价格成交吗？',
      '用 Python 签名时一直返回 `{"code":"50113","msg":"Invalid Sign"}`。我把时间戳、方法、路径和请求体拼起来做 HMAC SHA256 再 base64，哪里错了？',
    ],
    reply: [
      '我也是，上周等了两个小时左右就自动到账了。',
      '确认一下网络有没有选对？TRC20 和 ERC20 的地址格式不一样。',
      '可以在 **资产 → 历史记录** 里看状态，显示*处理中*就是在排队。',
      '我是这样解决的：\n\n1. 清除 App 缓存\n2. 同步手机时间\n3. 重新获取验证码',
      '我遇到过同样的错误，请求体必须是你实际发送的原始 JSON 字符串。',
      '顶一下，我也在等。',
      '谢谢，已经解决了！',
      '不太确定，可以看看[手续费页面](https://www.okx.com/fees)上各网络的最小金额。',
    ],
    answer: [
      '您好，感谢提供详细信息。超过每日额度的提币需要人工审核，通常在 **4 小时内** 完成。您的提币已经通过审核，如果 30 分钟内仍未到账请告诉我们。',
      '您好！认证被拒绝是因为证件照片反光。请在自然光下、不开闪光灯重新拍摄并提交，居住证是可以使用的。',
      '您好，签名字符串必须使用**完整**的请求路径（包括查询参数）。请参考 API 文档中的示例；如果仍然失败，请提供签名前的字符串（切勿提供密钥）。',
    ],
  },
};

// What bench users write during the createPost scenario: short, with a little Markdown, so
// the write path renders and sanitizes as it does for a real reply.
export const WRITE_BODIES = [
  'Same problem here since this morning. I tried **logging out** and in again, no change.\n\n- app version 6.90\n- Android 14',
  '我也遇到了同样的问题，已经提交工单，等客服回复。`ticket #48213`',
  'Thanks for the tip, clearing the cache worked for me. See [the help page](https://www.okx.com/help) too.',
];
