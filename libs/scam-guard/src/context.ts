// Post-level traits that change how signals read: a warning that names a scam is not a scam,
// a request preceded by "never" is not a request, urgency makes a link or contact more suspect.

// Clause ends. Commas count: "Don't worry, send me your seed" asks, whatever came before.
const CLAUSE_END = new Set('.!?;\n,、');
// Sentence ends: a list ("your email, login password and 2FA code") stays in one sentence.
const SENTENCE_END = new Set('.!?;\n');
const MAX_CLAUSE = 120;

export function clauseStart(text: string, pos: number, ends = CLAUSE_END): number {
  const stop = Math.max(0, pos - MAX_CLAUSE);
  for (let i = pos - 1; i >= stop; i--) if (ends.has(text[i]) && !isDecimalPoint(text, i)) return i + 1;
  return stop;
}

export function clauseEnd(text: string, pos: number, ends = CLAUSE_END): number {
  const stop = Math.min(text.length, pos + MAX_CLAUSE);
  for (let i = pos; i < stop; i++) if (ends.has(text[i]) && !isDecimalPoint(text, i)) return i;
  return stop;
}

export function sentenceStart(text: string, pos: number): number {
  return clauseStart(text, pos, SENTENCE_END);
}

export function sentenceEnd(text: string, pos: number): number {
  return clauseEnd(text, pos, SENTENCE_END);
}

function isDecimalPoint(text: string, i: number): boolean {
  return (text[i] === '.' || text[i] === ',') && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
}

const NEGATION = new RegExp(
  [
    "\\b(?:never|don'?t|do not|doesn'?t|does not|won'?t|will not|wouldn'?t|not|no one|nobody|no need|cannot|can'?t|shouldn'?t|should not|must not|without|avoid|stop|refuse)\\b",
    '不要|不用|不需要|无需|别|勿|不会|绝不|绝对不|不能|不可|不得|不应|禁止|谨防|严禁|从不|从来不|没有任何',
  ].join('|'),
);

export function isNegatedBefore(text: string, pos: number): boolean {
  return NEGATION.test(text.slice(clauseStart(text, pos), pos));
}

// The writer asks about their own situation ("should I share my seed…?"), not the reader's.
const SELF_QUESTION =
  /\b(?:should|can|could|do|must|would) i\b|\bis it (?:safe|ok|okay|normal|true)\b|\bam i\b|我(?:需要|要不要|应该|能不能|可以|该不该)|是否|要不要/;

export function isSelfQuestion(text: string, pos: number): boolean {
  return SELF_QUESTION.test(text.slice(clauseStart(text, pos), pos));
}

// Words of warning. "被骗" (was cheated) is left out: victims and recovery scammers both use it.
const CAUTION = new RegExp(
  [
    '\\b(?:scam|scams|scammer|scammers|scammed|phishing|drainer|trap|fake|fraud|fraudulent|impersonat\\w*|pretend\\w*|beware|psa|warning|careful|watch out|stay safe|reported|report (?:it|them|him|her|this|to)|blocked (?:him|her|them|it)|not affiliated|not (?:the |an? )?official|isn.?t official|unofficial|never (?:share|give|send|click|trust))\\b',
    '\\btoo good to be true\\b|\\bred flags?\\b|\\bsketchy\\b',
    '骗子|骗局|诈骗|钓鱼|盗币|陷阱|冒充|假冒|自称|举报|拉黑|提醒|警惕|小心|谨防|当心|千万不要|请勿|切勿|别信|不要相信|非官方|不是官方|是假的|靠谱吗|可信吗|是不是骗',
  ].join('|'),
);

export function isCautionary(text: string): boolean {
  return CAUTION.test(text);
}

const URGENCY = new RegExp(
  [
    '\\b(?:urgent|urgently|immediately|asap|act now|right now|suspended|suspension|permanent(?:ly)? (?:freeze|frozen|ban|ban)|expire[sd]?|expiring|deadline|last chance|limited time|only the first|closes? (?:tonight|today|soon)|within \\d+ ?(?:h|hours?|minutes?|mins?))\\b',
    '\\bin \\d+ ?h\\b|\\b(?:call|act|verify|confirm|claim|join|update) now\\b',
    // A threat to the reader's account: "your wallet was targeted", "or withdrawals will be restricted".
    '\\byour\\b[^.!?\\n]{0,30}?\\b(?:account|wallet|withdrawals?|funds|assets|documents?|id|kyc|number)\\b[^.!?\\n]{0,20}?\\b(?:targeted|flagged|frozen|locked|restricted|suspended|expired|compromised|paused|blocked|on hold|under (?:review|investigation))\\b',
    '\\b(?:paused|restricted|suspended|blocked|frozen) for your\\b|\\bor (?:your )?(?:account|withdrawals?|balance|funds|assets)\\b[^.!?\\n]{0,12}?\\bwill\\b',
    '(?:您|你)的[^.!?\\n]{0,12}?(?:已被|被|已经?|存在|涉嫌|正在)[^.!?\\n]{0,8}?(?:冻结|标记|限制|风险|失效|过期|锁定|违规|异常|洗钱|转移)|逾期',
    '立即|立刻|马上|尽快|紧急|限时|名额有限|即将|过期|停用|否则|\\d+\\s*小时内|前\\s*\\d+\\s*名|限前',
  ].join('|'),
);

// The writer reports what someone else told them to do: "an SMS telling me to verify at …".
const REPORTED_SPEECH =
  /\b(?:tell|telling|told|ask|asking|asked|want|wanting|wanted) (?:me|us|him|her|them|people|users) to\b|让我|叫我|要我|要求我|让你|叫你/;

// Someone else's words reported to the reader: "they DMed me saying", 私聊我说, 对方说, or a
// quotation still open before the position.
// "Whoever / anyone who asks you to …" and 谁说/谁要你 describe a kind of person, not a request;
// "anyone who lost funds, DM me" and 谁要赚钱加我 are requests.
// Spam described rather than posted: "the bots keep posting 追回资金", "评论区一直刷屏".
const REPORTING =
  /\b(?:said|says|saying|told me|tells me|wrote|messaged me|dm'?e?d me|texted me|forwarded|got a message|received:|(?:anyone|anybody|whoever|someone|people|those)(?: who| that)? (?:asks?|tells?|told|dms?|messages?|contacts?|says?|claims?|offers?|wants? you)|keeps? (?:posting|spamming|sending)|kept (?:posting|spamming|sending)|are (?:spamming|posting))\b|(?:私聊|私信|跟|对|告诉)我说|对方说|(?:他|她|有人)说|收到[:：]|转给我一句|谁(?:说|让你|叫你|要你|找你)|凡是(?:让你|叫你|要你|找你|私聊你|说)|一直(?:发|刷)|老是发|天天发|刷屏/;

// The writer tells what someone did to them ("someone on Telegram @x asked me for my UID",
// 他让我加微信 …): the contact in that sentence is the one that reached out, not one offered.
const DONE_TO_ME =
  /\b(?:asked|told|messaged|dm'?e?d|pm'?e?d|texted|contacted|wanted|added|called|emailed|scammed) me\b|(?:他|她|对方|有人|骗子)(?:让|叫|要求?|加了?|私聊了?|联系了?|骗了?)我/;

// … unless the writer sends the reader there: "she contacted me and got it all back, message her".
const SENDS_READER =
  /\b(?:contact|message|text|call|dm|pm|add|reach|whatsapp|telegram|email) (?:him|her|them)\b|(?:找|联系|加|私聊)(?:他|她)/;

export function isDoneToWriter(text: string, pos: number): boolean {
  const sentence = text.slice(sentenceStart(text, pos), sentenceEnd(text, pos));
  return DONE_TO_ME.test(sentence) && !SENDS_READER.test(sentence);
}

export function isQuotedOrReported(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 200), pos);
  if (Math.max(before.lastIndexOf('“'), before.lastIndexOf('「')) > Math.max(before.lastIndexOf('”'), before.lastIndexOf('」')))
    return true;
  if ((before.match(/"/g) ?? []).length % 2 === 1) return true;
  const opened = (before.match(/(?:^|[\s:：(])'/g) ?? []).length;
  // A quote that ends the slice opens the match ("asking you to 'pay outside…'"), it closes nothing.
  const closed = (before.match(/'(?=[\s.,!?;:)])/g) ?? []).length;
  if (opened > closed) return true;
  return REPORTING.test(text.slice(sentenceStart(text, pos), pos));
}

export function isReportedSpeech(text: string, pos: number): boolean {
  return REPORTED_SPEECH.test(text.slice(sentenceStart(text, pos), pos));
}

// Fake support offers to fix things quickly, off the platform.
const HELP_OFFER = new RegExp(
  [
    '\\b(?:fix|fixed|solve|resolve|sort (?:it|this) out|speed up|unlock|unfreeze|release|assist|help you|get it done|quick fix)\\b',
    '处理|解决|帮你|帮您|解冻|加急|秒到|秒处理|搞定|出金',
  ].join('|'),
);

// The courting of pig-butchering and "mentor" pitches: an endearment, or an offer to teach.
const PITCH = new RegExp(
  [
    '^[^\\w\\n]{0,4}(?:hi|hello|hey|good (?:morning|evening)),? (?:my )?(?:dear|darling|sweetie|handsome|beautiful|pretty|honey)\\b',
    "\\b(?:let me|i can|i will|i'll) (?:show|teach|guide) you (?:how|to)\\b",
    '^[^\\w\\n]{0,4}(?:亲爱的|哥哥|小哥哥|美女|帅哥)|我(?:可以|来)?教你|带你一起',
  ].join('|'),
  'm',
);

export function isPitch(text: string): boolean {
  return PITCH.test(text);
}

export function offersHelp(text: string): boolean {
  return HELP_OFFER.test(text);
}

const QUESTION_END = /[?？]|[吗么嘛呢][.!。！]?$/;
const SENTENCE_BREAK: ReadonlySet<string> = new Set('.!?。！？\n');

// The sentence around [from, to) of the original text is a question ("Is @okx_en the real one?").
// A question that invites the reader in ("want in?", "do you trade crypto?", 要不要一起?) is the
// pitch itself, not a question about it.
const INVITATION =
  /\b(?:want in|interested|wanna join|want to (?:join|learn|try|know more)|care to join|shall i (?:show|teach|add) you|do you (?:trade|invest in|do) (?:crypto|futures|bitcoin|btc|forex|contracts)|have you tried)\b|要不要(?:一起|加入|试试|了解)|想(?:了解|学|加入|赚)[^？?]{0,6}吗|有兴趣吗|感兴趣吗|炒币吗|做合约吗/i;

export function isQuestionAt(source: string, from: number, to: number): boolean {
  const stop = Math.min(source.length, to + MAX_CLAUSE);
  let end = to;
  while (end < stop && !(SENTENCE_BREAK.has(source[end]) && !isDecimalPoint(source, end) && !isDomainDot(source, end))) end++;
  if (!QUESTION_END.test(source.slice(Math.max(from, end - 2), end + 1))) return false;
  return !INVITATION.test(source.slice(sentenceStart(source, from), end + 1));
}

// "okx.com now, right?": the dot of a domain, followed by a letter, does not end the sentence.
function isDomainDot(text: string, i: number): boolean {
  return text[i] === '.' && /[a-z0-9]/i.test(text[i - 1] ?? '') && /[a-z]/i.test(text[i + 1] ?? '');
}

export function isUrgent(text: string): boolean {
  return URGENCY.test(text);
}

const ADDRESS = new RegExp(
  [
    '\\b0x[0-9a-fA-F]{40}\\b',
    '\\bT[1-9A-HJ-NP-Za-km-z]{33}\\b',
    '\\bbc1[02-9ac-hj-np-z]{25,62}\\b',
    '\\b[13][1-9A-HJ-NP-Za-km-z]{25,34}\\b',
  ].join('|'),
);

// A wallet address in the post: the "send here" of giveaway and doubling scams.
export function hasWalletAddress(baseText: string): boolean {
  return ADDRESS.test(baseText);
}
