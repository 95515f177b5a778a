import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PgNotifications } from '../../common/pg-notifications.js';

const CHANNEL = 'beacon_content';

// What a cached response may depend on: a thread (its posts included), a board's listing,
// the board list, and any user's public profile (names and badges appear everywhere).
export type ContentKey = `thread:${string}` | `board:${string}` | 'boards' | 'users';

// A logical clock per content key. A cached response remembers the clock when its request
// started; it is valid while none of its keys has moved past that.
@Injectable()
export class ContentVersions {
  private readonly versions = new Map<string, number>();
  private clock = 0;
  private floor = 0;

  constructor(private readonly notifications: PgNotifications) {
    notifications.subscribe(CHANNEL, (payload) => this.bump(payload.split(',').filter(Boolean)));
    notifications.onReset(() => this.bumpAll());
  }

  get live(): boolean {
    return this.notifications.live;
  }

  now(): number {
    return this.clock;
  }

  isCurrent(keys: Iterable<string>, since: number): boolean {
    if (this.floor > since) return false;
    for (const key of keys) if ((this.versions.get(key) ?? 0) > since) return false;
    return true;
  }

  // Inside the writing transaction: bumps here at once (so this instance never serves what
  // it is about to change), and everywhere again when the transaction commits.
  async touch(tx: EntityManager, keys: ContentKey[]): Promise<void> {
    const [channel, payload] = this.touchInStatement(keys);
    await this.notifications.notify(tx, channel, payload);
  }

  // For a write that is a single statement: bumps here at once, and returns the pg_notify
  // arguments the statement must carry so that every instance hears of it when it commits.
  touchInStatement(keys: ContentKey[]): readonly [channel: string, payload: string] {
    this.bump(keys);
    return [CHANNEL, keys.join(',')];
  }

  private bump(keys: string[]): void {
    this.clock += 1;
    for (const key of keys) this.versions.set(key, this.clock);
  }

  private bumpAll(): void {
    this.clock += 1;
    this.floor = this.clock;
    this.versions.clear();
  }
}
