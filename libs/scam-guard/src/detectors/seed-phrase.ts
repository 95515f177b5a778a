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
  if (MAYBE_ENGLISH_PHRASE.test(text)) {
    for (const from of longRunStarts(text, isEnglishWordAt)) {
      for (const run of wordlistRuns(text, ENGLISH, latinWords(text, from, runWindowEnd(text, from)))) judgeRun(input, ENGLISH, run);
    }
  }
  if (!SPACED_HAN.test(text) && !SEED_WORD.test(text)) return;
  for (const from of longRunStarts(text, chineseWordAt)) {
    for (const run of wordlistRuns(text, CHINESE, hanCharacters(text, from, runWindowEnd(text, from)))) judgeRun(input, CHINESE, run);
  }
}

// A run is at most MAX_RUN_TOKENS words of eight letters with MAX_GAP between them.
function runWindowEnd(text: string, from: number): number {
  return Math.min(text.length, from + MAX_RUN_TOKENS * (8 + MAX_GAP));
}

// The end of the wordlist word at `i` (-1 when a word starts there that is not on the list, 0
// when no word starts there).
type WordAt = (text: string, i: number) => number;

function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 97 && lower <= 122;
}

function isEnglishWordAt(text: string, i: number): number {
  if (!isAsciiLetter(text.charCodeAt(i)) || (i > 0 && isAsciiLetter(text.charCodeAt(i - 1)))) return 0;
  let end = i + 1;
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
  return end - i >= 3 && end - i <= 8 && ENGLISH.index.has(text.slice(i, end).toLowerCase()) ? end : -1;
}

// Code unit → whether it is a character of the Chinese wordlist (all in the BMP).
const CHINESE_UNITS = new Uint8Array(0x10000);
for (const w of chineseWords) CHINESE_UNITS[w.charCodeAt(0)] = 1;
const HAN_UNIT = /\p{Script=Han}/u;

function chineseWordAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (CHINESE_UNITS[code]) return i + 1;
  return code >= 0x2e80 && HAN_UNIT.test(text[i]) ? -1 : 0;
}

// Where runs worth judging start, in one pass without allocation: twelve wordlist words in a row,
// each within MAX_GAP of the last with no letter between, all spaced or all dense, and a dense run
// only right after a phrase word (see judgeRun). Only those stretches are tokenized: most posts have
// none, and Chinese prose, dense with wordlist characters, has none unless a phrase is announced.
const MAX_RUNS = 8;

function longRunStarts(text: string, wordAt: WordAt): number[] {
  const starts: number[] = [];
  let count = 0;
  let lastEnd = -1;
  let runStart = 0;
  let spaced = true;
  for (let i = 0; i < text.length && starts.length < MAX_RUNS; i++) {
    const end = wordAt(text, i);
    if (end === 0) continue;
    if (end < 0) {
      count = 0;
      lastEnd = -1;
      continue;
    }
    const pairSpaced = i > lastEnd;
    if (lastEnd < 0 || i - lastEnd > MAX_GAP || hasLetter(text, lastEnd, i) || (count > 1 && pairSpaced !== spaced)) {
      count = 0;
      runStart = i;
    }
    if (count === 1) spaced = pairSpaced;
    count++;
    lastEnd = end;
    i = end - 1;
    if (count === MIN_WORDS && (spaced || SEED_WORD.test(text.slice(Math.max(0, runStart - 12), runStart)))) starts.push(runStart);
  }
  return starts;
}

function* latinWords(text: string, from: number, to: number): Generator<[number, number, string]> {
  let start = -1;
  for (let i = from; i <= to; i++) {
    const code = i < to ? text.charCodeAt(i) | 0x20 : 0;
    const isLetter = code >= 97 && code <= 122;
    if (isLetter && start < 0) start = i;
    if (!isLetter && start >= 0) {
      yield [start, i, text.slice(start, i).toLowerCase()];
      start = -1;
    }
  }
}

function* hanCharacters(text: string, from: number, to: number): Generator<[number, number, string]> {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x2e80) continue;
    // A supplementary character (two units) is never on the list, but it still ends a run.
    const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    const ch = text.slice(i, i + width);
    if (HAN_UNIT.test(ch)) yield [i, i + width, ch];
    i += width - 1;
  }
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
    if (
      previousEnd !== undefined &&
      (start - previousEnd > MAX_GAP || hasLetter(text, previousEnd, start) || (run.tokens.length > 1 && spaced !== run.spaced))
    )
      close();
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
