import {
  compileRules,
  scan,
  type BrandConfig,
  type CompiledRules,
  type ScamRuleInput,
  type ScanAuthor,
  type ScanResult,
} from '#libs/scam-guard';

// What a scan worker needs to compile the rules: plain data, cloned to the worker.
export interface RuleSource {
  // Changes whenever the brand or the rules do.
  version: string;
  brand: BrandConfig;
  rules: ScamRuleInput[];
}

export interface ScanTask {
  text: string;
  locale: string;
  contentLocale: string;
  author: ScanAuthor;
  rules: RuleSource;
}

let compiled: { version: string; rules: CompiledRules } | undefined;

// Runs in a worker thread (scan-pool.ts): the same scan as on the main thread, with this
// worker's compiled copy of the rules.
export default function scanInWorker(task: ScanTask): ScanResult {
  if (compiled?.version !== task.rules.version)
    compiled = { version: task.rules.version, rules: compileRules(task.rules.brand, task.rules.rules) };
  return scan(task.text, { locale: task.locale, contentLocale: task.contentLocale, author: task.author, rules: compiled.rules });
}
