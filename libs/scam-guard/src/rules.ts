import { compileBrand, type CompiledBrand } from './brand.js';
import { compileImpersonationRules } from './detectors/impersonation.js';
import type { PhraseRule } from './detectors/phrase-rules.js';
import { escapeRegExp } from './fuzzy.js';
import { hostInfo } from './hosts.js';
import { baseView, keywordView } from './normalize.js';
import { maintainedPhishingLists, type PhishingLists } from './phishing-lists.js';
import { DEFAULT_POLICY } from './policy.js';
import { maxAction, type BrandConfig, type PolicyThresholds, type ScamAction, type ScamRuleInput } from './types.js';

export interface DomainRule {
  domain: string;
  action: ScamAction;
}

export interface WatchedGroup {
  // null: the phrases apply to every locale.
  locale: string | null;
  // Content locales already decided, so a scan does no string work for them.
  applies: Map<string, boolean>;
  re: RegExp;
  // Normalized phrase → the least action it imposes.
  actions: Map<string, ScamAction>;
}

export interface CompiledRules {
  brand: CompiledBrand;
  allowedDomains: string[];
  deniedDomains: DomainRule[];
  // Maintained lists of known phishing and known-good domains; the admins' own rules come first.
  phishingLists: PhishingLists;
  watched: WatchedGroup[];
  policy: PolicyThresholds;
  // Rules that could not be used (a domain that does not parse, an empty phrase).
  rejected: ScamRuleInput[];
  patterns: { brandName: RegExp; impersonation: PhraseRule[] };
}

// Compile once per change of the rules and reuse: scanning then does no parsing of rules.
export function compileRules(
  brand: BrandConfig,
  rules: ScamRuleInput[],
  policy: Partial<PolicyThresholds> = {},
  phishingLists: PhishingLists = maintainedPhishingLists(),
): CompiledRules {
  const compiledBrand = compileBrand(brand);
  const compiled: CompiledRules = {
    brand: compiledBrand,
    allowedDomains: [],
    deniedDomains: [],
    phishingLists,
    watched: [],
    policy: { ...DEFAULT_POLICY, ...policy },
    rejected: [],
    patterns: { brandName: new RegExp(compiledBrand.nameSource, 'u'), impersonation: compileImpersonationRules(compiledBrand.nameSource) },
  };
  const phrases = new Map<string | null, Map<string, ScamAction>>();
  for (const input of rules) {
    if (input.kind === 'WATCHED_PHRASE') addPhrase(phrases, input, compiled);
    else addDomain(input, compiled);
  }
  compiled.watched = [...phrases].map(([locale, actions]) => ({
    locale,
    actions,
    applies: new Map(),
    re: alternation([...actions.keys()]),
  }));
  return compiled;
}

function addDomain(input: ScamRuleInput, compiled: CompiledRules): void {
  const ascii = hostInfo(input.pattern.replace(/^\*\./, ''))?.ascii;
  if (!ascii) {
    compiled.rejected.push(input);
    return;
  }
  if (input.kind === 'ALLOWED_DOMAIN') compiled.allowedDomains.push(ascii);
  // A denied domain is at least held, whatever action the rule names.
  else compiled.deniedDomains.push({ domain: ascii, action: maxAction(input.action, 'HOLD') });
}

function addPhrase(phrases: Map<string | null, Map<string, ScamAction>>, input: ScamRuleInput, compiled: CompiledRules): void {
  const normalized = collapseSpaces(keywordView(baseView(input.pattern)).text);
  if (normalized.length === 0) {
    compiled.rejected.push(input);
    return;
  }
  const locale = input.locale ? input.locale.toLowerCase() : null;
  const group = phrases.get(locale) ?? new Map<string, ScamAction>();
  group.set(normalized, maxAction(group.get(normalized) ?? 'ALLOW', input.action));
  phrases.set(locale, group);
}

export function collapseSpaces(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

function alternation(phrases: string[]): RegExp {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map((p) => escapeRegExp(p).replaceAll(' ', '\\s+')).join('|'), 'gu');
}

export function groupApplies(group: WatchedGroup, contentLocale: string): boolean {
  let applies = group.applies.get(contentLocale);
  if (applies === undefined) {
    applies = localeApplies(group.locale, contentLocale);
    // Bounded: a handful of board locales in practice.
    if (group.applies.size < 64) group.applies.set(contentLocale, applies);
  }
  return applies;
}

// "zh" rules apply to "zh-CN" boards and the reverse; "en" never to "zh-CN".
export function localeApplies(ruleLocale: string | null, contentLocale: string): boolean {
  if (ruleLocale === null) return true;
  const content = contentLocale.toLowerCase();
  if (ruleLocale === content) return true;
  const [ruleLanguage, ruleRegion] = ruleLocale.split('-');
  const [contentLanguage, contentRegion] = content.split('-');
  return ruleLanguage === contentLanguage && (!ruleRegion || !contentRegion);
}
