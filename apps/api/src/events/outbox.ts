import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EVENTS_CHANNEL, type DomainEvent } from './domain-event.js';

type EarlyListener = (events: readonly DomainEvent[]) => void;

// The events of a JSON array parameter as outbox rows, in the array's order; `onlyIf`: a
// condition of the statement that carries them (e.g. that its write happened).
export const outboxRowsSql = (param: string, onlyIf = 'true') =>
  `INSERT INTO domain_events (type, payload)
   SELECT e.value->>'type', e.value - 'type' FROM jsonb_array_elements(${param}::jsonb) WITH ORDINALITY AS e
    WHERE ${onlyIf} ORDER BY e.ordinality`;

// Events are written by the transaction that makes the change, so they exist exactly when the
// change does: none for a rolled-back write, none lost to a crash between commit and publish.
// A NOTIFY in the same transaction wakes every instance's relay when it commits.
@Injectable()
export class Outbox {
  private readonly early = new Set<EarlyListener>();

  // For consumers that hold state in this process and must stop trusting it before the change
  // commits (the anonymous cache): they hear of it here at once, and again from the relay once
  // it has committed. They must therefore be idempotent, as every consumer is.
  onPublish(listener: EarlyListener): void {
    this.early.add(listener);
  }

  async publish(tx: EntityManager, ...events: DomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    const [json, channel] = this.inStatement(events);
    await tx.query(`WITH written AS (${outboxRowsSql('$1')}) SELECT pg_notify($2, '')`, [json, channel]);
  }

  // For a write that is one statement: the statement inserts `json` with outboxRowsSql (guarded
  // by what it changed) and calls pg_notify(channel, '').
  inStatement(events: DomainEvent[]): readonly [json: string, channel: string] {
    for (const listener of this.early) listener(events);
    return [JSON.stringify(events), EVENTS_CHANNEL];
  }
}
