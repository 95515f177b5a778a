import type { ReportReason } from '../../gql/graphql';

// The preset reasons a moderator picks from (their text is in the `moderation` locale, in the
// moderator's language); free text replaces them.
export const PRESET_REASONS = ['scam', 'phishing', 'impersonation', 'spam', 'abuse', 'offTopic', 'noViolation'] as const;
export type PresetReason = (typeof PRESET_REASONS)[number];

const FROM_REPORT: Record<ReportReason, PresetReason> = {
  SCAM: 'scam',
  PHISHING: 'phishing',
  IMPERSONATION: 'impersonation',
  SPAM: 'spam',
  ABUSE: 'abuse',
  OFF_TOPIC: 'offTopic',
  OTHER: 'spam',
};

// The reason an item most likely calls for: the scam guard's flag, else the first report's reason.
export function suggestedReason(item: { verdict?: unknown; reports: readonly { reason: ReportReason }[] }): PresetReason {
  if (item.verdict) return 'scam';
  const first = item.reports[0];
  return first ? FROM_REPORT[first.reason] : 'spam';
}

// Ban periods offered, in days; null is until lifted.
export const BAN_PERIODS = [1, 7, 30, null] as const;
export type BanPeriod = (typeof BAN_PERIODS)[number];

export function banUntil(period: BanPeriod, now: number = Date.now()): string | null {
  return period === null ? null : new Date(now + period * 86_400_000).toISOString();
}
