import { isQuestionAt } from './context.js';
import type { MappedText } from './mapped-text.js';
import type { ScamAction, SignalKind } from './types.js';

// Kinds whose evidence, inside a question ("Is @okx_en the real group?", "能追回吗？"), is asked
// about rather than offered. Requests for secrets stay whole: "what's your seed phrase?" asks.
const ASKED_ABOUT: ReadonlySet<SignalKind> = new Set<SignalKind>([
  'EXTERNAL_LINK',
  'LOOKALIKE_DOMAIN',
  'CONTACT_SOLICITATION',
  'GIVEAWAY',
  'RECOVERY_SCAM',
  'INVESTMENT_SCAM',
  'ILLICIT_OFFER',
  'IMPERSONATION',
  'WALLET_DRAINER',
  'TASK_SCAM',
  'FAKE_SUPPORT',
]);
const QUESTION_DAMPING = 0.4;

export interface FindingOptions {
  // The finding gives the reader a way to act (a contact, a call to click, an address to pay, a
  // request for a secret). Cautionary posts without any anchor are warnings, not scams.
  anchor?: boolean;
  // The finding is a topic that warnings also mention; it is damped in cautionary posts.
  soft?: boolean;
  // The least action the finding imposes, whatever the score (rules, leaks).
  floor?: ScamAction;
}

export interface Finding extends FindingOptions {
  kind: SignalKind;
  weight: number;
  // Offsets in the original text.
  from: number;
  to: number;
}

export class Findings {
  readonly items: Finding[] = [];
  private static readonly PER_KIND_LIMIT = 16;

  constructor(private readonly source: string) {}

  add(kind: SignalKind, view: MappedText, start: number, end: number, weight: number, options: FindingOptions = {}): void {
    if (this.isFull(kind)) return;
    const [from, to] = view.sourceRange(start, end);
    if (ASKED_ABOUT.has(kind) && isQuestionAt(this.source, from, to)) weight *= QUESTION_DAMPING;
    const same = this.items.find((f) => f.kind === kind && f.from === from && f.to === to);
    if (same) {
      same.weight = Math.max(same.weight, weight);
      same.anchor ||= options.anchor;
      return;
    }
    this.items.push({ kind, weight, from, to, ...options });
  }

  // No more findings of this kind are kept: detectors can stop looking for them.
  isFull(kind: SignalKind): boolean {
    return this.count(kind) >= Findings.PER_KIND_LIMIT;
  }

  has(kind: SignalKind): boolean {
    return this.items.some((f) => f.kind === kind);
  }

  count(kind: SignalKind): number {
    let n = 0;
    for (const f of this.items) if (f.kind === kind) n++;
    return n;
  }

  get hasAnchor(): boolean {
    return this.items.some((f) => f.anchor);
  }
}
