import { createHash } from 'node:crypto';
import { wordlist as englishWords } from '@scure/bip39/wordlists/english.js';
import { wordlist as chineseWords } from '@scure/bip39/wordlists/simplified-chinese.js';
import type { ScanInput } from '../scan-input.js';

interface Token {
  start: number;
  end: number;
  index: number;
}

interface Run {
  tokens: Token[];
  // Every pair of words has something between them: how phrases are written down.
  spaced: boolean;
}

interface Language {
  index: Map<string, number>;
  // Chinese prose is dense with wordlist characters.
  denseProse: boolean;
}

const ENGLISH: Language = { index: new Map(englishWords.map((w, i) => [w, i])), denseProse: false };
const CHINESE: Language = { index: new Map(chineseWords.map((w, i) => [w, i])), denseProse: true };

const MIN_WORDS = 12;
// The longest phrase is 24 words; tokens past this many in one run add nothing to judge it with.
const MAX_RUN_TOKENS = 64;
const MAX_GAP = 6;
const MAX_CHECKS = 64;
const CONTEXT = /seed|phrase|mnemonic|words|recovery|backup|wallet|助记词|种子|钱包|密语/i;
const SEED_WORD = /助记词|种子|密语|mnemonic|seed/i;
// Chinese is only worth tokenizing when characters are spaced out or a phrase is announced.
const SPACED_HAN = /\p{Script=Han}[\s,、]{1,3}\p{Script=Han}[\s,、]{1,3}\p{Script=Han}/u;

// Twelve words of three to eight letters in a row, the shape of every English BIP39 phrase.
const MAYBE_ENGLISH_PHRASE = /(?:\b[a-z]{3,8}[^a-z]{1,6}){11}[a-z]{3,8}\b/i;

export function detectSeedPhrases(input: ScanInput): void {
  const text = input.base.text;
  if (MAYBE_ENGLISH_PHRASE.test(text)) for (const run of wordlistRuns(text, ENGLISH, latinWords(text))) judgeRun(input, ENGLISH, run);
  if (!SPACED_HAN.test(text) && !SEED_WORD.test(text)) return;
  for (const run of wordlistRuns(text, CHINESE, hanCharacters(text))) judgeRun(input, CHINESE, run);
}

function* latinWords(text: string): Generator<[number, number, string]> {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) | 0x20 : 0;
    const isLetter = code >= 97 && code <= 122;
    if (isLetter && start < 0) start = i;
    if (!isLetter && start >= 0) {
      yield [start, i, text.slice(start, i).toLowerCase()];
      start = -1;
    }
  }
}

function* hanCharacters(text: string): Generator<[number, number, string]> {
  for (const m of text.matchAll(/\p{Script=Han}/gu)) yield [m.index, m.index + m[0].length, m[0]];
}

// Runs of consecutive wordlist words separated only by spaces, punctuation or numbering. A run is
// either spaced ("旬 岁 优", any English) or dense ("旬岁优"); a change of style ends it.
function wordlistRuns(text: string, language: Language, words: Iterable<[number, number, string]>): Run[] {
  const runs: Run[] = [];
  let run: Run = { tokens: [], spaced: true };
  let lastEnd: number | undefined;
  const close = () => {
    if (run.tokens.length >= MIN_WORDS) runs.push(run);
    run = { tokens: [], spaced: true };
  };
  for (const [start, end, word] of words) {
    const previous = run.tokens[run.tokens.length - 1];
    const previousEnd = run.tokens.length < MAX_RUN_TOKENS ? previous?.end : lastEnd;
    const spaced = previousEnd !== undefined ? start > previousEnd : true;
    if (previousEnd !== undefined && (start - previousEnd > MAX_GAP || hasLetter(text, previousEnd, start) || (run.tokens.length > 1 && spaced !== run.spaced))) close();
    lastEnd = end;
    const index = language.index.get(word);
    if (index === undefined) {
      close();
      continue;
    }
    if (run.tokens.length === 1) run.spaced = spaced;
    if (run.tokens.length < MAX_RUN_TOKENS) run.tokens.push({ start, end, index });
  }
  close();
  return runs;
}

const LETTER = /\p{L}/u;

function hasLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i) | 0x20;
    if (code >= 97 && code <= 122) return true;
    if (text.charCodeAt(i) >= 0x80 && LETTER.test(text[i])) return true;
  }
  return false;
}

function judgeRun(input: ScanInput, language: Language, run: Run): void {
  const text = input.base.text;
  const start = run.tokens[0].start;
  const end = run.tokens[run.tokens.length - 1].end;
  const before = text.slice(Math.max(0, start - 80), start);
  const context = CONTEXT.test(before + text.slice(end, end + 40));
  // Chinese prose often has a dozen wordlist characters in a row: unspaced runs need both
  // a phrase word just before and a valid checksum.
  if (!run.spaced && !(language.denseProse && SEED_WORD.test(before.slice(-12)) && hasValidWindow(run.tokens))) return;
  const weight = context || hasValidWindow(run.tokens) ? 1 : 0.6;
  input.findings.add('SECRET_LEAK', input.base, start, end, weight, weight === 1 ? { floor: 'BLOCK', anchor: true } : {});
}

// BIP39 phrases are 12, 15, 18, 21 or 24 words with a checksum in the last one.
function hasValidWindow(run: Token[]): boolean {
  let checks = 0;
  for (const size of [24, 21, 18, 15, 12]) {
    for (let i = 0; i + size <= run.length && checks < MAX_CHECKS; i++, checks++) {
      if (checksumValid(run.slice(i, i + size).map((t) => t.index))) return true;
    }
  }
  return false;
}

// Each word carries 11 bits; the last words/3 bits are the head of SHA-256 over the entropy.
export function checksumValid(indices: number[]): boolean {
  let bits = 0n;
  for (const index of indices) bits = (bits << 11n) | BigInt(index);
  const checksumBits = BigInt(indices.length / 3);
  const entropyBytes = (indices.length * 11 - indices.length / 3) / 8;
  const checksum = bits & ((1n << checksumBits) - 1n);
  const entropy = Buffer.from((bits >> checksumBits).toString(16).padStart(entropyBytes * 2, '0'), 'hex');
  const digest = createHash('sha256').update(entropy).digest();
  return BigInt(digest[0] >> (8 - Number(checksumBits))) === checksum;
}
