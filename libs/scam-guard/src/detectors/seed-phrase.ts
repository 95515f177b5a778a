import { validateMnemonic } from '@scure/bip39';
import { wordlist as englishWords } from '@scure/bip39/wordlists/english.js';
import { wordlist as chineseWords } from '@scure/bip39/wordlists/simplified-chinese.js';
import type { ScanInput } from '../scan-input.js';

interface Token {
  start: number;
  end: number;
  word: string;
}

interface Language {
  words: string[];
  set: Set<string>;
  token: RegExp;
  // Chinese prose is dense with wordlist characters.
  denseProse: boolean;
}

const ENGLISH: Language = { words: englishWords, set: new Set(englishWords), token: /[a-z]+/gi, denseProse: false };
const CHINESE: Language = { words: chineseWords, set: new Set(chineseWords), token: /\p{Script=Han}/gu, denseProse: true };

const MIN_WORDS = 12;
const MAX_CHECKS = 64;
const LETTER = /\p{L}/u;
const CONTEXT = /seed|phrase|mnemonic|words|recovery|backup|wallet|助记词|种子|钱包|密语/i;
const SEED_WORD = /助记词|种子|密语|mnemonic|seed/i;

export function detectSeedPhrases(input: ScanInput): void {
  for (const language of [ENGLISH, CHINESE]) {
    for (const run of wordlistRuns(input.base.text, language)) judgeRun(input, language, run);
  }
}

interface Run {
  tokens: Token[];
  // Every pair of words has something between them: how phrases are written down.
  spaced: boolean;
}

// Runs of consecutive wordlist words separated only by spaces, punctuation or numbering. A run is
// either spaced ("旬 岁 优", any English) or dense ("旬岁优"); a change of style ends it.
function wordlistRuns(text: string, language: Language): Run[] {
  const runs: Run[] = [];
  let run: Run = { tokens: [], spaced: true };
  const close = () => {
    if (run.tokens.length >= MIN_WORDS) runs.push(run);
    run = { tokens: [], spaced: true };
  };
  for (const m of text.matchAll(language.token)) {
    const previous = run.tokens[run.tokens.length - 1];
    const gap = previous ? text.slice(previous.end, m.index) : '';
    const spaced = gap.length > 0;
    if (previous && (gap.length > 6 || LETTER.test(gap) || (run.tokens.length > 1 && spaced !== run.spaced))) close();
    const word = m[0].toLowerCase();
    if (!language.set.has(word)) {
      close();
      continue;
    }
    if (run.tokens.length === 1) run.spaced = spaced;
    run.tokens.push({ start: m.index, end: m.index + m[0].length, word });
  }
  close();
  return runs;
}

function judgeRun(input: ScanInput, language: Language, run: Run): void {
  const text = input.base.text;
  const start = run.tokens[0].start;
  const end = run.tokens[run.tokens.length - 1].end;
  const before = text.slice(Math.max(0, start - 80), start);
  const context = CONTEXT.test(before + text.slice(end, end + 40));
  // Chinese prose often has a dozen wordlist characters in a row: unspaced runs need both
  // a phrase word just before and a valid checksum.
  if (!run.spaced && !(language.denseProse && SEED_WORD.test(before.slice(-12)) && hasValidWindow(run.tokens, language))) return;
  const weight = context || hasValidWindow(run.tokens, language) ? 1 : 0.6;
  input.findings.add('SECRET_LEAK', input.base, start, end, weight, weight === 1 ? { floor: 'BLOCK', anchor: true } : {});
}

// BIP39 phrases are 12, 15, 18, 21 or 24 words with a checksum in the last one.
function hasValidWindow(run: Token[], language: Language): boolean {
  let checks = 0;
  for (const size of [24, 21, 18, 15, 12]) {
    for (let i = 0; i + size <= run.length && checks < MAX_CHECKS; i++, checks++) {
      const phrase = run.slice(i, i + size).map((t) => t.word).join(' ');
      if (validateMnemonic(phrase, language.words)) return true;
    }
  }
  return false;
}
