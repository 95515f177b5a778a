import { isNegatedBefore, isQuotedOrReported } from '../context.js';
import { hasCapture, splitByScript } from '../regex-branches.js';
import { allMatches } from '../regex-util.js';
import type { ScanInput } from '../scan-input.js';
import type { SignalKind } from '../types.js';

export interface PhraseRule {
  kind: SignalKind;
  weight: number;
  // The branches that begin with a Chinese character, run only on posts that have one, and the rest.
  han: RegExp | null;
  re: RegExp | null;
  // Optional check on the match, e.g. that a doubling really returns more than was sent.
  accept?: (m: RegExpMatchArray) => boolean;
}

export const QUOTED_DAMPING = 0.25;

// What a scam's "teacher" (老师, 导师) leads to: trading, contracts, earnings; a school trip it is not.
export const ZH_TRADE = '(?:做单|做合约|合约|赚|上车|操作|交易|炒|投资|理财|币)';

// Runs keyword rules on the keyword view. Matches preceded by a negation in their clause
// ("no exchange doubles your coins", "没有任何交易所会翻倍返还") are statements, not offers.
export function runPhraseRules(input: ScanInput, rules: readonly PhraseRule[]): void {
  for (const rule of rules) {
    if (rule.re) matchRule(input, rule, rule.re);
    if (rule.han && input.hasHan) matchRule(input, rule, rule.han);
  }
}

function matchRule(input: ScanInput, rule: PhraseRule, re: RegExp): void {
  const { words, findings } = input;
  const text = words.text;
  for (const m of allMatches(re, text)) {
    if (findings.isFull(rule.kind)) break;
    if (rule.accept && !rule.accept(m)) continue;
    if (isNegatedBefore(text, m.index)) continue;
    // Quoted or reported ("keep posting 'recover your funds'"): someone else's words, a quarter of the weight.
    const weight = isQuotedOrReported(text, m.index) ? rule.weight * QUOTED_DAMPING : rule.weight;
    findings.add(rule.kind, words, m.index, m.index + m[0].length, weight, { soft: true });
  }
}

export function rule(kind: SignalKind, weight: number, source: string | string[], accept?: PhraseRule['accept']): PhraseRule {
  const joined = Array.isArray(source) ? source.join('|') : source;
  // Captures are numbered across branches, so a rule that reads them stays whole.
  const split = hasCapture(joined) ? { han: null, other: joined } : splitByScript(joined);
  const compile = (part: string | null) => (part === null ? null : new RegExp(part, 'gu'));
  return { kind, weight, han: compile(split.han), re: compile(split.other), accept };
}
