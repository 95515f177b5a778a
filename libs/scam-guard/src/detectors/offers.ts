import { sentenceEnd, sentenceStart } from '../context.js';
import type { ScanInput } from '../scan-input.js';
import { rule, runPhraseRules, type PhraseRule } from './phrase-rules.js';

const COIN = '(?:btc|eth|usdt|usdc|bnb|sol|trx|xrp|doge|ton|u)';
const S = '[^.!?\\n]'; // any character inside the sentence
// Paying to get funds released, not the ordinary withdrawal fee.
const RELEASE = /\b(?:unlock|unfreez|releas|activat|recover)\w*|解冻|解封|出金|激活|追回/;

function sentenceOf(m: RegExpMatchArray): string {
  const text = m.input ?? '';
  const index = m.index ?? 0;
  return text.slice(sentenceStart(text, index), sentenceEnd(text, index + m[0].length));
}

// "send 0.1 ETH, get 0.2 back", "转 1 BTC 返 2 BTC": more comes back than goes out.
function returnsMore(m: RegExpMatchArray): boolean {
  const sent = Number.parseFloat(m[1]);
  const back = Number.parseFloat(m[2]);
  return Number.isFinite(sent) && Number.isFinite(back) && back > sent;
}

const GIVEAWAY: PhraseRule[] = [
  rule('GIVEAWAY', 0.65, `\\b(?:send|deposit|transfer)\\s+(\\d+(?:\\.\\d+)?)${S}{0,60}?\\b(?:get|receive|returns?)\\s+(\\d+(?:\\.\\d+)?)`, returnsMore),
  rule('GIVEAWAY', 0.65, `(?:转|发|充|存|打)(?:入|进|币)?${S}{0,20}?(\\d+(?:\\.\\d+)?)\\s*个?\\s*${COIN}?${S}{0,80}?(?:返|回|得|送)还?\\s*(\\d+(?:\\.\\d+)?)`, returnsMore),
  rule('GIVEAWAY', 0.65, [
    `\\b(?:double|triple|multiply) (?:your|ur|any|the) (?:amount|coins?|crypto|money|funds?|investment|deposit|${COIN})\\b`,
    `\\b(?:receive|get|returns?|send(?:s)? back)\\b${S}{0,16}?(?:\\b[23]x\\b|\\bx[23]\\b|[23]00%|\\bdouble\\b|\\btwice\\b)`,
    `(?:\\b[23]x\\b|\\bx[23]\\b|[23]00%)\\s*(?:back|return)`,
    '双倍返|翻倍返|[二两三]倍返|返利\\s*[23]00\\s*%|自动翻倍',
  ]),
  rule('GIVEAWAY', 0.5, [
    `\\bconnect (?:your |the )?wallet\\b${S}{0,30}?(?:claim|receive|reward|airdrop|bonus)`,
    `\\bairdrop (?:is )?live\\b|\\bfree \\d[\\d,.]* ?${COIN}\\b|\\b\\d[\\d,.]* ?${COIN} (?:for|to) (?:every|each|all)\\b`,
    `\\bclaim (?:your |the )?(?:free |bonus )?(?:airdrop|reward|bonus|compensation|refund|tokens?)\\b`,
    `\\bsign (?:the |this )?(?:transaction|message|approval)\\b${S}{0,20}?\\b(?:claim|receive|verify|unlock|reward)`,
    `注册(?:即|就)送|免费(?:送|领|领取)|(?:赠送?|送)\\s*\\d+\\s*${COIN}|体验金|连接钱包${S}{0,10}?领取|授权${S}{0,12}?领取`,
    '(?:红包|空投|补偿金?|奖励|福利|返现)[^。.!?\\n]{0,6}?(?:发放|领取|开启)|领取[^。.!?\\n]{0,6}?(?:红包|空投|补偿|奖励|福利)',
  ]),
  rule('GIVEAWAY', 0.45, '\\bgiveaway\\b|周年庆福利|联合福利'),
  rule('GIVEAWAY', 0.3, `\\bonly the first \\d+\\b|\\bfirst \\d+ (?:participants|users|people)\\b|限前\\s*\\d+\\s*名|前\\s*\\d+\\s*名`),
];

const RECOVERY: PhraseRule[] = [
  rule('RECOVERY_SCAM', 0.65, [
    '\\b(?:recovery|recover) (?:specialist|expert|agent|services?|team|hacker|firm|company|process)\\b',
    '\\b(?:funds?|crypto|asset|money|scam) ?recovery\\b',
    `\\b(?:recover(?:ing|y)?|retriev(?:e|ing)|get back|getting back|reclaim(?:ing)?)\\b${S}{0,20}?\\b(?:your|lost|stolen|scammed)\\b${S}{0,12}?\\b(?:funds?|money|crypto|coins|assets?|loss(?:es)?|${COIN}|investment)\\b`,
    `\\bget (?:your|the) (?:funds?|money|crypto|coins|assets?|${COIN}) back\\b`,
    '\\b(?:got|recovered) (?:everything|all of it|it all|my (?:funds?|money|crypto|coins|usdt)) back\\b|\\brecovered \\$?\\d[\\d.,]*\\s?[mk]?\\b',
    '\\b(?:certified|ethical|professional) (?:hackers?|blockchain forensics?|forensics?|investigators?)\\b|\\bforensic team\\b',
    '\\brevers(?:e|ed|ing) (?:the |my |your )?(?:transactions?|transfers?|it|them)\\b|\\bno upfront fees?\\b',
    '\\bhackers?\\b[^.!?\\n]{0,30}?\\b(?:revers|recover|retriev|got (?:it|my|them|everything) back|helped)|\\bwhite[- ]hat\\b',
    '专业追|追款|追损|挽回损失|不成功不收费|先(?:追回|出款|办事)后收费|黑客技术|律师团队|冻结(?:骗子|对方)|成功率\\s*\\d+\\s*%',
    '(?:帮你|帮您|可以|能)找回被(?:盗|骗)|找回被(?:盗|骗)的',
    // "Safe account" fraud: move funds out to protect them from a made-up threat.
    '安全账户|资金核验|\\bsafe (?:wallet|account)\\b|\\bsecure wallet address\\b',
    '(?:能|可以|帮你|帮您|帮忙)[^。.!?\\n]{0,12}?追回|全追回|追回来了',
  ]),
  rule('RECOVERY_SCAM', 0.5, [
    '\\bhelped (?:me|us|many|people|others|victims)\\b[^.!?\\n]{0,20}?\\b(?:recover|retrieve|get (?:it|them|\\w+ \\w+) back)',
    '\\b(?:recover(?:ed)?|got back) (?:everything|it all|all (?:of )?(?:it|my \\w+))\\b',
    '\\b(?:blockchain|crypto|recovery|wallet|tech(?:nical)?) (?:expert|specialist|engineer|technician|hacker|guru|consultant)s?\\b',
  ]),
  // Advance fees: pay first to get frozen funds released.
  rule('RECOVERY_SCAM', 0.6, [
    `\\b(?:pay|paying|deposit|send|requires?|required|needs?|must)\\b${S}{0,24}?\\b(?:fees?|tax(?:es)?|deposit|charges?|commission|margin)\\b`,
    `\\b(?:send|deposit|transfer)\\b${S}{0,30}?\\bto (?:activate|unlock|unfreeze|release)\\b`,
    `(?:支付|缴纳|交|付|充值|转入)[^。.!?\\n]{0,10}?(?:保证金|解冻费|激活费|认证费|押金|税费?|手续费|服务费)`,
    `(?:转账|转入|充值|打款|存入)[^。.!?\\n]{0,24}?(?:激活|解冻|解封)`,
  ], (m) => RELEASE.test(sentenceOf(m))),
  rule('RECOVERY_SCAM', 0.5, '\\bpay(?:ing)?\\b[^.!?\\n]{0,20}?\\btax(?:es)?\\b|(?:缴纳|支付|交)[^。.!?\\n]{0,6}?(?:个人所得)?税'),
  rule('RECOVERY_SCAM', 0.3, '追回|\\brecover (?:my|the) (?:funds|money|loss)'),
];

const INVESTMENT: PhraseRule[] = [
  rule('INVESTMENT_SCAM', 0.55, [
    '\\b\\d+(?:\\.\\d+)? ?% (?:daily|a day|per day|every day|weekly|per week|a week)\\b',
    '\\b(?:daily|weekly) (?:profits?|returns?|roi|income) of\\b|\\bguaranteed (?:profits?|returns?|income|gains?)\\b',
    '\\brisk[- ]free (?:profits?|returns?|income|trading)\\b|\\b\\d+ ?% win rate\\b|\\b(?:vip )?signals? (?:group|channel)\\b',
    '\\bleverage calls\\b|\\barbitrage bot\\b|\\binvestment (?:plan|manager|opportunity)\\b|\\bpassive income\\b',
    '日赚|日收益|日化|稳赚不赔|保本保息|包赚|保赚|带单|喊单|老师带|躺赚|零风险|无风险|高收益|胜率\\s*\\d+|收益率\\s*\\d+\\s*%|年化\\s*\\d{3,}\\s*%|内幕消息|返佣\\s*\\d+',
    '一天赚|日入|月入\\s*\\d|轻松赚',
  ]),
  rule('INVESTMENT_SCAM', 0.5, [
    '\\b(?:made|earned|profited|making|earning) \\$?\\d[\\d,.]*k?\\b[^.!?\\n]{0,24}?\\b(?:in|within|every|per|a) (?:one |a |\\d+ |two |three )?(?:days?|weeks?|hours?)\\b',
    '\\binsider (?:info|information|tips|signals|news)\\b|\\binvested with\\b|\\b(?:she|he) is (?:very )?(?:honest|legit|trustworthy)\\b|\\b(?:next )?\\d+x (?:gem|coin)s?\\b',
    '\\bearn \\$?\\d[\\d,.]*\\s?(?:usdt|usd|dollars)?\\s?(?:/|per |a |every )(?:day|hour|week)\\b|\\bwork from home\\b',
    '\\bhiring\\b[^.!?\\n]{0,24}?\\b(?:remote|online|part[- ]time)\\b|\\b(?:rating|reviewing|liking) (?:apps|products|videos|hotels)\\b',
    '百倍币|十倍币|必涨|翻身|暴富|财富自由|带你(?:赚|飞|翻)|做任务|赚佣金|内部消息|手把手|稳定收益',
    '每天[^。.!?\\n]{0,6}?收益\\s*\\d+(?:\\.\\d+)?\\s*%',
  ]),
  rule('INVESTMENT_SCAM', 0.4, '刷单|兼职|日结|\\bwin rate\\b|\\btask (?:commission|earn)'),
];

const ILLICIT: PhraseRule[] = [
  rule('ILLICIT_OFFER', 0.6, [
    `\\b(?:selling|sell|buy|buying)\\b${S}{0,20}?\\b(?:verified|kyc(?:'?d| done)?|aged)\\b${S}{0,20}?\\baccounts?\\b`,
    '\\b(?:verified|kyc) accounts? for sale\\b|\\brent (?:your|my) (?:account|kyc)\\b',
    '出售[^。.!?\\n]{0,12}?(?:账号|账户|实名)|收购[^。.!?\\n]{0,8}?(?:账号|账户|实名)|代实名|代过kyc|实名账号|租(?:用|借)?(?:你的)?(?:账号|账户)',
  ]),
  rule('ILLICIT_OFFER', 0.45, [
    '\\bbuy(?:ing)? usdt (?:for|with) cash\\b|\\bcash ?out service\\b',
    '高价收\\s*u|收\\s*u(?![a-z])|低价出\\s*u|量大(?:从优|价优)|现金秒结|跑分|承兑|卡农|黑u|出黑|u商',
  ]),
];

export function detectOffers(input: ScanInput): void {
  runPhraseRules(input, GIVEAWAY);
  runPhraseRules(input, RECOVERY);
  runPhraseRules(input, INVESTMENT);
  runPhraseRules(input, ILLICIT);
}
