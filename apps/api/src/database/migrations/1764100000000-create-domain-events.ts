import type { MigrationInterface, QueryRunner } from 'typeorm';

// The outbox: every change that others must hear of is written here by the transaction that
// makes it. `tx_id` is the writing transaction's id; the relay delivers in (tx_id, id) order and
// only below the oldest transaction still running, so an event whose transaction commits late
// is never skipped by a reader that already moved past a later id.
export class CreateDomainEvents1764100000000 implements MigrationInterface {
  name = 'CreateDomainEvents1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE domain_events (
        id bigserial PRIMARY KEY,
        tx_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        type text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX domain_events_order_idx ON domain_events (tx_id, id)`);
    await db.query(`CREATE INDEX domain_events_created_idx ON domain_events (created_at)`);
    // Where each durable consumer has got to (instance-local consumers start at the head).
    await db.query(`
      CREATE TABLE domain_event_consumers (
        name text PRIMARY KEY,
        tx_id xid8 NOT NULL,
        event_id bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE domain_event_consumers`);
    await db.query(`DROP TABLE domain_events`);
  }
}
