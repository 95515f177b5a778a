import LinkifyIt from 'linkify-it';
import { getHostname, getPublicSuffix } from 'tldts';
import { isReportedSpeech, sentenceEnd, sentenceStart } from '../context.js';
import type { CompiledBrand } from '../brand.js';
import { classifyHost } from '../lookalike.js';
import { listVerdict } from '../phishing-lists.js';
import { SHORTENERS } from '../shorteners.js';
import { hostInfo, hostIsUnder } from '../hosts.js';
import type { MappedText } from '../mapped-text.js';
import type { ScanInput } from '../scan-input.js';
import { findHanHosts, joinSpacedHosts } from './spelled-hosts.js';

const linkify = new LinkifyIt({}, { fuzzyLink: true, fuzzyEmail: false, fuzzyIP: false });
// Any alphabetic TLD: new gTLDs (.xyz, .top, .app …) are where phishing lives. tldts then keeps
// only hosts whose suffix is on the public suffix list.
linkify.tlds(['[a-z]{2,24}'], false);

const MAX_LINKS = 40;
const WINDOW = 2000;

// "okx-support dot xyz", "okx-unlock . com", "okx[.]com", "okx(.)com", "okx点com": a host spelled
// so that auto-linkers miss it, with as many spelled dots as it has labels ("okx dot com-cn dot
// top", "okx[.]support-login[.]cc" are hosts under .top and .cc, not okx.com). A space before
// the dot never happens in prose. Labels and separators share no character, so a chain is read once.
const SPELLED_SEPARATOR = '(?:\\s*(?:[([{](?:dot|\\.)[)\\]}]|点|點)\\s*|\\s+dot\\s+|\\s+\\.\\s*)';
const LABEL = '[a-z0-9][a-z0-9-]{0,62}';
const SPELLED_DOT = new RegExp(
  `(?<![a-z0-9-])(${LABEL}(?:${SPELLED_SEPARATOR}${LABEL}){0,6})${SPELLED_SEPARATOR}([a-z]{2,24})\\b(?:\\s+slash\\s+)?`,
  'gi',
);
const SEPARATOR_IN_CHAIN = new RegExp(SPELLED_SEPARATOR, 'gi');
const HAN = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;
const HAS_HAN_NAME = /\p{Script=Han}/u;
const HAS_HAN = /\p{Script=Han}\.[a-z]/iu;
const COLON_NOT_SCHEME = /:(?!\/\/)/g;
// "hxxps://" as written to dodge link filters; same length, so offsets hold.
const DEFANGED_SCHEME = /\bh(?:xx|XX|\*\*)p(s?):\/\//g;

export interface FoundLink {
  start: number;
  end: number;
  host: string;
}

// Every link has a character, a dot and two letters of a TLD (or a scheme); decimals
// ("0.1 ETH") and abbreviations ("e.g.") have not.
const MAYBE_LINK = /\S\.[a-z]{2}|:\/\//i;
const MAYBE_SPELLED = /\s\.|\bdot\b|[([{](?:dot|\.)[)\]}]|[点點]/i;

function unspellDots(base: MappedText): MappedText {
  const joined = joinSpacedHosts(base, MAX_LINKS);
  if (!MAYBE_SPELLED.test(joined.text)) return joined;
  let budget = MAX_LINKS;
  return joined.rewrite(SPELLED_DOT, (m) => {
    if (budget-- <= 0) return null;
    const host = `${m[1].replace(SEPARATOR_IN_CHAIN, '.')}.${m[2]}`.toLowerCase();
    if (!(getPublicSuffix(host) ?? '').endsWith(m[2].toLowerCase()) || !hostInfo(host)?.domain) return null;
    return m[0].includes('slash') ? `${host}/` : host;
  });
}

// Every URL and bare domain in the post, with offsets in the returned view.
// `hanNames`: brand names in Chinese characters, where a Chinese-character host starts.
export function findLinks(base: MappedText, hanNames: readonly string[] = []): { view: MappedText; links: FoundLink[] } {
  const view = unspellDots(base);
  if (!MAYBE_LINK.test(view.text)) return { view, links: [] };
  // Chinese characters glued to a domain ("登录okx-refund.com领取") and a colon right before it
  // ("地址：okx-airdrop.org") hide it from the linker.
  const text = view.text.replace(HAN, ' ').replace(DEFANGED_SCHEME, 'http$1://').replace(COLON_NOT_SCHEME, ' ');
  const links: FoundLink[] = [];
  for (let offset = 0; offset < text.length && links.length < MAX_LINKS;) {
    const end = windowEnd(text, offset);
    for (const m of linkify.match(text.slice(offset, end)) ?? []) {
      if (m.schema === 'mailto:' || links.length >= MAX_LINKS) continue;
      const host = getHostname(m.url);
      if (host) links.push({ start: offset + m.index, end: offset + m.lastIndex, host });
    }
    offset = end;
  }
  if (HAS_HAN.test(view.text)) links.push(...findHanHosts(view.text, hanNames, MAX_LINKS - links.length));
  return { view, links };
}

function windowEnd(text: string, offset: number): number {
  if (text.length - offset <= WINDOW) return text.length;
  const space = text.indexOf(' ', offset + WINDOW);
  return space < 0 ? text.length : space;
}

const CONTACT_HOSTS = [
  't.me',
  'telegram.me',
  'telegram.dog',
  'wa.me',
  'chat.whatsapp.com',
  'discord.gg',
  'line.me',
  'qm.qq.com',
  'u.wechat.com',
];
const CALL_TO_ACTION =
  /(?:\b(?:visit|click|tap|open|go to|head to|log ?in|sign ?in|sign up|register|verify|confirm|connect|claim|download|install|join|use|at|here|below|via|new (?:site|address|link|domain))\b|[:：→👉⬇]|登录|登陆|点击|前往|访问|打开|进入|下载|领取|注册|认证|验证|链接|网址|地址|官网|入口)\s*$/iu;

// The link is named in a warning ("PSA: okx-web3.app is NOT official", "okx点com-cn点top 是假的"):
// a colon before it introduces the name, not a place to go.
const WARNED_AFTER =
  /^\s*(?:is|are|was|=|—|-|:)?\s*(?:a |an |the )?(?:not (?:the |an? )?official|fake|phishing|scam|fraud|a clone|impersonat\w*)\b|^[^。！？!?\n]{0,6}?(?:是假的|是钓鱼|是骗|是诈骗|不是官方|非官方|是仿冒|是山寨)/i;

// First-hand reports of what arrived; notices aimed at the reader ("收到本通知后请登录…") do not count.
const RECEIVED =
  /\b(?:i|we) (?:just |also )?(?:got|get|received|keep getting)\b[^.!?\n]{0,20}?\b(?:e-?mails?|sms|texts?|messages?|dms?|calls?|links?)\b|\b(?:got|received) an? (?:e-?mail|sms|text|message|dm|call|link)\b|我(?:也|刚|今天|昨天)?(?:收到|接到)|收到(?:一|了一)(?:个|条|封)/i;

export function isContactHost(ascii: string): boolean {
  return CONTACT_HOSTS.some((h) => hostIsUnder(ascii, h));
}

// Brand names in Chinese characters, once per compiled brand.
const hanNameCache = new WeakMap<CompiledBrand, string[]>();

function hanNames(brand: CompiledBrand): string[] {
  let names = hanNameCache.get(brand);
  if (!names) {
    names = brand.labelSkeletons.filter((n) => HAS_HAN_NAME.test(n));
    hanNameCache.set(brand, names);
  }
  return names;
}

export function detectLinks(input: ScanInput): FoundLink[] {
  const { view, links } = findLinks(input.base, hanNames(input.rules.brand));
  for (const link of links) classifyLink(input, view, link);
  return links;
}

function classifyLink(input: ScanInput, view: MappedText, link: FoundLink): void {
  const { rules, findings } = input;
  const verdict = classifyHost(link.host, rules.brand);
  if (!verdict) {
    // Not a valid host name (an underscore, say), yet on the maintained blocklist as written.
    if (listVerdict(link.host.toLowerCase(), rules.phishingLists) === 'denied') addListed(input, view, link, false);
    return;
  }
  if (verdict.class === 'official') return;
  const ascii = verdict.info.ascii;
  if (rules.allowedDomains.some((d) => hostIsUnder(ascii, d))) return;
  const denied = rules.deniedDomains.find((d) => hostIsUnder(ascii, d.domain));
  const warned = WARNED_AFTER.test(view.text.slice(link.end, link.end + 40));
  const cta =
    CALL_TO_ACTION.test(view.text.slice(Math.max(0, link.start - 24), link.start)) && !isReportedSpeech(view.text, link.start) && !warned;
  if (input.author.isNewAccount) findings.add('NEW_ACCOUNT_LINK', view, link.start, link.end, 0.3, { floor: 'HOLD' });
  if (denied) findings.add('DENIED_DOMAIN', view, link.start, link.end, 0.9, { anchor: true, floor: denied.action });
  const listed = denied ? null : listVerdict(ascii, rules.phishingLists);
  // Known-good on the maintained allow-list: no finding for an established account.
  if (listed === 'allowed') return;
  if (listed === 'denied') {
    addListed(input, view, link, cta);
    return;
  }
  if (verdict.class === 'lookalike') {
    // "I got an email from okx-notice.com …": a victim reporting, not a scammer sending; "okx-web3.app
    // is NOT official": a warning naming it.
    const received = warned || RECEIVED.test(view.text.slice(sentenceStart(view.text, link.start), link.start));
    findings.add('LOOKALIKE_DOMAIN', view, link.start, link.end, received ? 0.28 : 0.7, {
      anchor: cta && !received,
      soft: !cta || received,
    });
  } else if (isContactHost(ascii)) {
    findings.add('CONTACT_SOLICITATION', view, link.start, link.end, 0.45, { anchor: true });
  } else {
    const sentence = view.text.slice(sentenceStart(view.text, link.start), sentenceEnd(view.text, link.end));
    const reported = isReportedSpeech(view.text, link.start);
    const lure = LURE.test(sentence) && !reported;
    // Drainer jargon ("sync your wallet", "approve the contract") offered as a link to act on.
    const drainer = cta && lure && DRAINER.test(sentence);
    findings.add(
      'EXTERNAL_LINK',
      view,
      link.start,
      link.end,
      drainer ? 0.6 : externalWeight(ascii, view.text.slice(link.start, link.end), cta, lure),
      {
        anchor: cta,
        soft: true,
      },
    );
  }
}

// A warning that names a listed site is damped like any warning, but a moderator still sees it.
function addListed(input: ScanInput, view: MappedText, link: FoundLink, cta: boolean): void {
  input.findings.add('KNOWN_PHISHING_DOMAIN', view, link.start, link.end, 0.7, { anchor: cta, soft: !cta, floor: 'FLAG' });
}

// A link in a sentence that asks to verify, sync or unlock an account or wallet: phishing on a
// domain that does not imitate the brand ("wallet-validate.io").
// Also: approving a contract or request (a drainer), scanning a pairing QR, re-submitting KYC,
// paying a tax or fee, restoring access.
const LURE = new RegExp(
  [
    '\\b(?:verify|validate|sync|synchronize|restore|re-?activate|unlock|unfreeze|secure|upgrade|rectify|migrate)\\b[^.!?\\n]{0,24}?\\b(?:account|wallet|funds|assets|identity)\\b',
    '\\bsign (?:the |this )?(?:transaction|message)\\b|\\b(?:approve|authori[sz]e) (?:the |this |our |a )?(?:[\\w-]+ )?(?:contract|request|allowance|approval|permit)\\b',
    '\\bscan (?:the |this |our )?(?:walletconnect )?qr\\b|\\b(?:re-?verif\\w*|re-?submit\\w*|re-?validat\\w*|whitelisting)\\b|\\brestore (?:access|them|it|withdrawals?)\\b',
    '\\b(?:settle|pay)\\b[^.!?\\n]{0,30}?\\b(?:tax|taxes|fee)\\b|\\bfile (?:your |a )?claim\\b',
    '(?:认证|验证|同步|升级|解冻|激活|迁移)[^。.!?\\n]{0,8}?(?:账户|账号|钱包|资产)|(?<!取消)授权[^。.!?\\n]{0,6}?(?:合约|钱包)|确认授权|二次认证|重新(?:认证|验证|激活|绑定)',
    '上传(?:身份证|证件)|资产(?:保护|迁移)|(?:缴纳|补缴)[^。.!?\\n]{0,6}?(?:税|费)',
  ].join('|'),
  'i',
);

// Words that wallet drainers use and wallet vendors do not: a vendor says "restore" or "verify",
// never "sync", "validate" or "rectify" a wallet, nor "approve" an allowance to get something.
const DRAINER =
  /\b(?:sync|synchroni[sz]e|validate|rectify|re-?activate)\b[^.!?\n]{0,24}?\bwallets?\b|\b(?:approve|authori[sz]e) (?:the |this |our |a )?(?:[\w-]+ )?(?:contract|allowance|permit)\b|(?<!取消)授权[^。.!?\n]{0,6}?合约|同步钱包/i;

function externalWeight(ascii: string, raw: string, cta: boolean, lure: boolean): number {
  if (lure) return 0.5;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(ascii)) return 0.4;
  if (/\.(?:apk|exe|msi|dmg|ipa|scr|bat)(?:[?#]|$)/i.test(raw)) return 0.45;
  if (SHORTENERS.has(ascii)) return 0.3;
  return cta ? 0.25 : 0.2;
}
