import { hasWalletAddress, isCautionary, isPitch, isUrgent, offersHelp } from './context.js';
import { detectClassRules } from './detectors/class-rules.js';
import { detectContacts } from './detectors/contacts.js';
import { detectImpersonation } from './detectors/impersonation.js';
import { detectKeys } from './detectors/keys.js';
import { detectLinks } from './detectors/links.js';
import { detectOffers } from './detectors/offers.js';
import { detectSecretRequests } from './detectors/secret-requests.js';
import { detectSeedPhrases } from './detectors/seed-phrase.js';
import { detectWatchedPhrases } from './detectors/watched-phrases.js';
import { Findings, type Finding } from './findings.js';
import { signalMessage } from './messages.js';
import { baseView, keywordView } from './normalize.js';
import { decide, round, type PostTraits } from './policy.js';
import type { CompiledRules } from './rules.js';
import type { ScanInput } from './scan-input.js';
import type { ScamSignal, ScanAuthor, ScanResult } from './types.js';

export interface ScanContext {
  // Language of the messages: 'en' | 'zh-CN'.
  locale: string;
  // Language of the board, for locale-scoped watched phrases; defaults to `locale`.
  contentLocale?: string;
  author: ScanAuthor;
  rules: CompiledRules;
}

const HAN = /\p{Script=Han}/u;
const NO_TRAITS: PostTraits = { cautionary: false, urgent: false, helpOffer: false, hasAddress: false, pitch: false };

// Work per post is bounded: text past this length is not scanned.
export const MAX_SCAN_LENGTH = 100_000;

const DETECTORS: Array<(input: ScanInput) => void> = [
  detectLinks,
  detectContacts,
  detectSecretRequests,
  detectKeys,
  detectSeedPhrases,
  detectOffers,
  detectClassRules,
  detectImpersonation,
  detectWatchedPhrases,
];

export function scan(text: string, ctx: ScanContext): ScanResult {
  const source = text.length > MAX_SCAN_LENGTH ? text.slice(0, MAX_SCAN_LENGTH) : text;
  const base = baseView(source);
  const words = keywordView(base);
  const findings = new Findings(source);
  const input: ScanInput = {
    source,
    base,
    words,
    hasHan: HAN.test(words.text),
    rules: ctx.rules,
    author: ctx.author,
    contentLocale: ctx.contentLocale ?? ctx.locale,
    findings,
  };
  for (const detect of DETECTORS) detect(input);
  // Nothing found: nothing to weigh, and the post's traits are not read.
  if (findings.items.length === 0)
    return { action: decide(findings, NO_TRAITS, ctx.author, ctx.rules.policy).action, score: 0, signals: [] };
  const traits = {
    cautionary: isCautionary(words.text),
    urgent: isUrgent(words.text),
    helpOffer: offersHelp(words.text),
    hasAddress: hasWalletAddress(base.text),
    pitch: isPitch(words.text),
  };
  const decision = decide(findings, traits, ctx.author, ctx.rules.policy);
  const signals = decision.weighted
    .map(({ finding, weight }) => toSignal(source, finding, weight, ctx.locale))
    .sort((a, b) => b.weight - a.weight);
  return { action: decision.action, score: decision.score, signals };
}

function toSignal(source: string, finding: Finding, weight: number, locale: string): ScamSignal {
  const raw = source.slice(finding.from, finding.to).trim();
  const evidence = finding.kind === 'SECRET_LEAK' ? maskSecret(raw) : raw;
  return { kind: finding.kind, evidence, message: signalMessage(finding.kind, evidence, locale), weight: round(weight) };
}

// A leaked phrase or key is never echoed in full: signals end up in logs and review queues.
export function maskSecret(secret: string): string {
  const compact = secret.replace(/\s+/g, ' ');
  return compact.length <= 12 ? '…' : `${compact.slice(0, 4)}…${compact.slice(-4)}`;
}
