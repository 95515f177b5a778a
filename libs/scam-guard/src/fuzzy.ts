// Digit and symbol look-alikes used in keywords ("wh4tsapp", "p@ssword", "te1egram"). Applied to
// keyword patterns rather than to the text, so phone numbers and IDs keep their digits.
const LEET: Record<string, string> = {
  a: 'a4@',
  b: 'b8',
  e: 'e3',
  g: 'g9',
  i: 'i1l!|',
  l: 'l1i|',
  o: 'o0',
  s: 's5$',
  t: 't7',
  z: 'z2',
};

function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

export function escapeRegExp(text: string): string {
  return [...text].map(escapeChar).join('');
}

// A regex source for a keyword, tolerant to look-alike digits. With `split`, one separator may
// sit between letters ("tele gram", "what's app"); spaced-out words are rejoined earlier.
export function leet(word: string, split = false): string {
  const joint = split ? "[\\s.\\-_*']?" : '';
  return word
    .split(' ')
    .map((part) => [...part].map(leetChar).join(joint))
    .join('[\\s\\-_]{0,2}');
}

function leetChar(ch: string): string {
  const alts = LEET[ch];
  return alts ? `[${[...alts].map(escapeChar).join('')}]` : escapeChar(ch);
}

// An alternation of keywords, each tolerant to look-alikes.
export function anyOf(words: readonly string[], split = false): string {
  return `(?:${words.map((w) => leet(w, split)).join('|')})`;
}
