// Inputs built to find super-linear paths in the scanner: what a backtracking pattern, a scan
// back to a sentence start or a per-match look-around would turn quadratic. Each is one unit
// repeated to the requested length. Used by the linearity test and by `npm run bench:scam`.

const UNITS: ReadonlyArray<readonly [family: string, unit: string]> = [
  // Newlines and line shapes.
  ['newlines', '\n'],
  ['crlf', '\r\n'],
  ['newline+space', '\n '],
  ['quote+newline', '"\n'],
  ['dash+newline', '-\n'],
  ['blank quoted lines', '> \n'],
  // Repeated separators.
  ['dots', '.'],
  ['dot+space', '. '],
  ['ellipses', '...'],
  ['hyphens', '-'],
  ['underscores', '_'],
  ['slashes', '/'],
  ['colons', ':'],
  ['commas', ', '],
  ['ideographic commas', '、'],
  ['ideographic stops', '。'],
  ['pipes', '|'],
  ['stars', '*'],
  ['question marks', '? '],
  ['spelled dots', ' dot '],
  ['chinese dots', '点'],
  ['bracketed dots', '[.]'],
  // Long runs of one character class.
  ['spaces', ' '],
  ['tabs', '\t'],
  ['latin letters', 'a'],
  ['capitals', 'A'],
  ['digits', '1'],
  ['hex digits', 'f'],
  ['han characters', '微'],
  ['cyrillic', 'я'],
  ['full-width letters', 'ｏ'],
  ['emoji', '🔥'],
  ['zero-width spaces', '\u200b'],
  ['at signs', '@'],
  ['hashes', '#'],
  ['spaced letters', 'a '],
  ['spaced digits', '1 '],
  ['spaced han', '微 '],
  // Nested and unbalanced quotes and brackets.
  ['nested quotes', '"\'「『“‘'],
  ['curly quotes', '“'],
  ['corner brackets', '【'],
  ['square brackets', '['],
  ['parentheses', '('],
  ['quoted speech', '他说“她说“'],
  // Mixed scripts and obfuscations.
  ['mixed scripts', 'aк微1'],
  ['cyrillic brand', 'оkх'],
  ['brand in two scripts', '欧易okx'],
  ['spaced app name', 'W h a t s '],
  ['spaced wechat', '微 信 '],
  ['symbol-joined', 'V❤X'],
  ['emoji between words', 'go➡️'],
  ['tokens per line', 'ab\n'],
  ['dashed tokens', 'ab - '],
  ['spelled labels', 'okx[.]'],
  ['announced contacts', 'support below a.io '],
  ['squared letters', '🅣'],
  // Scam-shaped repeats: many partial matches of the detectors' patterns.
  ['brand words', 'okx '],
  ['brand prefixes', 'okx-'],
  ['first-hand claims', "i'm "],
  ['chinese claims', '我是'],
  ['chinese support', '欧易客服'],
  ['staff tags', '[staff'],
  ['phone starts', '+1 ('],
  ['support words', 'support '],
  ['wordlist words', 'abandon '],
  ['schemes', 'http://'],
  ['www prefixes', 'www.'],
  ['chat links', 't.me/'],
  ['handles', '@a_1 '],
  ['e-mail starts', 'a@b.'],
  ['domains', 'okx-support.xyz '],
  ['send offers', 'send 1 '],
  ['dm requests', 'DM me '],
  ['chinese dm', '私聊'],
  ['hex keys', 'ab'],
  ['seed words', 'seed phrase '],
  ['urgency', 'your account '],
];

export interface HostileInput {
  name: string;
  text: string;
}

export function hostileInputs(length: number): HostileInput[] {
  return UNITS.map(([family, unit]) => ({ name: family, text: unit.repeat(Math.ceil(length / unit.length)).slice(0, length) }));
}
