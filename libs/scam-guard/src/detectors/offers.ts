import { sentenceEnd, sentenceStart } from '../context.js';
import type { ScanInput } from '../scan-input.js';
import { rule, runPhraseRules, ZH_TRADE, type PhraseRule } from './phrase-rules.js';

const COIN = '(?:btc|eth|usdt|usdc|bnb|sol|trx|xrp|doge|ton|u)';
const S = '[^.!?\\n]'; // any character inside the sentence
const SD = '(?:[^.!?\\n]|\\.(?=\\d))'; // the same, decimal points included ("send 0.1 ETH to …")
// Paying to get funds released, not the ordinary withdrawal fee.
// "… to receive your starter pack", "缴纳后即可领取": a payment that unlocks a promised sum.
const RELEASE = /\b(?:unlock|unfreez|releas|activat|recover|receiv|claim)\w*|解冻|解封|出金|激活|追回|领取|解除限制/;
// Fees named for what they pretend to unlock; an ordinary "withdrawal fee" or "network fee" is not one.
const PRETEXT = 'unlock|unfreez\\w*|release|activation|clearance|compliance|anti[- ]money[- ]laundering|aml';
const PRETEXT_FEE = `\\b(?:${PRETEXT}) (?:fee|tax|deposit|charge|payment)s?\\b`;
// Fees that are real in other contexts ("listing fee"), suspect only with a release in the sentence.
const PAID_FIRST_FEE = `\\b(?:${PRETEXT}|verification|registration|insurance|security|listing) (?:fee|tax|deposit|charge|payment)s?\\b`;
// The writer's own: "before I settle my tax return", "我把币转到新的冷钱包".
const OWN_BEFORE = /(?:\b(?:i|we|my|our)\b|我)[^.!?\n]{0,16}$/;

const FUNDS_MOVE = /\b(?:withdraw\w*|releas\w*|unlock\w*|unfreez\w*|funds|assets)\b|到账|解冻|领取|激活|返还|放款/;

function notOwn(m: RegExpMatchArray): boolean {
  const text = m.input ?? '';
  const index = m.index ?? 0;
  return !OWN_BEFORE.test(text.slice(Math.max(0, index - 16), index)) && !/\b(?:my|our own)\b|我的|自己的/.test(m[0]);
}
const ZH_FEE = '(?:保证金|押金|税费?|税款|手续费|服务费|(?:解冻|激活|认证|验证|合规|报名|公证|通道|审核|上币)[费金])';

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
  rule(
    'GIVEAWAY',
    0.65,
    `\\b(?:send|deposit|transfer)\\s+(\\d+(?:\\.\\d+)?)${S}{0,60}?\\b(?:get|receive|returns?)\\s+(\\d+(?:\\.\\d+)?)`,
    returnsMore,
  ),
  rule(
    'GIVEAWAY',
    0.65,
    `(?:转|发|充|存|打)(?:入|进|币)?${S}{0,20}?(\\d+(?:\\.\\d+)?)\\s*个?\\s*${COIN}?${S}{0,80}?(?:返|回|得|送)还?\\s*(\\d+(?:\\.\\d+)?)`,
    returnsMore,
  ),
  rule('GIVEAWAY', 0.65, [
    `\\b(?:double|triple|multiply) (?:your|ur|any|the) (?:amount|coins?|crypto|money|funds?|investment|deposit|${COIN})\\b`,
    `\\b(?:receive|get|returns?|send(?:s)? back)\\b${S}{0,16}?(?:\\b[23]x\\b|\\bx[23]\\b|[23]00%|\\bdouble\\b|\\btwice\\b)`,
    `(?:\\b[23]x\\b|\\bx[23]\\b|[23]00%)\\s*(?:back|return)`,
    '双倍返|翻倍返|[二两三]倍返|返利\\s*[23]00\\s*%|自动翻倍',
  ]),
  rule('GIVEAWAY', 0.5, [
    `\\bconnect (?:your |the )?wallet\\b${S}{0,30}?(?:claim|receive|reward|airdrop|bonus)`,
    `\\bairdrop (?:is )?live\\b|\\bfree \\d[\\d,.]* ?${COIN}\\b|\\b\\d[\\d,.]* ?${COIN} (?:for|to) (?:every|each|all)\\b`,
    `\\bclaim (?:your |the |an? )?(?:free |bonus |[a-z0-9$]+ ){0,2}(?:airdrop|reward|bonus|compensation|refund|tokens?)\\b`,
    `\\b(?:sign|approve|authori[sz]e) (?:the |this |our )?(?:\\w+ )?(?:transaction|message|approval|contract|request|allowance)\\b${S}{0,40}?\\b(?:claim|receive|verify|unlock|reward)`,
    `注册(?:即|就)送|免费(?:送|领|领取)|(?:赠送?|送)\\s*\\d+\\s*${COIN}|体验金|连接钱包${S}{0,10}?领取|授权${S}{0,12}?领取`,
    '(?:红包|空投|补偿金?|奖励|福利|返现)[^。.!?\\n]{0,6}?(?:发放|领取|开启)|领取[^。.!?\\n]{0,6}?(?:红包|空投|补偿|奖励|福利)',
  ]),
  rule('GIVEAWAY', 0.45, '\\bgiveaway\\b|周年庆福利|联合福利'),
  rule('GIVEAWAY', 0.4, '\\b(?:to )?(?:receive|collect) your (?:\\w+ )?(?:refund|compensation|reward|airdrop|bonus)\\b'),
  rule('GIVEAWAY', 0.3, `\\bonly the first \\d+\\b|\\bfirst \\d+ (?:participants|users|people)\\b|限前\\s*\\d+\\s*名|前\\s*\\d+\\s*名`),
];

const RECOVERY: PhraseRule[] = [
  rule('RECOVERY_SCAM', 0.65, [
    '\\b(?:recovery|recover) (?:specialist|expert|agent|services?|team|hacker|firm|company|process)\\b',
    '\\b(?:funds?|crypto|asset|money|scam) ?recovery\\b',
    `\\b(?:recover(?:s|ing|y)?|retriev(?:e|es|ing)|get back|getting back|reclaim(?:s|ing)?|trac(?:e|es|ing)(?: and \\w+)?)\\b${S}{0,20}?\\b(?:your|lost|stolen|scammed)\\b${S}{0,12}?\\b(?:funds?|money|crypto|coins|assets?|loss(?:es)?|${COIN}|investment)\\b`,
    `\\bget (?:your|the) (?:funds?|money|crypto|coins|assets?|${COIN}) back\\b`,
    '\\b(?:got|recovered) (?:everything|all of it|it all|my (?:funds?|money|crypto|coins|usdt)) back\\b|\\brecovered \\$?\\d[\\d.,]*\\s?[mk]?\\b',
    '\\b(?:certified|ethical|professional) (?:hackers?|blockchain forensics?|forensics?|investigators?)\\b|\\bforensic team\\b',
    '\\brevers(?:e|ed|ing) (?:the |my |your )?(?:transactions?|transfers?|it|them)\\b|\\bno upfront fees?\\b',
    '\\bhackers?\\b[^.!?\\n]{0,30}?\\b(?:revers|recover|retriev|got (?:it|my|them|everything) back|helped)|\\bwhite[- ]hat\\b',
    '专业追|追款|追损|挽回损失|不成功不收费|先(?:追回|出款|办事)后收费|黑客技术|律师团队|冻结(?:骗子|对方)|成功率\\s*\\d+\\s*%',
    '(?:帮你|帮您|可以|能)[^。.!?\\n]{0,6}?找回被(?:盗|骗)|找回被(?:盗|骗)的|追踪[^。.!?\\n]{0,6}?(?:被盗|被骗|资金|币)',
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
  rule(
    'RECOVERY_SCAM',
    0.6,
    [
      `\\b(?:pay|paying|deposit|send|requires?|required|needs?|must)\\b${S}{0,24}?\\b(?:fees?|tax(?:es)?|deposit|charges?|commission|margin)\\b`,
      `\\b(?:send|deposit|transfer)\\b${S}{0,30}?\\bto (?:activate|unlock|unfreeze|release)\\b`,
      `(?:支付|缴纳|交|付|充值|转入)[^。.!?\\n]{0,10}?${ZH_FEE}`,
      PAID_FIRST_FEE,
      `\\b(?:settle|clear)\\b${S}{0,20}?\\b(?:fees?|tax(?:es)?)\\b`,
      `(?:转账|转入|充值|打款|存入)[^。.!?\\n]{0,24}?(?:激活|解冻|解封)`,
    ],
    (m) => RELEASE.test(sentenceOf(m)),
  ),
  rule(
    'RECOVERY_SCAM',
    0.5,
    [
      '\\b(?:pay(?:ing)?|settle|settling)\\b[^.!?\\n]{0,30}?\\btax(?:es)?\\b|(?:缴纳|支付|交)[^。.!?\\n]{0,6}?(?:个人所得)?税|补缴|缴税',
      `${PRETEXT_FEE}|(?:解冻|激活|合规|验证|上币)[费金]`,
    ],
    notOwn,
  ),
  // Paid before funds move: "the fee has to be paid in advance", "需先缴纳…到账".
  rule(
    'RECOVERY_SCAM',
    0.6,
    [
      `\\b(?:fees?|tax(?:es)?|deposit|charges?)\\b${S}{0,30}?\\b(?:must|has to|have to|needs? to) be (?:paid|settled|cleared) (?:first|before|in advance|upfront)\\b`,
      '(?:需|需要|必须|得|要)先[^。.!?\\n]{0,4}?(?:缴纳|支付|交|付|充值|转)',
    ],
    (m) => notOwn(m) && FUNDS_MOVE.test(sentenceOf(m)),
  ),
  // Funds moved or a test amount sent to an address the writer supplies: "safe account" fraud and
  // "send 0.1 to verify ownership".
  rule(
    'RECOVERY_SCAM',
    0.55,
    [
      `\\b(?:move|transfer|send|deposit)\\b${SD}{0,40}?\\b(?:(?:verification|validation|activation) (?:address|wallet|account)|(?:the )?new cold (?:wallet|storage|address))\\b`,
      `\\b(?:send|transfer|deposit)\\b${SD}{0,30}?\\bto (?:verify|validate|confirm) (?:(?:your |the )?(?:wallet |account )?ownership|your (?:wallet|account))\\b`,
      `(?:转移|转入|转到|转至|充值到|打到)${S}{0,16}?(?:(?:验证|激活|安全)(?:钱包|地址|账户)|新的?冷钱包)`,
      `转\\s*\\d+(?:\\.\\d+)?\\s*[a-z]*\\s*(?:完成|进行|用于|以)?(?:验证|激活)`,
    ],
    notOwn,
  ),
  rule('RECOVERY_SCAM', 0.3, '追回|\\brecover (?:my|the) (?:funds|money|loss)'),
];

// A return told as a figure for a week or a month reads as a pitch when it is large: "made 4 % this
// month on the grid bot" is ordinary trading talk, "earned 40 % last week" is not.
const PITCHED_RETURN = 10;

function largeReturn(m: RegExpMatchArray): boolean {
  return Number.parseFloat(m[1]) >= PITCHED_RETURN;
}

const INVESTMENT: PhraseRule[] = [
  rule(
    'INVESTMENT_SCAM',
    0.55,
    '\\b(?:made|earned|gained|profited) (?:over |about )?(\\d+(?:\\.\\d+)?) ?% (?:last|this|in a|in one|every|per) (?:week|month)\\b',
    largeReturn,
  ),
  rule('INVESTMENT_SCAM', 0.55, [
    '\\b\\d+(?:\\.\\d+)? ?% (?:daily|a day|per day|every day|weekly|per week|a week|every week)\\b',
    '\\b(?:daily|weekly) (?:profits?|returns?|roi|income) of\\b|\\bguaranteed (?:profits?|returns?|income|gains?)\\b',
    '\\brisk[- ]free (?:profits?|returns?|income|trading)\\b|\\b\\d+ ?% win rate\\b|\\b(?:vip )?signals? (?:group|channel|room)\\b',
    '\\bleverage calls\\b|\\barbitrage bot\\b|\\binvestment (?:plan|manager|opportunity)\\b|\\bpassive income\\b',
    `日赚|日收益|日化|稳赚不赔|保本保息|包赚|保赚|(?<!跟)带单(?!员|交易)|喊单|老师带(?:单|(?:你|您|我们|大家)[^。！？!?\\n]{0,4}?${ZH_TRADE})|躺赚|零风险|无风险|高收益|胜率\\s*\\d+|收益率\\s*\\d+\\s*%|年化\\s*\\d{3,}\\s*%|内幕消息|返佣\\s*\\d+`,
    '一天赚|日入|月入\\s*\\d|轻松赚',
    // Pump, insider and "teacher" groups: the pitch of pig-butchering and signal scams.
    '(?<![+\\-−\\d.])(?:[2-9]\\d|\\d{3,}) ?% (?:in|within) (?:a|one|\\d+) (?:days?|weeks?|months?)\\b|\\b\\d+x guaranteed\\b|\\bguaranteed \\d+x\\b|\\bpump (?:group|channel|signals?)\\b',
  ]),
  rule('INVESTMENT_SCAM', 0.5, [
    '\\b(?:made|earned|profited|making|earning) \\$?\\d[\\d,.]*k?\\b[^.!?\\n]{0,24}?\\b(?:in|within|every|per|a) (?:one |a |\\d+ |two |three )?(?:days?|weeks?|hours?)\\b',
    '\\binsider (?:info|information|tips|signals|news|group|channel|knowledge)\\b|\\bturned (?:my |\\$)?\\d[\\d,.]*k? into \\$?\\d[\\d,.]*k?\\b|\\bfrom \\$?\\d[\\d,.]*k? to \\$?\\d[\\d,.]*k? in (?:a|one|\\d+) (?:days?|weeks?|month)\\b|\\binvested with\\b|\\b(?:she|he) is (?:very )?(?:honest|legit|trustworthy)\\b|\\b(?:next )?\\d+x (?:gem|coin)s?\\b',
    '\\bearn \\$?\\d[\\d,.]*\\s?(?:usdt|usd|dollars)?\\s?(?:/|per |a |every )(?:day|hour|week)\\b|\\bwork from home\\b',
    '\\bhiring\\b[^.!?\\n]{0,24}?\\b(?:remote|online|part[- ]time)\\b|\\b(?:rating|reviewing|liking) (?:apps|products|videos|hotels)\\b',
    '\\bvip (?:group|channel|room)\\b|\\b(?:group|channel) for (?:daily |free |vip )?(?:signals|calls|trades)\\b',
    '百倍币|十倍币|必涨|翻身|暴富|财富自由|带你(?:赚|飞|翻)|做任务|赚佣金|内部消息|手把手|稳定收益',
    '每天[^。.!?\\n]{0,6}?收益\\s*\\d+(?:\\.\\d+)?\\s*%|内部(?:数据|渠道|资料)|带你(?:一起)?(?:上车|赚|做)',
    '(?:一个月|一周|几天|\\d+\\s*天)[^。.!?\\n]{0,8}?(?:赚了|做到了?|翻了)|把我?的?\\s*\\d+\\s*[万千kw]?\\s*(?:做到|变成|翻到|滚到)了?\\s*\\d+',
    // Scarcity around a mentor: "she only takes a few students", "名额不多".
    '\\b(?:only (?:takes|accepts)|(?:accepting|taking)) (?:a few|\\d+)(?: more)? (?:students|members|people|spots)\\b|名额不多|学员名额',
    '\\b(?:like|liking|rate|rating|review|reviewing|watch|watching) (?:\\d+ )?(?:videos|apps|products|hotels|posts)\\b|\\bearn \\$?\\d[\\d,.]* ?(?:usdt|usd|dollars)? (?:daily|a day|per day|every day)\\b|\\bpart[- ]time (?:online |remote )?jobs?\\b',
  ]),
  rule('INVESTMENT_SCAM', 0.4, [
    '刷单|兼职|日结|\\bwin rate\\b|\\btask (?:commission|earn)',
    // Task jobs: paid per like, per "order boost", per day of clicking.
    '\\b(?:order[- ]boosting|boost(?:ing)? orders|per task|tasks? (?:a|per) day|commission (?:daily|per day|every day)|daily commission)\\b',
  ]),
];

const ILLICIT: PhraseRule[] = [
  rule('ILLICIT_OFFER', 0.6, [
    `\\b(?:selling|sell|buy|buying)\\b${S}{0,20}?\\b(?:verified|kyc(?:'?d| done)?|aged)\\b${S}{0,20}?\\baccounts?\\b`,
    '\\b(?:verified|kyc) accounts? for sale\\b|\\brent (?:your|my) (?:account|kyc)\\b',
    '出售[^。.!?\\n]{0,12}?(?:账号|账户|实名)|收购[^。.!?\\n]{0,8}?(?:账号|账户|实名)|代实名|代过kyc|实名账号|租(?:用|借)?(?:你的)?(?:账号|账户)',
  ]),
  rule('ILLICIT_OFFER', 0.45, [
    '\\bbuy(?:ing)? usdt (?:for|with) cash\\b|\\bcash ?out service\\b|\\bcash in hand\\b',
    '\\b(?:buy|buying|sell|selling) (?:usdt|usdc|btc|crypto|u)\\b[^.!?\\n]{0,30}?\\b(?:above|over|below|under) (?:the )?market\\b',
    // P2P payment outside the escrow: the buyer pays, the seller disappears.
    '\\b(?:pay|paying|payment|transfer)(?: me| us)? (?:directly|outside|off)(?: (?:the|of the))? ?(?:platform|escrow|app)?\\b[^.!?\\n]{0,40}?\\b(?:cheaper|discount|off|escrow|platform)\\b|\\b(?:skip|bypass|without|no need for) (?:the )?(?:platform )?escrow\\b|不走平台|平台外(?:交易|转账|付款)|绕过平台',
    '高价收\\s*u|收\\s*u(?![a-z])|低价出\\s*u|量大(?:从优|价优)|现金秒结|跑分|承兑|卡农|黑u|出黑|u商',
  ]),
];

export function detectOffers(input: ScanInput): void {
  runPhraseRules(input, GIVEAWAY);
  runPhraseRules(input, RECOVERY);
  runPhraseRules(input, INVESTMENT);
  runPhraseRules(input, ILLICIT);
}
