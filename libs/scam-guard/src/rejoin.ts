import type { MappedText } from './mapped-text.js';

// Letters spread out to dodge filters: "w h a t s a p p", "t.e.l.e.g.r.a.m". Three or more
// one-character tokens in a row, because two ("a b") occur in ordinary writing.
// The first character is matched before the look-behind: most positions fail on it, cheaply.
const SPACED_LETTERS =
  /[a-z0-9](?![\p{L}\p{N}])(?<![\p{L}\p{N}][a-z0-9])(?:[\s.\-_*·•|/~+\p{So}\p{Sk}]{1,3}[a-z0-9](?![\p{L}\p{N}])){2,}/gu;
// Two letters glued by a symbol or emoji: "v❤x", "v*x". Punctuation and spaces do not count here.
const SYMBOL_JOINED = /[a-z](?=[*·•|~\p{So}\p{Sk}])(?<![\p{L}\p{N}][a-z])(?:[*·•|~\p{So}\p{Sk}]{1,3}[a-z](?![\p{L}\p{N}]))+/gu;
// Chinese characters separated by spaces or symbols: "微 信", "微❤信".
const SPACED_HAN = /\p{Script=Han}(?:[\s*·•|~_\-\p{So}\p{Sk}]{1,3}\p{Script=Han})+/gu;
const SEPARATOR = /[^\p{L}\p{N}]/u;

// Emoji between words ("connect➡️wallet➡️sign", "DM💬me"): read as the spaces they stand for.
// Spaces and symbols alternate deterministically, so a long run that ends in no word is read once.
const EMOJI_BETWEEN_WORDS = /(?<=[a-z0-9])(?:\s*[\p{So}\p{Sk}])+\s*(?=[a-z0-9])/gu;
const HAS_SYMBOL = /[\p{So}\p{Sk}]/u;

export function rejoinSplitWords(view: MappedText): MappedText {
  let out = view;
  for (const re of [SPACED_LETTERS, SYMBOL_JOINED, SPACED_HAN]) {
    re.lastIndex = 0;
    if (re.test(out.text)) out = out.remove(separatorRanges(out.text, re));
  }
  return HAS_SYMBOL.test(out.text) ? out.rewrite(EMOJI_BETWEEN_WORDS, () => ' ') : out;
}

function separatorRanges(text: string, re: RegExp): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const end = m.index + m[0].length;
    let runStart = -1;
    for (let i = m.index; i < end; i++) {
      const isSeparator = isSeparatorAt(text, i);
      if (isSeparator && runStart < 0) runStart = i;
      if (!isSeparator && runStart >= 0) {
        ranges.push([runStart, i]);
        runStart = -1;
      }
    }
  }
  return ranges;
}

function isSeparatorAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return !((code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122));
  return SEPARATOR.test(text[i]) && !isLowSurrogateOfLetter(text, i);
}

// Surrogate halves of an emoji are separators too; only a half of a supplementary letter is not.
function isLowSurrogateOfLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdfff) return false;
  const start = code >= 0xdc00 ? i - 1 : i;
  const cp = text.codePointAt(start) ?? 0;
  return /[\p{L}\p{N}]/u.test(String.fromCodePoint(cp));
}
