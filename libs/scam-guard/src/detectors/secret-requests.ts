import {
  clauseEnd,
  clauseStart,
  isNegatedBefore,
  isQuotedOrReported,
  isReportedSpeech,
  isSelfQuestion,
  sentenceEnd,
  sentenceStart,
} from '../context.js';
import { anyOf } from '../fuzzy.js';
import type { ScanInput } from '../scan-input.js';
import { allMatches } from '../regex-util.js';

// What must never leave the owner: keys, phrases, passwords and one-time codes.
const SECRET = new RegExp(
  [
    `(?<![a-z])${anyOf([
      'seed phrase',
      'seed words',
      'seed',
      'recovery phrase',
      'recovery words',
      'secret phrase',
      'backup phrase',
      'mnemonic',
      'private key',
      'privkey',
      'priv key',
      'secret key',
      'keystore',
      'password',
      'passcode',
      'passphrase',
      'pin code',
      '2fa',
      'authenticator code',
      'google code',
      'authentication code',
      'verification code',
      'sms code',
      'otp',
      'one-time code',
      'security code',
      'backup key',
      'login credentials',
      'api secret',
    ])}(?![a-z])`,
    '\\b(?:12|24|12/24|twelve|twenty[- ]four)[- ]?words?\\b',
    '(?:12|24|十二|二十四)\\s*个?\\s*(?:英文)?(?:单词|词)',
    '\\b(?:\\d|four|six|eight)[- ]digit code\\b|\\bcode (?:we|i) (?:just )?(?:sent|texted)\\b|\\bcode (?:sent|texted) to your\\b|\\bcode you (?:just )?(?:got|received)\\b',
    '助记词|私钥|密钥|秘钥|密码|验证码|谷歌验证器?|动态码|安全码|口令',
  ].join('|'),
  'gu',
);

// Asking the reader to hand a secret over. "enter" and "import" are left out: the app itself
// asks users to enter codes, and advice says to import a key into one's own wallet.
const ASK_BEFORE = new RegExp(
  [
    "\\b(?:send|share|provide|submit|upload|post|reply(?: here)? with|verify|(?:give|dm|pm|message|tell) (?:me|us)|give (?:your|the)|(?:we|i) need|need your|requires? your|what'?s your|what is your)\\b",
    '发给|发我|发过来|发一下|发来|私信|提供|告诉我|给我|报一下|提交|上传|需要(?:你|您)|要(?:你|您)|回复(?!楼|@)',
  ].join('|'),
  'g',
);
const ASK_AFTER =
  /^[^.!?\n]{0,24}?(?:发我|发给我|发过来|发来|发一下|私信给我|私发|给我|告诉我|报给我|截图给我)|^[^.!?\n]{0,30}?\b(?:to me|to us|in (?:dm|pm|private))\b/;
const ASK_REACH = 60;
// "share a guide on setting up the withdrawal password": the secret is the topic, not the object.
const TOPIC = /\b(?:on|about|regarding|how|guide|article|tips?|tutorial)\b|关于|怎么|如何|教程/;
// "a private key … must never be shared", "私钥绝对不能发".
const NEGATION_AFTER = /\b(?:never|not|ignore)\b|不要|不能|别|勿|绝不|千万不|不用理|无视/;
// "type your private key into the form at …": entering a secret on someone's site.
const ENTER_BEFORE = /\b(?:type|enter|input|paste|import|submit)\s+(?:in\s+)?(?:your|ur)\s+(?:[\w-]+\s+){0,2}$/;
const ENTER_AFTER =
  /^[^.!?\n]{0,30}?\b(?:into|on|at|in|via)\s+(?:the |this |our |that |a )?(?:form|site|website|page|link|bot|dapp|portal)\b|^[^。!?\n]{0,20}?(?:网站|网页|链接|页面|表单)/;
// "my seed phrase": the writer's own, in a question or story.
const OWN = /(?:\bmy|我的|自己的)\s*(?:[\w-]+\s*){0,2}$/;

const REMOTE_TOOL = new RegExp(
  `(?<![a-z])${anyOf(['anydesk', 'teamviewer', 'todesk', 'rustdesk', 'quicksupport', 'screen share', 'screen sharing', 'remote desktop', 'remote access', 'remote control'])}(?![a-z])|向日葵|远程(?:控制|协助|操作|一下)?|共享屏幕|屏幕共享`,
  'gu',
);
const INSTALL = /\b(?:install|download|open|use|share|send|give)\b|下载|安装|打开|共享|发/;

export function detectSecretRequests(input: ScanInput): void {
  const { words, findings } = input;
  const text = words.text;
  for (const m of allMatches(SECRET, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isRequested(text, start, end)) continue;
    // Quoted or reported ("someone DMed me saying 'send your seed'"): asked of the writer, not the reader.
    const quoted = isQuotedOrReported(text, start);
    findings.add('SECRET_REQUEST', words, clauseStart(text, start), clauseEnd(text, end), quoted ? 0.2 : 0.75, {
      anchor: !quoted,
      soft: quoted,
    });
  }
  for (const m of allMatches(REMOTE_TOOL, text)) {
    const from = clauseStart(text, m.index);
    const to = clauseEnd(text, m.index + m[0].length);
    const clause = `${text.slice(from, m.index)} ${text.slice(m.index + m[0].length, to)}`;
    const refused = NEGATION_AFTER.test(text.slice(m.index + m[0].length, to));
    if (
      !INSTALL.test(clause) ||
      refused ||
      isNegatedBefore(text, m.index) ||
      isReportedSpeech(text, m.index) ||
      isQuotedOrReported(text, m.index)
    )
      continue;
    findings.add('SECRET_REQUEST', words, from, to, 0.7, { anchor: true });
  }
}

function isRequested(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(sentenceStart(text, start), start - ASK_REACH), start);
  if (OWN.test(before) || isSelfQuestion(text, start)) return false;
  const verb = lastMatch(ASK_BEFORE, before);
  if (ENTER_BEFORE.test(before) && ENTER_AFTER.test(text.slice(end, sentenceEnd(text, end)))) return !isNegatedBefore(text, start);
  const asked =
    verb >= 0
      ? !isNegatedBefore(text, start - before.length + verb) && !TOPIC.test(before.slice(verb))
      : ASK_AFTER.test(text.slice(end, sentenceEnd(text, end)));
  return asked && !isNegatedBefore(text, start) && !NEGATION_AFTER.test(text.slice(end, clauseEnd(text, end)));
}

function lastMatch(re: RegExp, text: string): number {
  let last = -1;
  for (const m of allMatches(re, text)) last = m.index;
  return last;
}
