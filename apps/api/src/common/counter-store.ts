import type { OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config.js';

// Expiring counters for rate limits: Redis when configured, so that every instance sees the
// same counts; otherwise this process's memory (enough for a single instance).
export abstract class CounterStore {
  abstract get(key: string): Promise<{ count: number; ttlSeconds: number }>;
  abstract increment(key: string, windowSeconds: number): Promise<{ count: number; ttlSeconds: number }>;
  abstract reset(key: string): Promise<void>;
}

export class MemoryCounterStore extends CounterStore {
  private readonly counters = new Map<string, { count: number; expiresAt: number }>();

  async get(key: string) {
    const entry = this.live(key);
    return entry ? { count: entry.count, ttlSeconds: this.ttl(entry) } : { count: 0, ttlSeconds: 0 };
  }

  async increment(key: string, windowSeconds: number) {
    const entry = this.live(key) ?? { count: 0, expiresAt: Date.now() + windowSeconds * 1000 };
    entry.count += 1;
    this.counters.set(key, entry);
    if (this.counters.size > 100_000) this.sweep();
    return { count: entry.count, ttlSeconds: this.ttl(entry) };
  }

  async reset(key: string) {
    this.counters.delete(key);
  }

  private live(key: string) {
    const entry = this.counters.get(key);
    if (entry && entry.expiresAt <= Date.now()) {
      this.counters.delete(key);
      return undefined;
    }
    return entry;
  }

  private ttl(entry: { expiresAt: number }) {
    return Math.max(1, Math.ceil((entry.expiresAt - Date.now()) / 1000));
  }

  private sweep() {
    const now = Date.now();
    for (const [key, entry] of this.counters) if (entry.expiresAt <= now) this.counters.delete(key);
  }
}

export class RedisCounterStore extends CounterStore implements OnModuleDestroy {
  constructor(private readonly redis: Redis) {
    super();
  }

  async get(key: string) {
    const [count, ttl] = await this.redis.multi().get(key).ttl(key).exec().then((r) => r!.map(([, v]) => v));
    return { count: Number(count ?? 0), ttlSeconds: Math.max(0, Number(ttl)) };
  }

  async increment(key: string, windowSeconds: number) {
    // NX: the window starts at the first failure and is not extended by later ones.
    const results = await this.redis.multi().incr(key).expire(key, windowSeconds, 'NX').ttl(key).exec();
    const [count, , ttl] = results!.map(([, v]) => Number(v));
    return { count, ttlSeconds: Math.max(1, ttl) };
  }

  async reset(key: string) {
    await this.redis.del(key);
  }

  async onModuleDestroy() {
    this.redis.disconnect();
  }
}

export const counterStoreProvider = {
  provide: CounterStore,
  inject: [AppConfig],
  useFactory: (config: AppConfig): CounterStore =>
    config.REDIS_URL
      ? new RedisCounterStore(new Redis(config.REDIS_URL, { keyPrefix: config.REDIS_PREFIX, maxRetriesPerRequest: 2 }))
      : new MemoryCounterStore(),
};

