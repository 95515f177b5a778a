import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { LOGGER } from '../common/logger.js';
import { PgNotifications } from '../common/pg-notifications.js';
import { AppConfig } from '../config/app-config.js';
import { EVENTS_CHANNEL, type DomainEvent, type StoredEvent } from './domain-event.js';

export interface EventConsumer {
  readonly name: string;
  // Durable consumers keep their position in the database and resume where they stopped, on
  // whichever instance gets to them first (one at a time); the others live in this process
  // and start at the head when it starts. Either way delivery is at least once, in order:
  // a batch that throws is delivered again.
  readonly durable?: boolean;
  handle(events: readonly StoredEvent[]): void | Promise<void>;
}

// A place in the outbox's order: the writing transaction's id, then the event's.
interface Position {
  txId: string;
  id: string;
}

const BATCH = 500;
// How soon to look again when a newer event is already written but an older transaction,
// which may still write one that sorts before it, has not ended.
const PENDING_RETRY_MS = 20;
const PRUNE_EVERY_MS = 60_000;

// Reads the outbox in commit-safe order and feeds the consumers. Delivery lags a commit by
// one NOTIFY round trip, plus however long an older writing transaction still runs (bounded
// by the statement and idle-in-transaction timeouts), or by EVENT_POLL_MS when a notification
// is missed. Events older than EVENT_RETENTION_HOURS that every durable consumer has read are pruned.
@Injectable()
export class EventRelay implements OnModuleInit, OnModuleDestroy {
  private readonly local = new Set<EventConsumer>();
  private readonly durable = new Map<string, EventConsumer>();
  private head: Position | null = null;
  private draining: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  // The last delivery saw events it had to leave for later.
  private pending = false;
  private timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly db: DataSource,
    private readonly notifications: PgNotifications,
    private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    this.head = await this.currentHead(this.db.manager);
    this.notifications.subscribe(EVENTS_CHANNEL, () => this.wake());
    this.notifications.onReset(() => this.wake());
    this.timers.push(setInterval(() => this.wake(), this.config.EVENT_POLL_MS).unref());
    this.timers.push(
      setInterval(
        () => void this.prune().catch((err) => this.logger.warn({ err }, 'pruning domain events failed')),
        PRUNE_EVERY_MS,
      ).unref(),
    );
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
    await this.draining;
  }

  async register(consumer: EventConsumer): Promise<void> {
    if (!consumer.durable) {
      this.local.add(consumer);
      return;
    }
    // A new durable consumer starts at the head: it hears of what happens from now on.
    const head = await this.currentHead(this.db.manager);
    await this.db.query(
      `INSERT INTO domain_event_consumers (name, tx_id, event_id) VALUES ($1, $2::xid8, $3) ON CONFLICT (name) DO NOTHING`,
      [consumer.name, head.txId, head.id],
    );
    this.durable.set(consumer.name, consumer);
    this.wake();
  }

  // Delivers everything committed so far; resolves when it has (for tests and shutdown). An
  // event held back by an older transaction still running (anywhere on the server: transaction
  // ids are the cluster's) is waited for, up to `patienceMs`.
  async drain(patienceMs = 5000): Promise<void> {
    const until = Date.now() + patienceMs;
    for (;;) {
      this.wake();
      while (this.draining) await this.draining;
      if (!this.pending || Date.now() > until) return;
      await new Promise((resolve) => setTimeout(resolve, PENDING_RETRY_MS));
    }
  }

  private wake(): void {
    if (this.stopped || !this.head) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.deliverAll()
      .catch((err) => this.logger.warn({ err }, 'delivering domain events failed; retrying on the next wake'))
      .finally(() => {
        this.draining = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async deliverAll(): Promise<void> {
    let pending = false;
    for (;;) {
      const batch = await this.readAfter(this.db.manager, this.head!);
      pending ||= batch.pending;
      if (batch.events.length === 0) break;
      for (const consumer of this.local) await this.deliverLocal(consumer, batch.events);
      this.head = positionOf(batch.events.at(-1)!);
      if (batch.events.length < BATCH) break;
    }
    for (const consumer of this.durable.values()) pending = (await this.deliverDurable(consumer)) || pending;
    this.pending = pending;
    if (pending) setTimeout(() => this.wake(), PENDING_RETRY_MS).unref();
  }

  // A local consumer that throws misses nothing that matters to it: it holds only this
  // process's state, which it must then drop (the cache does); the relay moves on.
  private async deliverLocal(consumer: EventConsumer, events: readonly StoredEvent[]): Promise<void> {
    try {
      await consumer.handle(events);
    } catch (err) {
      this.logger.error({ err, consumer: consumer.name }, 'an event consumer failed');
    }
  }

  // One transaction per batch: the consumer's row lock keeps other instances off it, and its
  // position moves only if the batch was handled.
  private async deliverDurable(consumer: EventConsumer): Promise<boolean> {
    let pending = false;
    for (let more = true; more && !this.stopped;) {
      more = await this.db.transaction(async (tx) => {
        const [row] = await tx.query(
          `SELECT tx_id::text AS tx_id, event_id::text AS id FROM domain_event_consumers WHERE name = $1 FOR UPDATE SKIP LOCKED`,
          [consumer.name],
        );
        if (!row) return false;
        const batch = await this.readAfter(tx, { txId: row.tx_id, id: row.id });
        pending ||= batch.pending;
        if (batch.events.length === 0) return false;
        await consumer.handle(batch.events);
        const last = positionOf(batch.events.at(-1)!);
        await tx.query(`UPDATE domain_event_consumers SET tx_id = $2::xid8, event_id = $3, updated_at = now() WHERE name = $1`, [
          consumer.name,
          last.txId,
          last.id,
        ]);
        return batch.events.length === BATCH;
      });
    }
    return pending;
  }

  // Events after `from` whose transactions have all ended: below the oldest transaction still
  // running, nothing new can appear. `pending`: a later event exists but must wait for that.
  private async readAfter(db: EntityManager, from: Position): Promise<{ events: StoredEvent[]; pending: boolean }> {
    const rows: Array<{ id: string; tx_id: string; type: string; payload: object; created_at: Date; ready: boolean }> = await db.query(
      `SELECT e.id::text AS id, e.tx_id::text AS tx_id, e.type, e.payload, e.created_at, e.tx_id < pg_snapshot_xmin(pg_current_snapshot()) AS ready
         FROM domain_events e
        WHERE (e.tx_id, e.id) > ($1::xid8, $2::bigint)
        ORDER BY e.tx_id, e.id
        LIMIT ${BATCH}`,
      [from.txId, from.id],
    );
    const ready = rows.findIndex((row) => !row.ready);
    const events = (ready === -1 ? rows : rows.slice(0, ready)).map(
      (row): StoredEvent =>
        ({
          ...(row.payload as Omit<DomainEvent, 'type'>),
          type: row.type,
          id: row.id,
          txId: row.tx_id,
          createdAt: row.created_at,
        }) as StoredEvent,
    );
    return { events, pending: ready !== -1 };
  }

  // Everything below the oldest running transaction is final; what sorts after may still come.
  private async currentHead(db: EntityManager): Promise<Position> {
    const [row] = await db.query(`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS tx_id`);
    return { txId: row.tx_id, id: '0' };
  }

  async prune(): Promise<void> {
    await this.db.query(
      `DELETE FROM domain_events e
        WHERE e.created_at < now() - make_interval(hours => $1)
          AND NOT EXISTS (SELECT 1 FROM domain_event_consumers c WHERE (c.tx_id, c.event_id) < (e.tx_id, e.id))`,
      [this.config.EVENT_RETENTION_HOURS],
    );
  }
}

const positionOf = (event: StoredEvent): Position => ({ txId: event.txId, id: event.id });
