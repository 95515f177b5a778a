import { confusableSkeleton, type SkeletonProfile } from './confusable-skeleton.js';

// Invisible characters a name can hide between its letters: zero-width spaces and joiners,
// bidi marks, the word joiner, the byte-order mark, soft hyphens.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/gu;
const COMBINING = /\p{M}/gu;
// What separates the words of a name: spaces, punctuation (any dash or dot), symbols.
const SEPARATOR = /[\p{Z}\p{P}\p{S}]+/gu;
const isCjk = (code: number) =>
  (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0x20000 && code <= 0x2ffff);

// Names: digits read as letters (0KX, adm1n, 5upport, s7aff, 3rror); rn and vv read as m and w,
// and `i` and `l` look alike in most fonts.
const NAME_PROFILE: SkeletonProfile = {
  keeps: (code) => code < 0x80 || isCjk(code),
  lowerFirst: false,
  digits: { '0': 'o', '1': 'l', '3': 'e', '5': 's', '7': 't' },
  pairs: [
    [/rn/g, 'm'],
    [/vv/g, 'w'],
    [/i/g, 'l'],
  ],
};

// What a name looks like, as a string two look-alike names share: NFKC (full-width forms),
// invisible and combining marks removed, Unicode TR39 confusables folded (the `confusables`
// data package), case folded, digits read as letters, rn→m and vv→w. Separators are kept here
// so that words can be told apart; `nameSkeleton` removes them.
export function skeletonWords(name: string): string[] {
  const visible = name.normalize('NFKD').replace(COMBINING, '').normalize('NFKC').replace(INVISIBLE, '');
  // Word boundaries of the name as written: separators, and a lower-to-upper case change.
  const words = visible
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .split(SEPARATOR)
    .filter(Boolean);
  return words.map(foldWord).filter(Boolean);
}

export const nameSkeleton = (name: string): string => skeletonWords(name).join('');

function foldWord(word: string): string {
  return confusableSkeleton(word, NAME_PROFILE).replace(SEPARATOR, '');
}
