// How long a text is for the limits on titles and short fields, fair to Chinese: a CJK character
// carries about as much as two Latin letters, so it counts two (提币未到, four characters, is a
// whole title; so is "Withdrawal stuck", sixteen). Counted by code point, so an emoji counts once.
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

export function textLength(text: string): number {
  let length = 0;
  for (const ch of text) length += WIDE.test(ch) ? 2 : 1;
  return length;
}
