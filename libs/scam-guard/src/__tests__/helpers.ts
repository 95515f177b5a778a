import { compileRules, type CompiledRules } from '../rules.js';
import { DEMO_BRAND } from '../brand.js';
import { scan } from '../scan.js';
import type { ScamRuleInput, ScanAuthor, ScanResult, SignalKind } from '../types.js';

export const defaultRules = compileRules(DEMO_BRAND, []);

export function scanAs(
  text: string,
  options: { author?: Partial<ScanAuthor>; rules?: CompiledRules; locale?: string; contentLocale?: string } = {},
): ScanResult {
  return scan(text, {
    locale: options.locale ?? 'en',
    contentLocale: options.contentLocale,
    author: { isNewAccount: false, isStaff: false, ...options.author },
    rules: options.rules ?? defaultRules,
  });
}

export function kinds(result: ScanResult): SignalKind[] {
  return [...new Set(result.signals.map((s) => s.kind))];
}

export function rulesWith(rules: ScamRuleInput[]): CompiledRules {
  return compileRules(DEMO_BRAND, rules);
}
