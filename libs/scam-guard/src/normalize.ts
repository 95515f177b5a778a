import { confusablesMap } from 'confusables';
import { MappedText, MappedTextBuilder } from './mapped-text.js';
import { simplifiedUnit } from './simplified.js';
import { rejoinSplitWords } from './rejoin.js';

// Invisible characters used to break up keywords: format controls (zero-width, bidi, BOM, soft
// hyphen), variation selectors, the combining grapheme joiner and blank-looking fillers.
const INVISIBLE = /^(?:[\p{Cf}\u034f\ufe00-\ufe0f\u115f\u1160\u3164\uffa0\u2800]|\udb40[\udd00-\uddef])$/u;
// IDNA treats these as label separators, and scammers use them to dodge naive link filters.
const DOT_VARIANTS = new Set(['\u3002', '\uff0e', '\uff61', '\u2024', '\ufe52']);
const MARK = /^\p{M}+$/u;
// eslint-disable-next-line no-control-regex -- the whole ASCII range, NUL included, is what "ASCII" means here
const ASCII = /^[\x00-\x7f]*$/;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

const baseCache = new Map<string, string>();
const keywordCache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

export function isCjk(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xffef) ||
    code >= 0x20000
  );
}

function cached(cache: Map<string, string>, ch: string, fold: (ch: string) => string): string {
  let out = cache.get(ch);
  if (out === undefined) {
    out = fold(ch);
    if (cache.size < CACHE_LIMIT) cache.set(ch, out);
  }
  return out;
}

function foldBase(ch: string): string {
  if (INVISIBLE.test(ch)) return '';
  if (DOT_VARIANTS.has(ch)) return '.';
  const nfkc = ch.normalize('NFKC');
  return DOT_VARIANTS.has(nfkc) ? '.' : nfkc;
}

// Confusables fold only non-CJK characters: the package maps common Chinese characters
// (山, 七, 丁 …) to Latin letters, which would corrupt Chinese text.
function foldKeyword(ch: string): string {
  if (MARK.test(ch)) return '';
  const enclosed = enclosedLetter(ch.codePointAt(0) ?? 0);
  if (enclosed) return enclosed;
  // Symbols stay: the package folds hearts and stars to letters, and emoji act as separators.
  if (isCjk(ch.codePointAt(0) ?? 0) || !LETTER_OR_DIGIT.test(ch)) return ch;
  return (confusablesMap.get(ch) ?? ch).toLowerCase();
}

// Squared and negative circled/squared capitals (🅣🅔🅛🅔🅖🅡🅐🅜, 🆃🅴🅻): symbols that NFKC and the
// confusables table leave alone, used to spell keywords. Regional indicators (flags) are not folded.
const ENCLOSED_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1f130, 0x1f149],
  [0x1f150, 0x1f169],
  [0x1f170, 0x1f189],
];

function enclosedLetter(code: number): string | null {
  for (const [start, end] of ENCLOSED_RANGES) if (code >= start && code <= end) return String.fromCharCode(97 + code - start);
  return null;
}

// The view used for links, keys and seed phrases: what a browser or wallet would read.
// Case and scripts are kept, so a Cyrillic "окх.com" is not mistaken for the official domain.
export function baseView(source: string): MappedText {
  if (ASCII.test(source)) return MappedText.identity(source);
  const out = new MappedTextBuilder(source);
  for (let i = 0; i < source.length;) {
    const code = source.charCodeAt(i);
    // ASCII and unified ideographs are already NFKC-stable.
    if (code < 0x80 || (code >= 0x4e00 && code <= 0x9fff)) {
      out.pushUnit(code, i);
      i++;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < source.length ? 2 : 1;
    out.push(cached(baseCache, source.slice(i, i + width), foldBase), i);
    i += width;
  }
  return out.build();
}

function foldView(base: MappedText): MappedText {
  // Lower-casing ASCII keeps every offset, so the origins carry over.
  if (ASCII.test(base.text)) return new MappedText(base.text.toLowerCase(), base.origin, base.source);
  const out = new MappedTextBuilder(base.source);
  const text = base.text;
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out.pushUnit(code >= 65 && code <= 90 ? code + 32 : code, base.origin[i]);
      i++;
      continue;
    }
    // Traditional characters fold to Simplified (電報 → 电报), so keywords are written once.
    if (code >= 0x3400 && code <= 0x9fff) {
      out.pushUnit(simplifiedUnit(code), base.origin[i]);
      i++;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    out.push(cached(keywordCache, text.slice(i, i + width), foldKeyword), base.origin[i]);
    i += width;
  }
  return out.build();
}

// The view used for keywords: lower case, confusables folded to Latin, split words rejoined.
export function keywordView(base: MappedText): MappedText {
  return rejoinSplitWords(foldView(base));
}

export interface NormalizedText {
  text: string;
  // map[i] is the offset in the original text of text[i]; map[text.length] is its length.
  map: Int32Array;
  // The original text of the normalized range [start, end).
  original(start: number, end: number): string;
}

export function normalize(text: string): NormalizedText {
  const view = keywordView(baseView(text));
  return { text: view.text, map: view.origin, original: (start, end) => view.evidence(start, end) };
}
