import { classifyHost } from './lookalike.js';
import type { CompiledRules } from './rules.js';
import { scan } from './scan.js';
import type { ScamAction } from './types.js';

// Shared by the eval script and the regression test, so both judge the guard the same way.

export interface CorpusLine {
  id: string;
  lang: string;
  text: string;
  label: 'scam' | 'legit';
  kind: string;
  tags?: string[];
}

export interface LookalikeLine {
  domain: string;
  label: 'official' | 'phishing' | 'unrelated';
  technique: string;
}

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Metrics extends Confusion {
  precision: number;
  recall: number;
  f1: number;
}

export interface Outcome {
  id: string;
  group: string;
  kind: string;
  actual: boolean;
  predicted: boolean;
  detail: string;
  text: string;
  // The guard's action (posts only) and whether the line is a poster's own pasted key or phrase.
  action?: ScamAction;
  ownSecret?: boolean;
}

// The product's measures for one group of posts (issue 12).
export interface ProductMeasures {
  scams: number;
  legit: number;
  // Share of scams given any action (FLAG, HOLD or BLOCK).
  recall: number;
  // Share of legitimate posts HELD or BLOCKED, and FLAGGED.
  legitHeld: number;
  legitFlagged: number;
  // Pasted own secrets BLOCKED, of all of them.
  secretsBlocked: number;
  secrets: number;
}

const OWN_SECRET_KINDS: ReadonlySet<string> = new Set(['secret_leak', 'seed_phrase_leak']);

export function productMeasures(outcomes: Outcome[]): ProductMeasures {
  const scams = outcomes.filter((o) => o.actual);
  const legit = outcomes.filter((o) => !o.actual);
  const secrets = outcomes.filter((o) => o.ownSecret);
  const share = (part: number, all: number) => (all === 0 ? 0 : part / all);
  return {
    scams: scams.length,
    legit: legit.length,
    recall: share(scams.filter((o) => o.action !== 'ALLOW').length, scams.length),
    legitHeld: share(legit.filter((o) => o.predicted).length, legit.length),
    legitFlagged: share(legit.filter((o) => o.action === 'FLAG').length, legit.length),
    secretsBlocked: secrets.filter((o) => o.action === 'BLOCK').length,
    secrets: secrets.length,
  };
}

// A post counts as caught when it is kept from readers (HOLD or BLOCK); FLAG publishes it.
export function isCaught(action: ScamAction): boolean {
  return action === 'HOLD' || action === 'BLOCK';
}

export function metrics(outcomes: Outcome[]): Metrics {
  const c: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const o of outcomes) {
    if (o.actual && o.predicted) c.tp++;
    else if (!o.actual && o.predicted) c.fp++;
    else if (o.actual) c.fn++;
    else c.tn++;
  }
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

// Eval authors are ordinary established users, except staff answers, which are scanned as staff.
export function evaluatePosts(lines: CorpusLine[], rules: CompiledRules): Outcome[] {
  return lines.map((line) => {
    const isStaff = line.kind === 'legit_staff';
    const locale = line.lang === 'zh' ? 'zh-CN' : 'en';
    const result = scan(line.text, { locale, author: { isNewAccount: false, isStaff }, rules });
    const kinds = [...new Set(result.signals.map((s) => s.kind))].join(',');
    return {
      id: line.id,
      group: line.lang,
      kind: line.kind,
      actual: line.label === 'scam',
      predicted: isCaught(result.action),
      detail: `${result.action} ${result.score.toFixed(2)} [${kinds}]`,
      text: line.text,
      action: result.action,
      ownSecret: line.label === 'scam' && (OWN_SECRET_KINDS.has(line.kind) || (line.tags ?? []).includes('own_secret')),
    };
  });
}

// Phishing rows are positives; official and unrelated rows are negatives.
export function evaluateLookalikes(lines: LookalikeLine[], rules: CompiledRules): Outcome[] {
  return lines.map((line) => {
    const verdict = classifyHost(line.domain, rules.brand);
    return {
      id: line.domain,
      group: line.label,
      kind: line.technique,
      actual: line.label === 'phishing',
      predicted: verdict?.class === 'lookalike',
      detail: `${verdict?.class ?? 'invalid'}${verdict?.technique ? ` (${verdict.technique})` : ''}`,
      text: line.domain,
    };
  });
}

export function groupBy(outcomes: Outcome[], key: (o: Outcome) => string): Map<string, Outcome[]> {
  const groups = new Map<string, Outcome[]>();
  for (const o of outcomes) groups.set(key(o), [...(groups.get(key(o)) ?? []), o]);
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}
