import type { ScanInput } from '../scan-input.js';
import { rule, runPhraseRules, ZH_TRADE, type PhraseRule } from './phrase-rules.js';

// Rules by class of threat, as data: each names what the scam asks the reader to do, not the
// wording of one corpus. Run on the keyword view (lower case, confusables folded).
const S = '[^.!?\\n]'; // inside an English sentence
const Z = '[^。！？!?\\n]'; // inside a Chinese sentence

// Wallet drainers and fake airdrops: connect and sign/approve, on any domain.
const DRAINER: PhraseRule[] = [
  rule('WALLET_DRAINER', 0.6, [
    `\\bconnect (?:your |the |ur )?wallet\\b${S}{0,40}?\\b(?:sign|approve|authori[sz]e)`,
    `\\b(?:approve|sign)\\b${S}{0,30}?\\b(?:to (?:receive|claim|get)|tokens? land|rewards? (?:are|is) yours|lock in your)`,
    `\\brevoke\\b${S}{0,40}?\\b(?:before it drains|or lose)`,
    `\\bconnect (?:and|\\+|&) sign\\b`,
    `\\b(?:mint|claim)\\b${S}{0,30}?\\b(?:approve spending|just approve|connect and sign|connect \\+ sign)`,
    `\\beligib\\w*${S}{0,30}?\\bconnect (?:your )?wallet`,
    `连接钱包${Z}{0,12}?(?:签名|授权)|连接签名`,
    `授权后?${Z}{0,8}?自动到账|签名${Z}{0,6}?(?:领取|锁定)|授权签名`,
    `撤销${Z}{0,20}?(?:被盗|盗走|全没)|(?:被盗|全没)${Z}{0,8}?撤销`,
  ]),
  rule('WALLET_DRAINER', 0.45, [
    `\\b(?:link|it)(?: is|'s)? in (?:my|the) (?:profile|bio)\\b`,
    `\\bclaim (?:your )?points\\b|\\bpoints? (?:are|is) live\\b`,
    `链接在(?:我的?)?(?:主页|简介)|领取积分|积分${Z}{0,6}?(?:开放|领取)`,
  ]),
];

// Task and pig-butchering scams, with or without a figure of returns.
const TASK: PhraseRule[] = [
  rule('TASK_SCAM', 0.6, [
    `\\bcombination orders?\\b${S}{0,40}?\\b(?:recharge|top ?up|deposit|finish)`,
    '\\btop ?up first\\b|\\bdeposit to (?:start|unlock)\\b|\\b(?:finish|complete|do) \\d+ tasks\\b|\\btask (?:job|work)\\b',
    `\\bpay\\b${S}{0,20}?\\bto my bank (?:card|account)\\b|\\bpay the membership\\b`,
    '带(?:你|您|我们|大家)做单|先充值|刷单|走流水|会员费|转(?:到)?我(?:的)?银行卡|补单|先垫付|做任务',
  ]),
  rule('TASK_SCAM', 0.5, [
    `\\b(?:my|our|a) (?:mentor|teacher|uncle|coach|cousin)\\b${S}{0,40}?\\b(?:group|signals?|teach\\w*|guid\\w*|made me|platform)`,
    `\\bwrong (?:number|chat|person)\\b${S}{0,80}?\\b(?:crypto|trade|trading|invest\\w*|arbitrage)`,
    `\\blet me teach you\\b|\\bjoin us,? great income\\b`,
    `(?:加错人|发错人|发错群|打错)${Z}{0,40}?(?:币|老师|带单|套利|赚)`,
    `(?:老师|导师)(?:带单|说${Z}{0,10}?${ZH_TRADE})|(?:老师|导师)${Z}{0,10}?(?:带单|做单|带(?:你|您|我们|大家)${Z}{0,4}?${ZH_TRADE}|赚了|发信号|操作)`,
    // The befriending opener of pig-butchering: a stranger's friendship, then their trading.
    `\\b(?:let'?s be friends|be friends|make friends)\\b[^\\n]{0,60}?\\b(?:crypto|bitcoin|btc|trading|trade|futures|contracts?|invest\\w*)\\b`,
    `(?:交个朋友|交朋友|认识一下)${Z}{0,30}?(?:币|合约|投资|理财|交易)`,
    `^\\W{0,4}(?:hi|hello|hey|good (?:morning|evening))\\W{0,2}(?:my )?(?:dear|darling|sweetie|handsome|beautiful|honey)\\b(?! (?:friends|all|members|everyone|community|users|traders))[^\\n]{0,80}?\\b(?:crypto|bitcoin|btc|trading|trader|invest\\w*|forex)\\b`,
    `^\\W{0,4}(?:亲爱的|哥哥|小哥哥|美女|帅哥)(?!们|朋友们|各位|家人们)[^\\n]{0,40}?${ZH_TRADE}`,
  ]),
];

// Recovery scams written as testimonials or as fees with legal names.
const RECOVERY: PhraseRule[] = [
  rule('RECOVERY_SCAM', 0.6, [
    `\\b(?:thanks?|thank you|grateful)\\b${S}{0,20}?@\\w+${S}{0,40}?\\b(?:traced|recovered|got (?:back|my)|retrieved)`,
    `\\b(?:got|get) (?:my |back )?${S}{0,12}?\\bback thanks to\\b|\\bgot back \\d`,
    '\\brecovery bond\\b|\\bescrow fee\\b|\\basset restitution\\b|\\blegal chargeback\\b|\\bchargeback (?:service|law)|\\bcan be retrieved\\b',
    `(?:感谢|多亏)${Z}{0,20}?(?:追回|拿回|找回)`,
    '追回保证金|担保费|即可启动|资产追回|追回机构|合法追回|拿回了?我的',
  ]),
];

// Codes and 2FA secrets asked for in other words, remote control, backups shown on screen.
const CODES: PhraseRule[] = [
  rule('SECRET_REQUEST', 0.65, [
    `\\b(?:\\d|six)[- ]digit code\\b${S}{0,40}?\\b(?:paste|send|share|tell|give|post|reply)`,
    `\\b(?:send|share|give|post)\\b${S}{0,30}?\\b(?:qr code|setup key|backup (?:page|words)|\\d+ backup words)\\b`,
    `\\b(?:screenshot|photo|picture) of (?:the |your )?(?:page|wallet backup|backup|recovery)${S}{0,40}?(?:page|words)?`,
    "\\bwhat'?s the code\\b|\\bshare (?:your|the) screen\\b|\\binstall (?:anydesk|teamviewer)\\b|\\b(?:hop on|join) zoom\\b|\\bscreen share on\\b",
    `(?:六位|6位)数?(?:验证)?码${Z}{0,12}?(?:发|告诉|贴)`,
    `(?:二维码|密钥|备份)${Z}{0,16}?(?:截图|拍照)?(?:发我|发给我|给我|发过来)`,
    `(?:下载|装一下|安装)${Z}{0,4}?(?:向日葵|todesk|teamviewer|anydesk)|共享屏幕${Z}{0,6}?我(?:教|帮)你|码是多少`,
  ]),
];

// Fake support that never names the brand: desks and specialists, UID with phone or email.
const SUPPORT: PhraseRule[] = [
  rule('FAKE_SUPPORT', 0.55, [
    "\\b(?:this is|i'?m|i am|here)(?: the| an?)? (?:tier ?[12] (?:desk|support)|escalations? team|account specialist|verified helper)\\b",
    '\\b(?:escalations? team|customer care|specialist) here\\b|\\bcustomer care line\\b|\\bhelp server\\b',
    `\\b(?:post|leave|reply with|send|dm)\\b${S}{0,20}?\\buid\\b${S}{0,30}?\\b(?:phone|e-?mail|number)`,
    '\\bdm me your uid\\b|\\bdiscord\\.gg/\\S*okx',
    '(?:这里是|我是|认证)(?:二线客服|账户专员|帮手)|升级处理组|售后专线|客服在此',
    `(?:留下|回复|私我|发我)${Z}{0,6}?uid${Z}{0,12}?(?:手机|邮箱|电话)|私我\\s*uid`,
  ]),
  rule('CONTACT_SOLICITATION', 0.5, '\\bsignal\\b[^.!?\\n]{0,16}?\\+\\d'),
];

// A contact or link announced and not given: "support contact below", "客服联系方式在下面", "I'll DM
// you the link". The scammer's reply or a DM brings it; a post that does give a link, a handle or a
// number is judged on that instead.
const CHANNEL_WORD = '(?:support|contact|contacts|customer service|agent|whatsapp|telegram|wechat|signal|link|links|number)';
const LATER =
  '(?:below|in (?:the )?(?:next|following) (?:post|reply|comment|message)|in (?:the )?comments?|coming (?:up )?(?:next|soon|later)|in a (?:sec|second|minute)|after this post|by dm|in (?:your )?(?:dm|dms|inbox))';
const GIVEN_IN_POST = /[a-z0-9]\.[a-z]{2}|@[a-z0-9_]|\d{5}/;

// Whether the post gives a contact is asked once per post, not once per match.
let lastPost: string | undefined;
let lastGiven = false;

function notGiven(m: RegExpMatchArray): boolean {
  const post = m.input ?? '';
  if (post !== lastPost) {
    lastPost = post;
    lastGiven = GIVEN_IN_POST.test(post);
  }
  return !lastGiven;
}

const ANNOUNCED: PhraseRule[] = [
  rule(
    'CONTACT_SOLICITATION',
    0.35,
    [
      `\\b${CHANNEL_WORD}\\b${S}{0,20}?\\b${LATER}`,
      `\\b(?:i'?ll|i will|we'?ll|we will)\\s+(?:post|send|drop|share|pm|dm|message)\\b${S}{0,12}?\\b${CHANNEL_WORD}\\b`,
      `(?:联系方式|客服|链接|网址|微信|电报|飞机|联系|官网|群号?|二维码)${Z}{0,8}?(?:在下面|在下方|见下方|见下|看下面|看下方|放评论区|在评论区|评论区见|在楼下|下一楼|稍后(?:发|给|私))`,
      `(?:稍后|待会|等下|一会儿?)(?:发|私|给)(?:你|您)?${Z}{0,6}?(?:联系方式|链接|网址|微信|电报|群)`,
    ],
    notGiven,
  ),
];

export const CLASS_RULES: readonly PhraseRule[] = [...DRAINER, ...TASK, ...RECOVERY, ...CODES, ...SUPPORT, ...ANNOUNCED];

export function detectClassRules(input: ScanInput): void {
  runPhraseRules(input, CLASS_RULES);
}
