import { collapseSpaces, groupApplies } from '../rules.js';
import type { ScanInput } from '../scan-input.js';
import { allMatches } from '../regex-util.js';

export function detectWatchedPhrases(input: ScanInput): void {
  const { words, findings, rules } = input;
  for (const group of rules.watched) {
    if (!groupApplies(group, input.contentLocale)) continue;
    for (const m of allMatches(group.re, words.text)) {
      const action = group.actions.get(collapseSpaces(m[0])) ?? 'FLAG';
      findings.add('WATCHED_PHRASE', words, m.index, m.index + m[0].length, 0.35, { floor: action, anchor: true });
    }
  }
}
