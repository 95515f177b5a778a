// The labelled query set of the search quality evaluation (npm run eval:search): queries as
// users of the demo forum type them, each with the demo threads (by exact title) and the demo
// help-center articles (by slug, in the query's language) that must be among the first five
// hits. The search is lexical: every label contains the words of its query (or their stems /
// jieba segments), so a miss is a ranking or matching defect, not a synonym the index cannot know.

export type EvalLocale = 'en' | 'zh-CN';

export interface LabelledQuery {
  query: string;
  // Titles of demo threads (apps/api/src/database/seeds/demo-content.ts).
  threads?: string[];
  // Slugs of demo articles of the same language (apps/api/src/database/seeds/demo-articles.ts).
  articles?: string[];
}

const EN: LabelledQuery[] = [
  // deposits and withdrawals
  {
    query: 'withdrawal pending',
    threads: ['USDT withdrawal stuck in "Pending review" for 6 hours'],
    articles: ['why-is-my-withdrawal-pending'],
  },
  { query: 'withdrawal stuck pending review', threads: ['USDT withdrawal stuck in "Pending review" for 6 hours'] },
  { query: 'why is my withdrawal under review', articles: ['why-is-my-withdrawal-pending'] },
  { query: 'withdrawal in review for hours', threads: ['Withdrawal in review for hours, is something wrong with my account?'] },
  { query: 'USDT withdrawal', threads: ['USDT withdrawal stuck in "Pending review" for 6 hours'] },
  { query: 'wrong network deposit', articles: ['deposit-not-credited'] },
  {
    query: 'deposit not credited',
    threads: ['Sent USDT on BNB Smart Chain to my ERC20 deposit address, not credited'],
    articles: ['deposit-not-credited'],
  },
  { query: 'BEP20 sent to ERC20 address', threads: ['Sent USDT on BNB Smart Chain to my ERC20 deposit address, not credited'] },
  { query: 'BNB Smart Chain', threads: ['Sent USDT on BNB Smart Chain to my ERC20 deposit address, not credited'] },
  { query: 'XRP destination tag', threads: ['XRP deposit without destination tag, how do I get it back?'] },
  { query: 'missing memo deposit', articles: ['deposit-not-credited'] },
  { query: 'ERC20 fee higher than TRC20', threads: ['Why is the USDT withdrawal fee so much higher on ERC20 than TRC20?'] },
  { query: 'withdrawal fees network', articles: ['withdrawal-fees-by-network'] },
  { query: 'deposit completed balance 0', threads: ['Deposit shows "Completed" but my trading balance is 0'] },
  { query: 'deposit completed but trading balance 0', threads: ['Deposit shows "Completed" but my trading balance is 0'] },
  { query: 'TXID', articles: ['how-to-find-a-txid'] },
  { query: 'how to find TXID', articles: ['how-to-find-a-txid'] },
  { query: 'transaction hash', articles: ['how-to-find-a-txid'] },
  { query: 'withdrawal completed wallet shows nothing', threads: ['Withdrawal completed with a TXID but receiving wallet shows nothing'] },
  { query: 'SOL withdrawal explorer', threads: ['Withdrawal completed with a TXID but receiving wallet shows nothing'] },
  { query: 'order number', articles: ['find-order-number-or-withdrawal-id'] },
  { query: 'where is my withdrawal ID', articles: ['find-order-number-or-withdrawal-id'] },
  { query: 'wallet maintenance', threads: ['Scheduled wallet maintenance: short pause for ERC20 and TRC20 deposits and withdrawals'] },
  {
    query: 'TRC20 deposits paused maintenance',
    threads: ['Scheduled wallet maintenance: short pause for ERC20 and TRC20 deposits and withdrawals'],
  },
  // account security
  {
    query: 'lost phone 2FA',
    threads: ['Lost my phone with Google Authenticator, how do I reset 2FA?'],
    articles: ['set-up-and-recover-2fa'],
  },
  { query: 'reset Google Authenticator', threads: ['Lost my phone with Google Authenticator, how do I reset 2FA?'] },
  { query: 'recover two-factor authentication', articles: ['set-up-and-recover-2fa'] },
  { query: 'account restricted', threads: ['Account restricted after logging in while travelling'] },
  { query: 'account restricted after login abroad', threads: ['Account restricted after logging in while travelling'] },
  { query: 'withdrawals restricted after changing password', articles: ['withdrawals-restricted-after-security-change'] },
  { query: 'account frozen security change', articles: ['withdrawals-restricted-after-security-change'] },
  {
    query: 'anti-phishing code',
    threads: ['What is the anti-phishing code and where does it appear?'],
    articles: ['set-up-anti-phishing-code'],
  },
  { query: 'set up anti-phishing code', articles: ['set-up-anti-phishing-code'] },
  { query: 'withdrawal whitelist new address', threads: ['Withdrawal whitelist: can I still send to a new address straight away?'] },
  { query: 'SMS account suspended', threads: ['Got an SMS saying my OKX account "will be suspended", is this real?'] },
  { query: 'is this SMS real', threads: ['Got an SMS saying my OKX account "will be suspended", is this real?'] },
  { query: 'official channels', articles: ['how-to-recognize-official-okx-channels'] },
  { query: 'how to recognize official OKX staff', articles: ['how-to-recognize-official-okx-channels'] },
  { query: 'change phone number old SIM', threads: ['How do I change my phone number if I no longer have the old SIM?'] },
  // identity verification
  { query: 'KYC rejected', threads: ['KYC rejected: "document image is unclear"'] },
  { query: 'document image unclear', threads: ['KYC rejected: "document image is unclear"'] },
  { query: 'identity verification rejected resubmit', articles: ['kyc-rejected-reasons-and-resubmission'] },
  { query: 'name mismatch middle name', threads: ['Verification rejected for name mismatch because of my middle name'] },
  { query: 'proof of address', threads: ['How long does advanced verification (proof of address) take?'] },
  { query: 'advanced verification how long', threads: ['How long does advanced verification (proof of address) take?'] },
  { query: 'face verification failing', threads: ['Face verification keeps failing in the app'], articles: ['face-verification-tips'] },
  { query: 'residence permit', threads: ['Can I verify with a residence permit instead of a passport?'] },
  { query: 'accepted documents identity verification', articles: ['identity-verification-accepted-documents'] },
  // trading
  { query: 'liquidation price', threads: ['BTC perpetual liquidated, but the last price never reached my liquidation price'] },
  { query: 'liquidated mark price', articles: ['futures-liquidation-and-funding-fees'] },
  { query: 'BTC perpetual liquidated', threads: ['BTC perpetual liquidated, but the last price never reached my liquidation price'] },
  { query: 'P2P buyer paid not received money', threads: ["P2P buyer marked the order as paid but I haven't received the money"] },
  { query: 'funding fee perpetual', threads: ['Charged a funding fee after holding a perpetual for only a few minutes'] },
  { query: 'cross vs isolated margin', threads: ['Cross vs isolated margin: which one should a beginner use?'] },
  { query: 'limit order partial fills fee', threads: ['Limit order filled in three parts, was I charged the fee three times?'] },
  { query: 'grid bot stopped out of range', threads: ['Spot grid bot stopped after price moved out of range: will it restart?'] },
  // API
  { query: '50113 Invalid Sign', threads: ['`50113 Invalid Sign` on POST /api/v5/trade/order, but GET requests work'] },
  { query: 'API signature error', articles: ['fix-api-signature-errors'] },
  { query: 'Timestamp request expired', threads: ['Getting `50102 Timestamp request expired` from my VPS only'] },
  { query: '50102', threads: ['Getting `50102 Timestamp request expired` from my VPS only'] },
  { query: 'passphrase incorrect', threads: ["`50105` passphrase incorrect: I'm sure my password is right"] },
  { query: '50011 rate limit', threads: ['Hitting rate limit `50011` when polling order status'] },
  { query: 'API rate limits', articles: ['api-rate-limits'] },
  { query: 'WebSocket disconnects 30 seconds', threads: ['Private WebSocket disconnects roughly every 30 seconds'] },
  { query: 'sub-account API key permissions', threads: ['Which permissions should a sub-account API key have for a trading bot?'] },
  { query: 'create API key IP allowlist', articles: ['create-an-api-key-safely'] },
];

const ZH: LabelledQuery[] = [
  // 充值与提币
  { query: '提币审核', threads: ['提币一直显示“审核中”，已经快一天了，正常吗？'], articles: ['withdrawal-pending-review'] },
  { query: '提币一直审核中', threads: ['提币一直显示“审核中”，已经快一天了，正常吗？'] },
  { query: '提币审核 什么时候到账', threads: ['提币审核中，同问什么时候能到账'] },
  { query: 'USDT提币', threads: ['提币一直显示“审核中”，已经快一天了，正常吗？'] },
  { query: 'ETH 提币审核', threads: ['提币审核中，同问什么时候能到账'] },
  { query: '提币处理中', articles: ['withdrawal-pending-review'] },
  { query: '充币没到账', threads: ['USDT 用 BSC 链转到了 ERC20 充币地址，一直没到账'], articles: ['deposit-not-arrived'] },
  { query: '选错网络', articles: ['deposit-not-arrived'] },
  { query: 'BSC 转到 ERC20 地址', threads: ['USDT 用 BSC 链转到了 ERC20 充币地址，一直没到账'] },
  { query: 'BEP20 充币', threads: ['USDT 用 BSC 链转到了 ERC20 充币地址，一直没到账'] },
  { query: 'TON 备注', threads: ['充 TON 忘记填备注（Comment），还能找回吗？'] },
  { query: '忘记填备注', threads: ['充 TON 忘记填备注（Comment），还能找回吗？'] },
  { query: '漏填Memo', articles: ['deposit-not-arrived'] },
  { query: 'ERC20手续费', threads: ['为什么 USDT 走 ERC20 提币，手续费比 TRC20 贵这么多？'] },
  { query: '提币手续费', articles: ['withdrawal-fees'] },
  { query: '手续费 网络 怎么选', articles: ['withdrawal-fees'] },
  { query: '可用余额不足', threads: ['提币提示“可用余额不足”，但我账户里明明有 USDT'] },
  { query: '提币余额不足', threads: ['提币提示“可用余额不足”，但我账户里明明有 USDT'] },
  { query: 'TXID', articles: ['find-txid'] },
  { query: '交易哈希', articles: ['find-txid'] },
  { query: '区块浏览器查不到TXID', threads: ['提币显示“已完成”，但区块浏览器上查不到这个 TXID'] },
  { query: '提币已完成 查不到', threads: ['提币显示“已完成”，但区块浏览器上查不到这个 TXID'] },
  { query: '订单号', articles: ['find-order-or-withdrawal-id'] },
  { query: '提币ID在哪里看', articles: ['find-order-or-withdrawal-id'] },
  // 账户安全
  { query: '手机丢了 谷歌验证器', threads: ['手机丢了，谷歌验证器也跟着没了，登录不上怎么办？'] },
  { query: '谷歌验证器', threads: ['手机丢了，谷歌验证器也跟着没了，登录不上怎么办？'] },
  { query: '双重验证找回', articles: ['two-factor-authentication'] },
  { query: '2FA 手机丢失', articles: ['two-factor-authentication'] },
  { query: '账户受限', threads: ['账户突然被限制交易和提币，提示需要补充资料'] },
  { query: '账户被限制 补充资料', threads: ['账户突然被限制交易和提币，提示需要补充资料'] },
  { query: '修改安全设置 无法提币', articles: ['account-restricted-after-security-change'] },
  { query: '账户被冻结', articles: ['account-restricted-after-security-change'] },
  { query: '防钓鱼码', threads: ['防钓鱼码有什么用？设置了之后在哪里能看到？'], articles: ['anti-phishing-code'] },
  { query: '怎么设置防钓鱼码', articles: ['anti-phishing-code'] },
  { query: '提币白名单', threads: ['开了提币白名单以后，新添加的地址能马上用吗？'] },
  { query: '白名单 新地址', threads: ['开了提币白名单以后，新添加的地址能马上用吗？'] },
  { query: '旧手机号注销', threads: ['换了手机号，旧号已经注销，短信验证码收不到怎么办？'] },
  { query: '短信验证码收不到', threads: ['换了手机号，旧号已经注销，短信验证码收不到怎么办？'] },
  { query: '新设备登录', threads: ['收到“新设备登录”提醒，但不是我本人操作的'] },
  { query: '官方渠道', articles: ['official-channels'] },
  { query: '冒充客服', threads: ['【防骗提醒】近期冒充欧易客服的电话和私信增多，请提高警惕'] },
  { query: '安全账户 验证码', threads: ['【防骗提醒】近期冒充欧易客服的电话和私信增多，请提高警惕'] },
  // 身份认证
  { query: '身份认证被拒', threads: ['身份认证被拒，原因是“证件照片不清晰”'], articles: ['kyc-rejection-reasons'] },
  { query: '证件照片不清晰', threads: ['身份认证被拒，原因是“证件照片不清晰”'] },
  { query: '认证被拒原因', articles: ['kyc-rejection-reasons'] },
  { query: '重新提交认证', articles: ['kyc-rejection-reasons'] },
  { query: '生僻字', threads: ['名字里有生僻字，认证时输入法打不出来怎么办？'] },
  { query: '人脸识别失败', threads: ['人脸识别一直失败，提示“请保持正脸”'], articles: ['face-verification-tips'] },
  { query: '请保持正脸', threads: ['人脸识别一直失败，提示“请保持正脸”'] },
  { query: '身份认证多久', threads: ['身份认证提交以后，一般多久出结果？'] },
  { query: '地址证明', threads: ['高级认证的地址证明可以用哪些文件？'] },
  { query: '身份认证支持哪些证件', articles: ['kyc-accepted-documents'] },
  // 交易
  { query: '强平价', threads: ['永续合约被强平了，但K线最低价根本没到我的强平价'] },
  { query: '永续合约强平', threads: ['永续合约被强平了，但K线最低价根本没到我的强平价'] },
  { query: '标记价格', articles: ['futures-liquidation-funding'] },
  { query: 'P2P 已付款 没收到钱', threads: ['P2P 卖 USDT，买家点了“已付款”，但我银行卡没收到钱'] },
  { query: 'P2P卖币', threads: ['P2P 卖 USDT，买家点了“已付款”，但我银行卡没收到钱'] },
  { query: '资金费率', threads: ['资金费率为正的时候，是多头付给空头吗？多久收一次？'] },
  { query: '跨币种保证金', threads: ['交易账户模式怎么选？单币种保证金和跨币种保证金有什么区别'] },
  { query: '账户模式', threads: ['交易账户模式怎么选？单币种保证金和跨币种保证金有什么区别'] },
  { query: '止损单没有触发', threads: ['止损单没有触发，价格明明已经跌破止损价了'] },
  { query: '网格利润', threads: ['现货网格的“网格利润”和“浮动盈亏”怎么理解？'] },
  // API
  { query: '50113', threads: ['Node.js 调 /api/v5/account/balance 一直返回 50113 Invalid Sign'] },
  { query: 'API 签名错误', articles: ['api-signature-errors'] },
  { query: 'Invalid Sign', threads: ['Node.js 调 /api/v5/account/balance 一直返回 50113 Invalid Sign'] },
  { query: '模拟盘 API', threads: ['模拟盘 API 返回 50101：APIKey 与当前环境不匹配'] },
  { query: 'WebSocket登录失败', threads: ['WebSocket 私有频道 login 一直失败，REST 接口是好的'] },
  { query: '子账户 划转 主账户', threads: ['子账户的 API Key 能把资金划转回主账户吗？'] },
  { query: '50011 限频', threads: ['批量撤单时频繁触发 50011 限频，有什么好办法？'] },
  { query: 'API限频', articles: ['api-rate-limits'] },
  { query: 'IP白名单 50110', threads: ['API Key 绑定 IP 白名单之后，所有请求都报 50110'] },
  { query: '创建API Key', articles: ['create-api-key'] },
];

export const DEMO_QUERIES: Record<EvalLocale, LabelledQuery[]> = { en: EN, 'zh-CN': ZH };
