import { confusablesMap } from 'confusables';
import { isCjk } from './normalize.js';

// Multi-letter look-alikes from Unicode TR39 that matter in hostnames.
const PAIRS: Array<[RegExp, string]> = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
];
// TR39 folds 0/o and 1/l/I together; other digits stay distinct so that "okx365" keeps its shape.
const DIGITS: Record<string, string> = { '0': 'o', '1': 'l', i: 'l' };

// A TR39-style skeleton: two strings with equal skeletons look the same to a reader. Used only to
// compare a host with the official ones, never to rewrite what is scanned.
export function skeleton(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKC').toLowerCase()) {
    const code = ch.codePointAt(0) ?? 0;
    const folded = code < 0x80 || isCjk(code) ? ch : (confusablesMap.get(ch) ?? ch).toLowerCase();
    for (const c of folded) out += DIGITS[c] ?? c;
  }
  for (const [re, to] of PAIRS) out = out.replace(re, to);
  return out;
}
