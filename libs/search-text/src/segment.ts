import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

// One jieba per process: its dictionary takes about a third of a second to load.
let jieba: Jieba | undefined;
const segmenter = () => (jieba ??= Jieba.withDict(dict));

// A token worth indexing: letters or digits of any script (punctuation and spaces are not).
const WORD = /[\p{L}\p{N}]/u;
const MAX_TERM = 40;

// The words of a text, as the search index and its queries both see them: jieba's search
// segmentation (long words and the shorter words inside them, so that 验证 finds 身份验证),
// which also splits Latin words and numbers out of mixed text (USDT提币 → usdt, 提币), lower-cased.
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of segmenter().cutForSearch(text, true)) {
    const term = token.trim().toLowerCase();
    if (term && term.length <= MAX_TERM && WORD.test(term)) terms.push(term);
  }
  return terms;
}

// The text handed to PostgreSQL's `english` configuration (which stems the Latin words:
// pending → pend, withdrawals → withdraw, and keeps each Chinese word as a lexeme).
export const indexText = (text: string): string => searchTerms(text).join(' ');
