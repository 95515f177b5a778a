import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Actor } from '../../auth/actor.js';
import { DomainError } from '../../common/domain-error.js';
import { AppConfig } from '../../config/app-config.js';

// Limits in the spirit of Discourse's defaults: new accounts post slowly and a few times a day,
// established ones at conversation speed; anonymous endpoints that cost work are limited by
// address. Counters are rate-limiter-flexible's, in Redis when configured (shared by every
// instance), else in memory. BEACON_RATE_LIMITS=off turns these off (load tests, harnesses);
// it never touches the login throttle.
export type LimitedAction = 'thread' | 'reply' | 'report' | 'register' | 'refresh' | 'checkContent' | 'verifyStaff';

interface Rule {
  points: number;
  duration: number;
}

const DAY = 86_400;
// Reports: per user, whatever the account's age, REPORTS_PER_HOUR an hour (see rulesFor).
const RULES: Record<Exclude<LimitedAction, 'report'>, { newAccount?: Rule[]; established?: Rule[]; anonymous?: Rule[] }> = {
  thread: { newAccount: [{ points: 1, duration: 120 }, { points: 3, duration: DAY }], established: [{ points: 1, duration: 15 }] },
  reply: { newAccount: [{ points: 1, duration: 30 }, { points: 10, duration: DAY }], established: [{ points: 1, duration: 5 }] },
  register: { anonymous: [{ points: 5, duration: 3600 }] },
  refresh: { anonymous: [{ points: 60, duration: 60 }] },
  checkContent: { anonymous: [{ points: 60, duration: 60 }] },
  verifyStaff: { anonymous: [{ points: 30, duration: 60 }] },
};

@Injectable()
export class RateLimits implements OnModuleDestroy {
  private readonly limiters = new Map<string, RateLimiterAbstract>();
  private readonly redis: Redis | null;

  constructor(private readonly config: AppConfig) {
    this.redis = config.REDIS_URL && config.BEACON_RATE_LIMITS ? new Redis(config.REDIS_URL, { enableOfflineQueue: false, lazyConnect: false }) : null;
  }

  async onModuleDestroy(): Promise<void> {
    this.redis?.disconnect();
  }

  // A signed-in actor's posting limits depend on the account's age.
  async consumeForActor(action: 'thread' | 'reply', actor: Actor): Promise<void> {
    const isNew = Date.now() - actor.createdAt.getTime() < this.config.NEW_ACCOUNT_HOURS * 3_600_000;
    await this.consume(action, isNew ? 'newAccount' : 'established', actor.id);
  }

  async consumeReport(actor: Actor): Promise<void> {
    await this.consume('report', 'established', actor.id);
  }

  async consumeForAddress(action: 'register' | 'refresh' | 'checkContent' | 'verifyStaff', address: string): Promise<void> {
    await this.consume(action, 'anonymous', address);
  }

  private async consume(action: LimitedAction, tier: 'newAccount' | 'established' | 'anonymous', key: string): Promise<void> {
    if (!this.config.BEACON_RATE_LIMITS) return;
    const rules = this.rulesFor(action, tier);
    for (const [i, rule] of rules.entries()) {
      try {
        await this.limiter(`${action}:${tier}:${i}`, rule).consume(key);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw new DomainError('RATE_LIMITED', waitMessage(seconds), { retryAfterSeconds: seconds });
      }
    }
  }

  private rulesFor(action: LimitedAction, tier: 'newAccount' | 'established' | 'anonymous'): Rule[] {
    if (action === 'report') return [{ points: this.config.REPORTS_PER_HOUR, duration: 3600 }];
    return RULES[action][tier] ?? [];
  }

  private limiter(name: string, rule: Rule): RateLimiterAbstract {
    let limiter = this.limiters.get(name);
    if (!limiter) {
      const options = { keyPrefix: `${this.config.REDIS_PREFIX}rl:${name}`, points: rule.points, duration: rule.duration };
      limiter = this.redis ? new RateLimiterRedis({ ...options, storeClient: this.redis, insuranceLimiter: new RateLimiterMemory(options) }) : new RateLimiterMemory(options);
      this.limiters.set(name, limiter);
    }
    return limiter;
  }
}

// "in 15 minutes", not "in 897 seconds".
function waitMessage(seconds: number) {
  if (seconds < 90) return { key: 'errors.rateLimitedSeconds' as const, params: { n: seconds } };
  if (seconds < 5400) return { key: 'errors.rateLimitedMinutes' as const, params: { n: Math.round(seconds / 60) } };
  return { key: 'errors.rateLimitedHours' as const, params: { n: Math.round(seconds / 3600) } };
}
