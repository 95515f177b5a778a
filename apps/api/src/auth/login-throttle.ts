import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CounterStore } from '../common/counter-store.js';
import { DomainError } from '../common/domain-error.js';
import { AppConfig } from '../config/app-config.js';

// Failed logins are counted per login name (whether or not such an account exists, so the
// throttle reveals nothing) and per IP, and checked before any password is hashed.
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly counters: CounterStore,
    private readonly config: AppConfig,
  ) {}

  async assertAllowed(login: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([this.counters.get(this.accountKey(login)), this.counters.get(this.ipKey(ip))]);
    const blocked = [
      account.count >= this.config.LOGIN_FAILURES_PER_ACCOUNT ? account.ttlSeconds : 0,
      address.count >= this.config.LOGIN_FAILURES_PER_IP ? address.ttlSeconds : 0,
    ];
    const retryAfterSeconds = Math.max(...blocked);
    if (retryAfterSeconds > 0) {
      throw new DomainError('RATE_LIMITED', { key: 'errors.rateLimited', params: { seconds: retryAfterSeconds } }, { retryAfterSeconds });
    }
  }

  async recordFailure(login: string, ip: string): Promise<void> {
    const window = this.config.LOGIN_THROTTLE_WINDOW_SECONDS;
    await Promise.all([this.counters.increment(this.accountKey(login), window), this.counters.increment(this.ipKey(ip), window)]);
  }

  async recordSuccess(login: string): Promise<void> {
    await this.counters.reset(this.accountKey(login));
  }

  private accountKey(login: string) {
    return `login-fail:account:${createHash('sha256').update(login.trim().toLowerCase()).digest('hex').slice(0, 32)}`;
  }

  private ipKey(ip: string) {
    return `login-fail:ip:${ip}`;
  }
}
