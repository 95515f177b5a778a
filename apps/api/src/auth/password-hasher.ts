import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { AppConfig } from '../config/app-config.js';

// At most `limit` holders at a time; the others wait in arrival order.
export class Semaphore {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly limit: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active += 1;
    try {
      return await work();
    } finally {
      // The permit passes straight to the next in line, or is given back.
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    }
  }
}

// argon2id with its default cost (64 MiB, 3 passes): each hash holds 64 MiB and a core for
// its duration, so a burst of logins could take the process's memory. At most
// PASSWORD_HASH_CONCURRENCY run at once (hashes and verifications alike); the rest queue.
@Injectable()
export class PasswordHasher {
  private readonly permits: Semaphore;
  // What ran, for the logs and the tests: hashes in progress now, the most seen at once, and
  // verifications started.
  readonly stats = { running: 0, peakRunning: 0, verifications: 0 };
  // Verifying against this when the account does not exist keeps the response time the same,
  // so timing does not tell whether a login names a real account.
  private readonly decoy: Promise<string>;

  constructor(config: AppConfig) {
    this.permits = new Semaphore(config.PASSWORD_HASH_CONCURRENCY);
    this.decoy = this.hash('decoy-password-for-unknown-accounts');
  }

  hash(password: string): Promise<string> {
    return this.limited(() => argon2.hash(password, { type: argon2.argon2id }));
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    const stored = hash ?? (await this.decoy);
    this.stats.verifications += 1;
    try {
      return await this.limited(() => argon2.verify(stored, password));
    } catch {
      return false;
    }
  }

  private limited<T>(work: () => Promise<T>): Promise<T> {
    return this.permits.run(async () => {
      this.stats.running += 1;
      this.stats.peakRunning = Math.max(this.stats.peakRunning, this.stats.running);
      try {
        return await work();
      } finally {
        this.stats.running -= 1;
      }
    });
  }
}
