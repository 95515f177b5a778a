import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config.js';
import { LimiterStore, rateLimited, secondsToWait } from '../modules/rate-limits/limiter-store.js';

const HOUR = 3600;
const DAY = 86_400;

type Counted = [RateLimiterAbstract, string];

// Who is logging in, as the throttle counts it: the account when the login names one (its
// handle and its e-mail share one count), else the login as typed, normalized, so that an
// unknown name is counted, answered and timed like a real one.
export interface LoginSubject {
  userId: string | null;
  login: string;
}

// An attempt that passed the throttle; it already counts as a failure until it is settled.
export interface LoginAttempt {
  readonly account: string;
  readonly source: string;
}

// Failed logins, counted by rate-limiter-flexible (Redis when configured, else memory) in the
// manner of OWASP's authentication guidance and that library's login example:
// - per account and address: a few failures, then that address is refused for that account,
//   for longer at each lockout (the owner elsewhere is not locked out by an attacker here);
// - per account across all addresses: a looser hourly count, so a distributed guess slows down;
// - per address across all accounts: one source guessing at many accounts.
// A point is consumed before the password is hashed, atomically in the store, so parallel
// guesses cannot all pass a check made before any of them is recorded. A success gives the
// points back. BEACON_RATE_LIMITS does not apply here.
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly store: LimiterStore,
    private readonly config: AppConfig,
  ) {}

  private get pair(): RateLimiterAbstract {
    return this.store.limiter('login:account+source', {
      points: this.config.LOGIN_FAILURES_PER_ACCOUNT,
      duration: this.config.LOGIN_THROTTLE_WINDOW_SECONDS,
    });
  }

  // How many times an account+source pair was locked out in the last day: the next lockout's length.
  private get lockouts(): RateLimiterAbstract {
    return this.store.limiter('login:lockouts', { points: 1000, duration: DAY });
  }

  private get account(): RateLimiterAbstract {
    return this.store.limiter('login:account', { points: this.config.LOGIN_FAILURES_PER_ACCOUNT_HOURLY, duration: HOUR });
  }

  private get source(): RateLimiterAbstract {
    return this.store.limiter('login:source', {
      points: this.config.LOGIN_FAILURES_PER_IP,
      duration: this.config.LOGIN_THROTTLE_WINDOW_SECONDS,
    });
  }

  // Counts the attempt, or refuses it (RATE_LIMITED) without counting it anywhere else.
  async begin(subject: LoginSubject, ip: string): Promise<LoginAttempt> {
    const attempt = { account: accountKey(subject), source: ip };
    const pairKey = this.pairKey(attempt);
    try {
      await this.pair.consume(pairKey);
    } catch (rejection) {
      const seconds = secondsToWait(rejection);
      // The first refusal after the last allowed failure starts a lockout: exactly one request
      // sees this count, however many arrive at once.
      const first = rejection instanceof RateLimiterRes && rejection.consumedPoints === this.config.LOGIN_FAILURES_PER_ACCOUNT + 1;
      throw rateLimited(first ? await this.lockOut(pairKey) : seconds);
    }
    const taken: Counted[] = [[this.pair, pairKey]];
    for (const [limiter, key] of [
      [this.source, attempt.source],
      [this.account, attempt.account],
    ] satisfies Counted[]) {
      try {
        await limiter.consume(key);
        taken.push([limiter, key]);
      } catch (rejection) {
        const seconds = secondsToWait(rejection);
        // Refused before any password was tried: it counts nowhere.
        await Promise.all(taken.map(([counted, k]) => counted.reward(k)));
        throw rateLimited(seconds);
      }
    }
    return attempt;
  }

  // The password was right: the attempt does not count, and this address starts afresh.
  async succeeded(attempt: LoginAttempt): Promise<void> {
    const pairKey = this.pairKey(attempt);
    await Promise.all([
      this.pair.delete(pairKey),
      this.lockouts.delete(pairKey),
      this.account.reward(attempt.account),
      this.source.reward(attempt.source),
    ]);
  }

  // The password was right but the second factor is still to come: the attempt does not count.
  async notCounted(attempt: LoginAttempt): Promise<void> {
    await Promise.all([this.pair.reward(this.pairKey(attempt)), this.account.reward(attempt.account), this.source.reward(attempt.source)]);
  }

  // Refuses the pair for the window, doubled at each lockout within a day, at most a day.
  private async lockOut(pairKey: string): Promise<number> {
    const { consumedPoints } = await this.lockouts.penalty(pairKey);
    const seconds = Math.min(DAY, this.config.LOGIN_THROTTLE_WINDOW_SECONDS * 2 ** Math.min(consumedPoints - 1, 16));
    await this.pair.block(pairKey, seconds);
    return seconds;
  }

  private pairKey(attempt: LoginAttempt): string {
    return `${attempt.account}|${attempt.source}`;
  }
}

function accountKey(subject: LoginSubject): string {
  if (subject.userId) return `user:${subject.userId}`;
  return `login:${createHash('sha256').update(subject.login.trim().toLowerCase()).digest('hex').slice(0, 32)}`;
}
