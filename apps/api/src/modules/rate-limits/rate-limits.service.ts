import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor.js';
import { AppConfig } from '../../config/app-config.js';
import { LimiterStore, rateLimited, secondsToWait, type Rule } from './limiter-store.js';

// Limits in the spirit of Discourse's defaults: new accounts post slowly and a few times a day,
// established ones at conversation speed; anonymous endpoints that cost work are limited by
// address. BEACON_RATE_LIMITS=off turns these off (load tests, harnesses); it never touches
// the login throttle (auth/login-throttle.ts), which uses the same store.
//
// A new limit is a line in RULES: by account age (newAccount / established, keyed by the
// account) or by who asks (anonymous, keyed by the address or account the caller passes).
// Reports are per user, whatever the account's age: REPORTS_PER_HOUR an hour (see rulesFor).
export type LimitedAction = 'thread' | 'reply' | 'report' | 'register' | 'refresh' | 'checkContent' | 'verifyStaff' | 'search';
type PostingAction = 'thread' | 'reply';
type Tier = 'newAccount' | 'established' | 'anonymous';

const DAY = 86_400;
const RULES: Record<Exclude<LimitedAction, 'report'>, Partial<Record<Tier, Rule[]>>> = {
  thread: {
    newAccount: [
      { points: 1, duration: 120 },
      { points: 3, duration: DAY },
    ],
    established: [{ points: 1, duration: 15 }],
  },
  reply: {
    newAccount: [
      { points: 1, duration: 30 },
      { points: 10, duration: DAY },
    ],
    established: [{ points: 1, duration: 5 }],
  },
  register: { anonymous: [{ points: 5, duration: 3600 }] },
  refresh: { anonymous: [{ points: 60, duration: 60 }] },
  checkContent: { anonymous: [{ points: 60, duration: 60 }] },
  verifyStaff: { anonymous: [{ points: 30, duration: 60 }] },
  // Keyed by the account when signed in, else the address; similar questions count too.
  search: { anonymous: [{ points: 60, duration: 60 }] },
};

@Injectable()
export class RateLimits {
  constructor(
    private readonly config: AppConfig,
    private readonly store: LimiterStore,
  ) {}

  // A signed-in actor's posting limits depend on the account's age.
  async consumeForActor(action: PostingAction, actor: Actor): Promise<void> {
    const isNew = Date.now() - actor.createdAt.getTime() < this.config.NEW_ACCOUNT_HOURS * 3_600_000;
    await this.consume(action, isNew ? 'newAccount' : 'established', actor.id);
  }

  async consumeReport(actor: Actor): Promise<void> {
    await this.consume('report', 'established', actor.id);
  }

  async consumeForAddress(action: Exclude<LimitedAction, PostingAction | 'report'>, address: string): Promise<void> {
    await this.consume(action, 'anonymous', address);
  }

  private async consume(action: LimitedAction, tier: Tier, key: string): Promise<void> {
    if (!this.config.BEACON_RATE_LIMITS) return;
    const rules = this.rulesFor(action, tier);
    for (const [i, rule] of rules.entries()) {
      try {
        await this.store.limiter(`${action}:${tier}:${i}`, rule).consume(key);
      } catch (rejection) {
        throw rateLimited(secondsToWait(rejection));
      }
    }
  }

  private rulesFor(action: LimitedAction, tier: Tier): Rule[] {
    if (action === 'report') return [{ points: this.config.REPORTS_PER_HOUR, duration: 3600 }];
    return RULES[action][tier] ?? [];
  }
}
