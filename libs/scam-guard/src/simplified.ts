import { Converter } from 'opencc-js/t2cn';

// Traditional → Simplified Chinese, character by character, from OpenCC's tables (opencc-js):
// 電報 → 电报, 聯繫 → 联系, 凍結 → 冻结. One character for one, so offsets into the post hold;
// OpenCC's phrase-level conversions (軟體 → 软件) are not needed to match keywords.
const FIRST = 0x3400;
const LAST = 0x9fff;
let table: Uint16Array | undefined;

// One conversion of every character, each on its own line so that no phrase spans two: about a
// tenth of the time of converting them one by one.
function build(): Uint16Array {
  const toCn = Converter({ from: 't', to: 'cn' });
  const chars: string[] = [];
  for (let code = FIRST; code <= LAST; code++) chars.push(String.fromCharCode(code));
  const converted = toCn(chars.join('\n')).split('\n');
  const out = new Uint16Array(LAST - FIRST + 1);
  if (converted.length !== chars.length) return buildOneByOne(toCn, out);
  for (let i = 0; i < chars.length; i++) {
    const simple = converted[i];
    if (simple.length === 1 && simple !== chars[i]) out[i] = simple.charCodeAt(0);
  }
  return out;
}

function buildOneByOne(toCn: (text: string) => string, out: Uint16Array): Uint16Array {
  for (let code = FIRST; code <= LAST; code++) {
    const ch = String.fromCharCode(code);
    const simple = toCn(ch);
    if (simple.length === 1 && simple !== ch) out[code - FIRST] = simple.charCodeAt(0);
  }
  return out;
}

// The Simplified form of a Han code unit, or the code unit itself.
export function simplifiedUnit(code: number): number {
  if (code < FIRST || code > LAST) return code;
  table ??= build();
  return table[code - FIRST] || code;
}
