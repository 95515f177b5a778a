import { describe, expect, it } from 'vitest';
import { guardUrgency, reportUrgency, reportWeight, reviewPriority, trustLevelOf, type TrustInputs } from './trust.js';

const DAY = 24;
const base: TrustInputs = {
  ageHours: 40 * DAY,
  visiblePosts: 12,
  reportsUpheld: 0,
  reportsDismissed: 0,
  roles: ['USER'],
  totpEnabled: false,
  newAccountHours: 72,
};

describe('trust levels', () => {
  it.each<[string, Partial<TrustInputs>, number]>([
    ['a day-old account', { ageHours: 20 }, 0],
    ['an account with no visible post', { visiblePosts: 0 }, 0],
    ['an ordinary account', { ageHours: 10 * DAY, visiblePosts: 3 }, 1],
    ['a member: 30 days and 10 posts', {}, 2],
    ['old and active, but with no record of reports', { ageHours: 200 * DAY, visiblePosts: 30 }, 2],
    [
      'trusted: 90 days, 30 posts, 3 of 4 reports upheld',
      { ageHours: 100 * DAY, visiblePosts: 30, reportsUpheld: 3, reportsDismissed: 1 },
      3,
    ],
    ['not trusted with half of its reports dismissed', { ageHours: 100 * DAY, visiblePosts: 30, reportsUpheld: 2, reportsDismissed: 2 }, 2],
    ['a member whose reports are mostly dismissed drops a level', { reportsUpheld: 1, reportsDismissed: 3 }, 1],
    ['a new account with dismissed reports stays at 0', { ageHours: 10, reportsDismissed: 5 }, 0],
    ['staff and moderators', { ageHours: 1, visiblePosts: 0, roles: ['USER', 'MODERATOR'], totpEnabled: true }, 4],
    ['a moderator without 2FA is weighed as an ordinary account', { roles: ['USER', 'MODERATOR'], totpEnabled: false }, 2],
  ])('%s: level %i', (_name, inputs, level) => {
    expect(trustLevelOf({ ...base, ...inputs })).toBe(level);
  });
});

describe('report weights and review priority', () => {
  it('lets three ordinary users, or one trusted user reporting a scam, reach the default threshold of 3', () => {
    expect(3 * reportWeight(1, 'SPAM')).toBe(3);
    expect(reportWeight(3, 'SCAM')).toBe(3);
    expect(reportWeight(3, 'PHISHING')).toBe(3);
    expect(reportWeight(3, 'OFF_TOPIC')).toBeLessThan(3);
    expect(5 * reportWeight(0, 'SCAM')).toBeLessThan(3);
  });

  it('ranks scams above spam above the rest, the guard by its score, and auto-hidden posts above all', () => {
    expect(reportUrgency(1, 'SCAM')).toBeGreaterThan(reportUrgency(1, 'SPAM'));
    expect(reportUrgency(1, 'SPAM')).toBeGreaterThan(reportUrgency(1, 'OTHER'));
    expect(guardUrgency(0.9, true)).toBe(14);
    expect(guardUrgency(2, false)).toBe(10);
    const hidden = reviewPriority({ guard: 0, reports: 3, autoHidden: true });
    expect(hidden).toBeGreaterThan(reviewPriority({ guard: 15, reports: 60, autoHidden: false }));
  });
});
