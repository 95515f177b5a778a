import { confusablesMap } from 'confusables';

// How one kind of text is folded into its skeleton. Names and hostnames share the folding and
// differ in details: digits read as letters in names (5upport, s7aff), not in hosts (okx365).
export interface SkeletonProfile {
  // Characters left as they are: ASCII and the scripts that have no confusables worth folding.
  keeps(code: number): boolean;
  // Lower-case before looking confusables up (hosts), or after (names).
  lowerFirst: boolean;
  digits: Readonly<Record<string, string>>;
  // Letter runs that read as one letter (rn → m), applied to the folded text.
  pairs: ReadonlyArray<readonly [RegExp, string]>;
}

// The one TR39-style skeleton of the project (the `confusables` data package): two texts whose
// skeletons are equal look the same to a reader. The impersonation guard folds names with it,
// the scam guard hosts.
export function confusableSkeleton(text: string, profile: SkeletonProfile): string {
  let out = '';
  for (const ch of profile.lowerFirst ? text.toLowerCase() : text) {
    const code = ch.codePointAt(0) ?? 0;
    const folded = profile.keeps(code) ? ch : (confusablesMap.get(ch) ?? ch);
    for (const c of folded.toLowerCase()) out += profile.digits[c] ?? c;
  }
  for (const [re, to] of profile.pairs) out = out.replace(re, to);
  return out;
}
