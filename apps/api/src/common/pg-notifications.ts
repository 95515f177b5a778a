import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { LOGGER } from './logger.js';

type Handler = (payload: string) => void;

// One LISTEN connection per instance, shared by every in-memory cache that must hear about
// changes made by other instances. NOTIFY is sent inside the changing transaction, so it is
// delivered only if that transaction commits. While the connection is down, `live` is false
// and caches must not trust what they hold.
@Injectable()
export class PgNotifications implements OnModuleInit, OnModuleDestroy {
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly downHandlers = new Set<() => void>();
  private client: pg.Client | null = null;
  private closed = false;
  live = false;

  constructor(
    private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.connect();
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    this.live = false;
    await this.client?.end().catch(() => undefined);
  }

  subscribe(channel: string, handler: Handler): void {
    if (!this.handlers.has(channel)) this.handlers.set(channel, new Set());
    this.handlers.get(channel)!.add(handler);
    if (this.live) void this.client!.query(`LISTEN ${channel}`);
  }

  // Called whenever the connection drops or comes back: either way, caches start over.
  onReset(handler: () => void): void {
    this.downHandlers.add(handler);
  }

  async notify(tx: EntityManager, channel: string, payload = ''): Promise<void> {
    await tx.query(`SELECT pg_notify($1, $2)`, [channel, payload]);
  }

  private async connect(): Promise<void> {
    if (this.closed || !this.config.DATABASE_URL) return;
    const client = new pg.Client({ connectionString: this.config.DATABASE_URL });
    client.on('notification', (message) => {
      for (const handler of this.handlers.get(message.channel) ?? []) handler(message.payload ?? '');
    });
    client.on('error', (error) => this.lost(error));
    try {
      await client.connect();
      for (const channel of this.handlers.keys()) await client.query(`LISTEN ${channel}`);
      this.client = client;
      this.live = true;
      this.reset();
    } catch (error) {
      await client.end().catch(() => undefined);
      this.lost(error);
    }
  }

  private lost(error: unknown): void {
    if (this.closed) return;
    this.logger.warn({ err: error }, 'notification listener lost; in-memory caches are bypassed until it reconnects');
    this.live = false;
    this.reset();
    setTimeout(() => void this.connect(), 1000).unref();
  }

  private reset(): void {
    for (const handler of this.downHandlers) handler();
  }
}
