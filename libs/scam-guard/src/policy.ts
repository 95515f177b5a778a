import type { Finding, Findings } from './findings.js';
import { maxAction, minAction, type PolicyThresholds, type ScamAction, type ScanAuthor, type SignalKind } from './types.js';

// Score ≥ flag → FLAG, ≥ hold → HOLD, ≥ block → BLOCK. Only a leaked secret reaches 1, so by
// default only leaks block; the other scams are held for a moderator.
export const DEFAULT_POLICY: PolicyThresholds = { flag: 0.3, hold: 0.6, block: 1 };

// A warning ("never share your seed", "okx-support.xyz is phishing") that gives the reader no
// contact, link to click, address or request keeps a quarter of its topical weight.
const CAUTION_DAMPING = 0.25;
const PAIR_BOOST = 0.15;
const URGENCY_BOOST = 0.1;
const MAX_BOOST = 0.3;
const MAX_SCORE_WITHOUT_LEAK = 0.99;
// A kind counts as present for a combination from this weight; a bare @mention does not.
const PRESENT = 0.25;
// Two separate pieces of evidence of one kind ("加我" and "TG：@x") weigh more than one.
const SECOND_EVIDENCE = 0.5;
const MIN_SECOND = 0.3;
const MAX_KIND_WEIGHT = 0.9;

export interface PostTraits {
  cautionary: boolean;
  urgent: boolean;
  // Offers to fix, unlock or speed things up: with a private channel, the fake-support pattern.
  helpOffer: boolean;
  hasAddress: boolean;
  // Courting ("hi dear", "I can teach you"): with a returns pitch, the pig-butchering opener.
  pitch: boolean;
}

export interface Decision {
  action: ScamAction;
  score: number;
  // Each finding with the weight it actually carried.
  weighted: Array<{ finding: Finding; weight: number }>;
}

const REACH: SignalKind[] = ['CONTACT_SOLICITATION', 'EXTERNAL_LINK', 'LOOKALIKE_DOMAIN'];
const PAIRS: Array<[SignalKind, SignalKind[]]> = [
  ['IMPERSONATION', [...REACH, 'SECRET_REQUEST']],
  ['RECOVERY_SCAM', REACH],
  ['GIVEAWAY', REACH],
  ['INVESTMENT_SCAM', REACH],
  ['ILLICIT_OFFER', REACH],
  ['WALLET_DRAINER', [...REACH, 'KNOWN_PHISHING_DOMAIN']],
  ['TASK_SCAM', REACH],
  ['FAKE_SUPPORT', [...REACH, 'SECRET_REQUEST']],
];
const URGENT_WITH: SignalKind[] = [...REACH, 'SECRET_REQUEST', 'IMPERSONATION', 'GIVEAWAY', 'RECOVERY_SCAM'];
// Offers whose "send here" is a wallet address in the post: doubling, fees to release, "safe" wallets.
const PAID_TO_ADDRESS: ReadonlySet<SignalKind> = new Set<SignalKind>(['GIVEAWAY', 'RECOVERY_SCAM']);

export function decide(findings: Findings, traits: PostTraits, author: ScanAuthor, policy: PolicyThresholds): Decision {
  const damp = traits.cautionary && !findings.hasAnchor;
  const weighted = findings.items.map((finding) => ({
    finding,
    weight: damp && finding.soft ? finding.weight * CAUTION_DAMPING : finding.weight,
  }));
  const perKind = kindWeights(weighted);
  const score = combine(perKind, traits);
  return { action: actionFor(score, findings.items, author, policy), score, weighted };
}

type Weighted = Decision['weighted'];

function kindWeights(weighted: Weighted): Map<SignalKind, number> {
  const byKind = new Map<SignalKind, Weighted>();
  for (const w of weighted) {
    const list = byKind.get(w.finding.kind);
    if (list) list.push(w);
    else byKind.set(w.finding.kind, [w]);
  }
  const perKind = new Map<SignalKind, number>();
  for (const [kind, list] of byKind) {
    if (list.length > 1) list.sort((a, b) => b.weight - a.weight);
    const best = list[0];
    let second: Weighted[number] | undefined;
    for (let i = 1; i < list.length && !second; i++)
      if (list[i].weight >= MIN_SECOND && !overlaps(list[i].finding, best.finding)) second = list[i];
    const value = best.weight + (second ? SECOND_EVIDENCE * second.weight : 0);
    perKind.set(kind, best.weight >= 1 ? 1 : Math.min(MAX_KIND_WEIGHT, Math.max(best.weight, value)));
  }
  return perKind;
}

function overlaps(a: Finding, b: Finding): boolean {
  return a.from < b.to && b.from < a.to;
}

function combine(perKind: Map<SignalKind, number>, traits: PostTraits): number {
  if (perKind.size === 0) return 0;
  if ((perKind.get('SECRET_LEAK') ?? 0) >= 1) return 1;
  let keep = 1;
  for (const weight of perKind.values()) keep *= 1 - weight;
  let boost = 0;
  for (const [kind, partners] of PAIRS) {
    if (!present(perKind, kind)) continue;
    if (anyPresent(perKind, partners) || (PAID_TO_ADDRESS.has(kind) && traits.hasAddress)) boost += PAIR_BOOST;
  }
  if (traits.urgent && anyPresent(perKind, URGENT_WITH)) boost += URGENCY_BOOST;
  if (traits.helpOffer && present(perKind, 'CONTACT_SOLICITATION')) boost += PAIR_BOOST;
  if (traits.pitch && present(perKind, 'INVESTMENT_SCAM')) boost += PAIR_BOOST;
  return round(Math.min(MAX_SCORE_WITHOUT_LEAK, 1 - keep + Math.min(boost, MAX_BOOST)));
}

function present(perKind: Map<SignalKind, number>, kind: SignalKind): boolean {
  return (perKind.get(kind) ?? 0) >= PRESENT;
}

function anyPresent(perKind: Map<SignalKind, number>, kinds: readonly SignalKind[]): boolean {
  for (const kind of kinds) if (present(perKind, kind)) return true;
  return false;
}

function actionFor(score: number, findings: Finding[], author: ScanAuthor, policy: PolicyThresholds): ScamAction {
  let action: ScamAction = 'ALLOW';
  if (score >= policy.block) action = 'BLOCK';
  else if (score >= policy.hold) action = 'HOLD';
  else if (score >= policy.flag) action = 'FLAG';
  // Staff answers are reviewed, never held, for what the score says; rules and leaks still apply.
  if (author.isStaff) action = minAction(action, 'FLAG');
  for (const finding of findings) if (finding.floor) action = maxAction(action, finding.floor);
  return action;
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
