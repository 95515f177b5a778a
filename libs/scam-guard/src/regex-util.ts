const NONE: RegExpExecArray[] = [];

// Matches looked at per pattern and post. Each match costs a look at its clause (negation,
// reported speech); a post that repeats one phrase thousands of times gets its verdict from
// the first ones, and the work per post stays linear in its length with a small constant.
export const MAX_MATCHES_PER_PATTERN = 256;

// All matches of a global regex, up to `limit`. Most patterns match nothing in most posts: the
// first exec fails and nothing is allocated. An exec loop on the regex itself avoids matchAll,
// which clones the regex on every call.
export function allMatches(re: RegExp, text: string, limit = MAX_MATCHES_PER_PATTERN): RegExpExecArray[] {
  re.lastIndex = 0;
  let m = re.exec(text);
  if (m === null) return NONE;
  if (!re.global) return [m];
  const found: RegExpExecArray[] = [];
  while (m !== null && found.length < limit) {
    found.push(m);
    // An empty match would repeat forever; step over one unit (a pair for an astral character).
    if (m[0].length === 0) re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
    m = re.exec(text);
  }
  re.lastIndex = 0;
  return found;
}
