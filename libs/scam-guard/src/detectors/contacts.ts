import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { clauseStart, isDoneToWriter, isNegatedBefore, isQuotedOrReported, sentenceEnd, sentenceStart } from '../context.js';
import { QUOTED_DAMPING } from './phrase-rules.js';
import { anyOf } from '../fuzzy.js';
import { hostInfo } from '../hosts.js';
import type { ScanInput } from '../scan-input.js';
import { allMatches } from '../regex-util.js';

// Off-platform channels, by their names and the slang used for them (飞机 = Telegram, V = WeChat).
// Not after a digit either: leet spellings ("7g" = tg) otherwise match inside hashes ("…c9791e5…").
const CHAT_PLATFORM = `(?:(?<![a-z0-9])(?:${[
  // Fully spaced-out names are rejoined by normalization; these are the half-split spellings.
  anyOf(['whatsapp', 'whats app', "what's app", 'watsapp', 'telegram', 'tele gram', 'telegarm', 'wechat', 'we chat', 'weixin', 'wei xin']),
  anyOf(['discord', 'skype', 'viber', 'kakaotalk', 'snapchat', 'instagram']),
  anyOf(['tg', 'vx', 'wx', 'qq'], true),
  // "tele: @x" is Telegram slang; without an ID after it, it is not counted.
  'tele(?=\\s*[:=])',
  anyOf(['line id', 'signal app']),
].join(
  '|',
)})(?![a-z])|(?<![a-z0-9])(?:v|q|line|signal)(?=\\s*[:=])|(?<=加)[vq](?![a-z])|[v微薇威](?:\\p{So}|\\p{Sk})+(?=\\s*[:=])|电报|纸飞机|小飞机|飞机|微信|威信|薇信|徽信|维信|v信|扣扣|企鹅号?)`;
// E-mail and phone words only count with an ID after them: "contact support by email" is advice.
const GENERIC_CHANNEL = `(?:(?<![a-z])${anyOf(['email', 'e-mail', 'gmail', 'phone', 'tel', 'hotline', 'help line', 'helpline', 'support line', 'toll free', 'mobile'])}(?![a-z])|手机号?|电话|热线|专线|邮箱)`;
const PLATFORM = `(?:${CHAT_PLATFORM}|${GENERIC_CHANNEL})`;

const HANDLE = '@[a-z0-9_][a-z0-9_.]{3,31}';
const PHONE = '\\+?\\d[\\d\\s\\-().]{5,18}\\d';
// Chat IDs look like "okx_kefu_888": a letter first, and a digit, "_" or "-" somewhere, unlike words.
const CHAT_ID = '[a-z][a-z0-9]*[_\\-0-9][a-z0-9_\\-]{1,28}(?![.\\w])';
const CONTACT_ID = `(?:${HANDLE}|${PHONE}|${CHAT_ID}|\\d{5,12})`;
const PLATFORM_WITH_ID = new RegExp(`${PLATFORM}([^.!?\\n]{0,14}?)(${CONTACT_ID})`, 'gu');
// The ID is given out ("WhatsApp: +44…", "微信是 x") rather than mentioned ("accounts like @x").
const GIVEN = /[:=☎📞]|是|\bis\b|号码?\s*$/u;
// An app's name used as the verb ("WhatsApp her", "telegram me") asks too.
const ASKS_CONTACT =
  /\b(?:add|contact|message|dm|pm|text|call|ping|reach|join|find|search|chat)\b|\b(?:whatsapp|telegram|signal|wechat) (?:him|her|them|me|us)\b|加|联系|添加|找|搜|拨打|咨询|私聊/;

// "DM me", "私聊", "加我": the writer asks to be contacted in private.
const DM_ME = new RegExp(
  [
    '\\b(?:dm|pm|inbox|message|msg|text|contact|ping|add|call|email|whatsapp|telegram|hit) (?:me|us)\\b',
    '\\bscan (?:the |this |my |our )?qr\\b|\\bscan to (?:join|add|claim|get|chat)\\b',
    // A bare DM asked for: "just DM", "pls inbox", "DM for details".
    '\\b(?:just|please|pls|plz|kindly) (?:dm|pm|inbox)\\b(?=\\s*(?:$|[.!,;]|for\\b|to get\\b))|\\b(?:dm|pm|inbox) (?:for|to get|to know) (?:the )?(?:details|info|more|help|link)\\b',
    '\\breach (?:out to )?(?:me|us)\\b',
    '\\bsend (?:me|us) an? (?:private |direct )?(?:message|dm|pm|text)\\b',
    '\\b(?:link|proof|details|info) in (?:my |the )?bio\\b|\\bcheck (?:my|our) (?:bio|profile)\\b',
    // "私信有人招兼职…" (a DM: someone is recruiting) reports a message, it does not ask for one.
    '私聊(?!你|来的)|(?<![的条封到])私信(?!给我|有人|里|中|上|来的|过来的)|私我|加我|联系我|找我|扫码|扫描?[^.!?\\n]{0,6}?二维码|加好友|进群|拉你进|戳我|滴滴我|详询',
  ].join('|'),
  'gu',
);

// "contact our agent on Telegram", "search him on WhatsApp": pointing at someone else's channel.
const CONTACT_VERB =
  /\b(?:contact|message|dm|pm|text|call|add|reach|reach out to|reaching out to|search(?: for)?|find|write to|talk to|chat with|email)\s+(?=me\b|us\b|him\b|her\b|them\b|our\b|my\b|the\b|this\b|that\b|agent\b|admin\b|via\b|on\b|through\b|at\b|@|['"“‘])|联系|咨询|拨打/g;
// A phone number may start with "+", "1 (888)" or "(555)": "call our fraud department at 1 (888) 555 0123".
const CHANNEL_NEAR = new RegExp(
  `^[^.!?\\n]{0,40}?(?:${CHAT_PLATFORM}|${HANDLE}|(?:\\+|\\b1[\\s-]?(?=\\()|(?<![\\w)])(?=\\())[\\d(][\\d\\s\\-()]{6,18}\\d)`,
  'u',
);

export function detectContacts(input: ScanInput): void {
  const { words, findings } = input;
  const text = words.text;
  for (const m of allMatches(PLATFORM_WITH_ID, text)) {
    const id = m[2];
    const idStart = m.index + m[0].length - id.length;
    if (/^[+\d]/.test(id) && (id.replace(/\D/g, '').length < 5 || isInstitutionNumber(text, m.index))) continue;
    const given = GIVEN.test(m[1]) || ASKS_CONTACT.test(text.slice(clauseStart(text, m.index), m.index + m[0].length));
    addContact(input, m.index, m.index + m[0].length, 0.45, given);
    flagBrandedId(input, idStart, idStart + id.length);
  }
  detectSplitIds(input);
  detectPhoneNumbers(input);
  for (const m of allMatches(DM_ME, text)) {
    if (isNegatedBefore(text, m.index)) continue;
    // Quoted ('forwarded "message me on Telegram…"'): someone else's request, told to the reader.
    const quoted = isQuotedOrReported(text, m.index);
    findings.add('CONTACT_SOLICITATION', words, m.index, m.index + m[0].length, quoted ? 0.3 * QUOTED_DAMPING : 0.3, {
      anchor: !quoted,
      soft: quoted,
    });
  }
  detectPointedChannels(input);
  detectHandlesAndEmails(input);
}

// An ID cut into pieces so that no pattern sees it whole: one token per line, or tokens between
// dashes, bars or emoji ("微信 - okx - kf - 77", "tg\n@okx\n_help", "wa\n+44\n7700\n900123").
// Plain spaces do not split here: "+44 7700 900123" is a phone number, read as one above.
const SPLIT_TOKENS =
  /(?<![a-z0-9_])[@+]?[a-z0-9_]{1,12}(?:[^\S\n]*(?:\n|[-|·•*~/]|\p{So}|\p{Sk})[\s\-|·•*~/\p{So}\p{Sk}]{0,3}[@+]?[a-z0-9_]{1,12}(?![a-z0-9_])){1,8}/gu;
const TOKEN = /[@+]?[a-z0-9_]+/g;
const WHOLE_ID = new RegExp(`^(?:${HANDLE}|\\+?\\d{7,15}|${CHAT_ID}|\\d{5,12})$`, 'u');
// The channel is named just before the ID, lines included.
const PLATFORM_BEFORE = new RegExp(`${PLATFORM}[^.!?]{0,14}$`, 'u');
const MAX_SPLIT_IDS = 8;

// Only posts with such a separator are looked at: a line break, a symbol, or a spaced dash.
const MAYBE_SPLIT = /\n|[|·•*~]|\p{So}|\p{Sk}|\s[-/]\s/u;

function detectSplitIds(input: ScanInput): void {
  const text = input.words.text;
  if (!MAYBE_SPLIT.test(text)) return;
  for (const m of allMatches(SPLIT_TOKENS, text, MAX_SPLIT_IDS)) {
    const tokens = allMatches(TOKEN, m[0]);
    for (let i = 0; i < tokens.length - 1; i++) {
      const start = m.index + tokens[i].index;
      const id = tokens
        .slice(i)
        .map((t) => t[0])
        .join('');
      if (!WHOLE_ID.test(id) || !PLATFORM_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
      const end = m.index + m[0].length;
      addContact(input, start, end, 0.45, ASKS_CONTACT.test(text.slice(clauseStart(text, start), start)));
      flagBrandedId(input, start, end);
      break;
    }
  }
}

// A bank's, the police's or an institution the writer called: "I called my bank on +44 20 …",
// 报警电话 110, 反诈专线 96110. Reported, not offered as a way to reach the poster.
const INSTITUTION =
  /\b(?:bank|banks|police|fraud line|hsbc|barclays|i called|we called|i rang|i phoned)\b|银行|报警|反诈|警方|公安|派出所|我打了|我打过|我拨打/;

// Told to call it ("请拨打反诈中心专线 …", "please call the bank's security line"): the scam itself.
const TOLD_TO_CALL = /请(?:拨打|致电|联系)|\b(?:please call|call (?:now|immediately|us|this))\b/;

function isInstitutionNumber(text: string, pos: number): boolean {
  const sentence = sentenceAround(text, pos);
  return INSTITUTION.test(sentence) && !TOLD_TO_CALL.test(sentence);
}

// A contact in someone else's words or in what someone did to the writer ("they DMed me saying
// 'add me on Telegram'", "someone on telegram @x asked me for my UID") is reported, not offered:
// a quarter of the weight, and no anchor.
function isReported(text: string, pos: number): boolean {
  return isQuotedOrReported(text, pos) || isDoneToWriter(text, pos);
}

function addContact(input: ScanInput, start: number, end: number, weight: number, given: boolean): void {
  const reported = isReported(input.words.text, start);
  input.findings.add('CONTACT_SOLICITATION', input.words, start, end, reported ? weight * QUOTED_DAMPING : weight, {
    anchor: given && !reported,
    soft: !given || reported,
  });
}

// The writer's own number in a question about it: "my phone number changed … old one was +44 …".
const OWN_NUMBER =
  /\b(?:my|old|new) (?:phone |mobile )?(?:number|mobile|phone)\b[^.!?\n]{0,30}?\b(?:changed|change|update|updated|lost|bound|linked)\b|\bold one (?:was|is)\b|\bmy (?:old|previous) number\b|(?:换了|原|旧|以前的|绑定的)手机号|手机号(?:换了|丢了|停用了?|注销了?)/;

function sentenceAround(text: string, pos: number): string {
  return text.slice(sentenceStart(text, pos), sentenceEnd(text, pos));
}

// Phone numbers as libphonenumber-js reads them (country metadata, possible lengths), not digit
// patterns: "+44 20 7946 0321" is a London number, not a leet handle. Mainland numbers without
// "+86" are read with China as the default country. Only stretches of eight digits or more are
// handed to the parser: shorter runs are never reported, and parsing is the costly part.
const PHONE_CANDIDATE = /\+?\d(?:[\s\-().]{0,3}\d){7,}/g;
// No number, with its spaces and brackets, is longer: a longer run of digits is something else.
const MAX_PHONE_LENGTH = 40;
const MAX_PHONES = 16;

function detectPhoneNumbers(input: ScanInput): void {
  const text = input.words.text;
  for (const candidate of allMatches(PHONE_CANDIDATE, text, MAX_PHONES)) {
    const start = candidate.index;
    const end = start + candidate[0].length;
    // Digits glued to letters or digits are part of a hash or an ID ("0x4b1f…"), not a number to call.
    const glued = /[0-9a-z]/i.test(text[start - 1] ?? '') || /[0-9a-z]/i.test(text[end] ?? '') || end - start > MAX_PHONE_LENGTH;
    if (glued || !isPossiblePhone(candidate[0]) || isInstitutionNumber(text, start) || OWN_NUMBER.test(sentenceAround(text, start)))
      continue;
    addContact(input, start, end, 0.4, false);
  }
}

// The parser signals what it rejects with exceptions it catches itself; their stack traces are
// never read and were most of its cost.
function isPossiblePhone(raw: string): boolean {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parsePhoneNumberFromString(raw, 'CN')?.isPossible() ?? false;
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function detectPointedChannels(input: ScanInput): void {
  const { words, findings } = input;
  const text = words.text;
  for (const m of allMatches(CONTACT_VERB, text)) {
    const tail = CHANNEL_NEAR.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 80));
    if (!tail || isNegatedBefore(text, m.index)) continue;
    const quoted = isQuotedOrReported(text, m.index);
    findings.add('CONTACT_SOLICITATION', words, m.index, m.index + m[0].length + tail[0].length, quoted ? 0.45 * QUOTED_DAMPING : 0.45, {
      anchor: !quoted,
      soft: quoted,
    });
  }
}

function detectHandlesAndEmails(input: ScanInput): void {
  const { base, findings } = input;
  const text = base.text;
  let count = 0;
  for (let at = text.indexOf('@'); at >= 0 && count < 16; at = text.indexOf('@', at + 1), count++) {
    const local = /[a-z0-9._%+-]{1,64}$/i.exec(text.slice(Math.max(0, at - 64), at));
    const right = /^[a-z0-9_][a-z0-9_.-]{2,62}/i.exec(text.slice(at + 1, at + 65));
    if (!right) continue;
    const end = at + 1 + right[0].replace(/\.+$/, '').length;
    if (local) {
      const domain = hostInfo(right[0].replace(/\.+$/, ''))?.domain;
      const start = at - local[0].length;
      if (domain && !input.rules.brand.officialDomains.has(domain)) {
        const prefix = text.slice(clauseStart(text, start), start).toLowerCase();
        const given = /[:：]\s*$/.test(prefix) || ASKS_CONTACT.test(prefix) || /e-?mail|邮箱|write to/.test(prefix);
        findings.add('CONTACT_SOLICITATION', base, start, end, 0.4, { anchor: given, soft: !given });
        flagBrandedId(input, start, at, base);
      }
      continue;
    }
    findings.add('CONTACT_SOLICITATION', base, at, end, 0.15, { soft: true });
    flagBrandedId(input, at, end, base);
  }
}

// A chat handle carrying the brand ("@OKX_Help_Desk", "okx_kefu_888") poses as the exchange.
function flagBrandedId(input: ScanInput, start: number, end: number, view = input.words): void {
  if (input.author.isStaff) return;
  const id = view.text.slice(start, end).toLowerCase();
  if (input.rules.patterns.brandName.test(id)) {
    const weight = isReported(view.text, start) ? 0.35 * QUOTED_DAMPING : 0.35;
    input.findings.add('IMPERSONATION', view, start, end, weight, { soft: true });
  }
}
