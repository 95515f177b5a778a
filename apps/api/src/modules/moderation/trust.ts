import { ELEVATED_ROLES } from '../../auth/actor.js';
import { holds } from '../../auth/actor.policy.js';
import type { Role } from '../users/user.entity.js';
import type { ReportReason } from './reports/report.entity.js';

// Trust levels, in the spirit of Discourse's TL0–TL4, decide how much a user's report weighs.
// They are stored on the user and moved by the actions that change their inputs (posting,
// reporting, a moderator resolving the user's reports), never computed per request.
//
//   0 new      younger than NEW_ACCOUNT_HOURS, or no visible post yet
//   1 basic    everyone else
//   2 member   30 days old and 10 visible posts
//   3 trusted  90 days old, 30 visible posts, and at least 3 resolved reports of which moderators
//              upheld 3 in 4 or more
//   4 staff    staff, moderators and admins (with 2FA on)
// A user whose resolved reports (3 or more) were mostly dismissed drops one level: reports
// that moderators keep rejecting count for less.
export interface TrustInputs {
  ageHours: number;
  visiblePosts: number;
  reportsUpheld: number;
  reportsDismissed: number;
  roles: Role[];
  totpEnabled: boolean;
  newAccountHours: number;
}

export const TRUST_POST_CAP = 30;

export function trustLevelOf(input: TrustInputs): number {
  if (ELEVATED_ROLES.some((role) => holds(input, role))) return 4;
  const resolved = input.reportsUpheld + input.reportsDismissed;
  const upheldShare = resolved === 0 ? null : input.reportsUpheld / resolved;
  let level = 1;
  if (input.ageHours < input.newAccountHours || input.visiblePosts === 0) level = 0;
  else if (input.ageHours >= 90 * 24 && input.visiblePosts >= 30 && resolved >= 3 && upheldShare! >= 0.75) level = 3;
  else if (input.ageHours >= 30 * 24 && input.visiblePosts >= 10) level = 2;
  if (resolved >= 3 && upheldShare! < 0.5) level = Math.max(0, level - 1);
  return level;
}

// What one report adds towards hiding a post automatically. Three ordinary users reach the
// default threshold (3); for scams and phishing one trusted user does.
const TRUST_WEIGHT = [0.5, 1, 1, 1.5, 2];
const SEVERE: ReadonlySet<ReportReason> = new Set(['SCAM', 'PHISHING']);

export function reportWeight(trustLevel: number, reason: ReportReason): number {
  const base = TRUST_WEIGHT[Math.min(Math.max(trustLevel, 0), 4)];
  return SEVERE.has(reason) && trustLevel >= 3 ? base * 2 : base;
}

// How urgent a post in the review queue is. Stored with the item, so pages stay stable; within
// one priority the older item comes first.
//   guard:   the scam guard's score (0–1) × 10, and 5 more when it held the post
//   reports: each report's weight × its reason's severity (scams, phishing and impersonation 3,
//            spam and abuse 2, the rest 1)
//   hidden:  100 for a post hidden automatically by reports: it waits for a moderator's decision
const SEVERITY: Record<ReportReason, number> = { SCAM: 3, PHISHING: 3, IMPERSONATION: 3, SPAM: 2, ABUSE: 2, OFF_TOPIC: 1, OTHER: 1 };

export function reportUrgency(weight: number, reason: ReportReason): number {
  return weight * SEVERITY[reason];
}

export function guardUrgency(score: number, held: boolean): number {
  return Math.max(0, Math.min(score, 1)) * 10 + (held ? 5 : 0);
}

export function reviewPriority(item: { guard: number; reports: number; autoHidden: boolean }): number {
  return item.guard + item.reports + (item.autoHidden ? 100 : 0);
}
