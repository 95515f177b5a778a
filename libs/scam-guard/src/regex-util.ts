const NONE: RegExpExecArray[] = [];

// All matches of a global regex. Most patterns match nothing in most posts: the first exec fails
// and nothing is allocated. An exec loop on the regex itself avoids matchAll, which clones the
// regex on every call.
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0;
  let m = re.exec(text);
  if (m === null) return NONE;
  if (!re.global) return [m];
  const found: RegExpExecArray[] = [];
  while (m !== null) {
    found.push(m);
    // An empty match would repeat forever; step over one unit (a pair for an astral character).
    if (m[0].length === 0) re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
    m = re.exec(text);
  }
  re.lastIndex = 0;
  return found;
}
