import type { Findings } from './findings.js';
import type { MappedText } from './mapped-text.js';
import type { CompiledRules } from './rules.js';
import type { ScanAuthor } from './types.js';

// What every detector reads: the original text in two normalized views, and who posts it where.
export interface ScanInput {
  source: string;
  // Case and scripts kept: links, keys, seed phrases, addresses.
  base: MappedText;
  // Lower case, confusables folded, split words rejoined: keywords.
  words: MappedText;
  // The post has a Chinese character: rules' Chinese branches are only run then.
  hasHan: boolean;
  rules: CompiledRules;
  author: ScanAuthor;
  contentLocale: string;
  findings: Findings;
}
