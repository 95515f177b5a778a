const NONE: RegExpExecArray[] = [];

// All matches of a global regex, after a cheap test: most patterns match nothing in most posts,
// and a test costs far less than building matches.
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0;
  const found = re.test(text);
  // matchAll starts from lastIndex, which test() moved past the first match.
  re.lastIndex = 0;
  return found ? [...text.matchAll(re)] : NONE;
}
