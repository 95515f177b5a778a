import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { DomainError, type Message } from '../../common/domain-error.js';
import { LOGGER } from '../../common/logger.js';
import { AppConfig } from '../../config/app-config.js';

export interface Rule {
  points: number;
  // Seconds.
  duration: number;
}

// rate-limiter-flexible's counters, by name: in Redis when REDIS_URL is set (every instance
// sees the same counts; a memory limiter stands in while Redis is unreachable), else in this
// process's memory. Shared by the posting and query limits and by the login throttle.
@Injectable()
export class LimiterStore implements OnModuleInit, OnModuleDestroy {
  private readonly limiters = new Map<string, RateLimiterAbstract>();
  private readonly redis: Redis | null;

  constructor(
    private readonly config: AppConfig,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.redis = config.REDIS_URL ? new Redis(config.REDIS_URL, { enableOfflineQueue: false }) : null;
    // While Redis is unreachable each instance counts in its own memory (the insurance
    // limiters); ioredis reconnects by itself. Said once per outage, not per retry.
    let reported = false;
    this.redis?.on('error', (error: Error) => {
      if (!reported) logger.warn({ reason: error.message }, 'rate-limit counters: Redis unreachable, counting in memory until it is back');
      reported = true;
    });
    this.redis?.on('ready', () => (reported = false));
  }

  // Commands sent before the connection is up would be counted by the insurance limiter
  // instead of Redis: give the connection a moment at boot, without refusing to start without it.
  async onModuleInit(): Promise<void> {
    const redis = this.redis;
    if (!redis || redis.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        redis.off('ready', done);
        resolve();
      };
      const timer = setTimeout(done, 2000);
      redis.once('ready', done);
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.redis?.disconnect();
  }

  limiter(name: string, rule: Rule): RateLimiterAbstract {
    let limiter = this.limiters.get(name);
    if (!limiter) {
      const options = { keyPrefix: `${this.config.REDIS_PREFIX}rl:${name}`, points: rule.points, duration: rule.duration };
      limiter = this.redis
        ? new RateLimiterRedis({ ...options, storeClient: this.redis, insuranceLimiter: new RateLimiterMemory(options) })
        : new RateLimiterMemory(options);
      this.limiters.set(name, limiter);
    }
    return limiter;
  }
}

// A refusal, as clients see it: RATE_LIMITED, the wait in seconds, and in words.
export function rateLimited(seconds: number): DomainError {
  const wait = Math.max(1, Math.ceil(seconds));
  return new DomainError('RATE_LIMITED', waitMessage(wait), { retryAfterSeconds: wait });
}

// The wait of a limiter's refusal; anything else (a store failure without insurance) is rethrown.
export function secondsToWait(rejection: unknown): number {
  if (!(rejection instanceof RateLimiterRes)) throw rejection;
  return Math.ceil(rejection.msBeforeNext / 1000);
}

// "in 15 minutes", not "in 897 seconds".
export function waitMessage(seconds: number): Message {
  if (seconds < 90) return { key: 'errors.rateLimitedSeconds', params: { n: seconds } };
  if (seconds < 5400) return { key: 'errors.rateLimitedMinutes', params: { n: Math.round(seconds / 60) } };
  return { key: 'errors.rateLimitedHours', params: { n: Math.round(seconds / 3600) } };
}
