// Accuracy of the scam guard on a labelled corpus.
//   npm run eval:scam                      dev.jsonl and lookalikes-dev.jsonl from libs/scam-guard/corpus
//   npm run eval:scam path/to/file.jsonl   one file; posts or domains, told apart by their fields
// Exit code 0 whatever the figures; 1 only when a file cannot be read.
import { resolve } from 'node:path';
import { compileRules, DEMO_BRAND } from '#libs/scam-guard';
import { corpusPath, readJsonl } from '../libs/scam-guard/src/corpus-files.js';
import {
  evaluateLookalikes,
  evaluatePosts,
  groupBy,
  metrics,
  productMeasures,
  type CorpusLine,
  type LookalikeLine,
  type Outcome,
} from '../libs/scam-guard/src/evaluation.js';

const rules = compileRules(DEMO_BRAND, []);

function pct(x: number): string {
  return x.toFixed(3);
}

function printMetrics(title: string, outcomes: Outcome[]): void {
  const m = metrics(outcomes);
  const row = `P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${pct(m.f1)}  (tp ${m.tp} fp ${m.fp} fn ${m.fn} tn ${m.tn})`;
  console.log(`  ${title.padEnd(28)} ${row}`);
}

function printGroups(title: string, outcomes: Outcome[], key: (o: Outcome) => string): void {
  console.log(`${title}:`);
  for (const [name, group] of groupBy(outcomes, key)) {
    const caught = group.filter((o) => o.predicted).length;
    console.log(`  ${name.padEnd(28)} ${String(caught).padStart(3)}/${String(group.length).padEnd(3)} predicted positive`);
  }
}

function printMisses(outcomes: Outcome[]): void {
  const wrong = outcomes.filter((o) => o.actual !== o.predicted);
  console.log(`Misclassified (${wrong.length}):`);
  for (const o of wrong) {
    const label = o.actual ? 'FN' : 'FP';
    console.log(`  ${label} ${o.id} [${o.group}/${o.kind}] ${o.detail}\n       ${o.text.replace(/\s+/g, ' ')}`);
  }
}

// The measures: recall = any action on scams; honest posts silenced (HOLD/BLOCK) or FLAGged.
function printProductMeasures(outcomes: Outcome[]): void {
  console.log('  product measures     scams recall(any action)  legit held/blocked  legit flagged  own secrets blocked');
  const groups: Array<[string, Outcome[]]> = [...groupBy(outcomes, (o) => o.group), ['all', outcomes]];
  for (const [lang, group] of groups) {
    const m = productMeasures(group);
    const secrets = m.secrets === 0 ? '-' : `${m.secretsBlocked}/${m.secrets}`;
    console.log(
      `  lang ${lang.padEnd(16)}${String(m.scams).padStart(5)}  ${pct(m.recall).padStart(16)}  ${pct(m.legitHeld).padStart(18)}  ${pct(m.legitFlagged).padStart(13)}  ${secrets.padStart(19)}`,
    );
  }
}

function reportPosts(path: string, lines: CorpusLine[]): void {
  const outcomes = evaluatePosts(lines, rules);
  console.log(`\n== Posts: ${path} (${lines.length} lines; scam predicted = HOLD or BLOCK) ==`);
  printMetrics('overall', outcomes);
  for (const [lang, group] of groupBy(outcomes, (o) => o.group)) printMetrics(`lang ${lang}`, group);
  printProductMeasures(outcomes);
  const flagged = outcomes.filter((o) => !o.actual && o.detail.startsWith('FLAG')).length;
  const legit = outcomes.filter((o) => !o.actual).length;
  const staffHeld = outcomes.filter((o) => o.kind === 'legit_staff' && o.predicted).length;
  console.log(`  legit lines FLAGged (published, queued for review): ${flagged}/${legit}; staff answers held or blocked: ${staffHeld}`);
  printGroups('Per kind (scam kinds: recall; legit kinds: false positives)', outcomes, (o) => o.kind);
  printMisses(outcomes);
}

function reportLookalikes(path: string, lines: LookalikeLine[]): void {
  const outcomes = evaluateLookalikes(lines, rules);
  console.log(`\n== Domains: ${path} (${lines.length} lines; positive = LOOKALIKE_DOMAIN) ==`);
  printMetrics('overall', outcomes);
  printGroups('Per label (phishing: recall; official and unrelated: false positives)', outcomes, (o) => o.group);
  printGroups('Per technique', outcomes, (o) => o.kind);
  printMisses(outcomes);
}

function run(path: string): void {
  const rows = readJsonl(path);
  if (rows.length > 0 && 'domain' in rows[0]) reportLookalikes(path, rows as unknown as LookalikeLine[]);
  else reportPosts(path, rows as unknown as CorpusLine[]);
}

const arg = process.argv[2];
const files = arg ? [resolve(process.cwd(), arg)] : [corpusPath('dev.jsonl'), corpusPath('lookalikes-dev.jsonl')];
try {
  for (const file of files) run(file);
} catch (error) {
  console.error(`Cannot evaluate: ${(error as Error).message}`);
  process.exitCode = 1;
}
