import type { MigrationInterface, QueryRunner } from 'typeorm';

// Reports, the review queue with its stored priority, the users' trust and the record a purge
// leaves on the posts it removed (so that it can be undone exactly).
export class CreateReportsAndReviewQueue1764120000000 implements MigrationInterface {
  name = 'CreateReportsAndReviewQueue1764120000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL CONSTRAINT reports_post_id_fkey REFERENCES posts(id),
        reporter_id uuid NOT NULL CONSTRAINT reports_reporter_id_fkey REFERENCES users(id),
        reason varchar(20) NOT NULL,
        note text,
        weight real NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by_id uuid CONSTRAINT reports_resolved_by_id_fkey REFERENCES users(id),
        resolution varchar(16),
        CONSTRAINT reports_reason_check CHECK (reason IN ('SCAM','PHISHING','IMPERSONATION','SPAM','ABUSE','OFF_TOPIC','OTHER')),
        CONSTRAINT reports_resolution_check CHECK (resolution IS NULL OR resolution IN ('UPHELD','DISMISSED'))
      )`);
    await db.query(`CREATE UNIQUE INDEX reports_open_reporter_key ON reports (post_id, reporter_id) WHERE resolved_at IS NULL`);
    await db.query(`CREATE INDEX reports_post_idx ON reports (post_id, created_at)`);
    await db.query(`CREATE INDEX reports_reporter_idx ON reports (reporter_id, created_at)`);

    await db.query(`
      CREATE TABLE review_items (
        post_id uuid PRIMARY KEY CONSTRAINT review_items_post_id_fkey REFERENCES posts(id),
        locale varchar(16) NOT NULL,
        priority double precision NOT NULL,
        rank double precision NOT NULL,
        guard_urgency real NOT NULL DEFAULT 0,
        report_urgency real NOT NULL DEFAULT 0,
        report_count int NOT NULL DEFAULT 0,
        auto_hidden boolean NOT NULL DEFAULT false,
        opened_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by_id uuid CONSTRAINT review_items_resolved_by_id_fkey REFERENCES users(id)
      )`);
    await db.query(`CREATE INDEX review_items_open_idx ON review_items (rank, opened_at, post_id) WHERE resolved_at IS NULL`);
    // Posts the scam guard flagged or held before the queue existed wait in it, with the guard's
    // part of the priority as moderation/trust.ts computes it (score × 10, 5 more when held).
    await db.query(`
      INSERT INTO review_items (post_id, locale, priority, rank, guard_urgency, opened_at)
      SELECT p.id, b.locale, g.urgency, -g.urgency, g.urgency, date_trunc('milliseconds', p.created_at)
        FROM posts p JOIN threads t ON t.id = p.thread_id JOIN boards b ON b.id = t.board_id
       CROSS JOIN LATERAL (SELECT least(greatest(coalesce(p.scam_score, 0), 0), 1) * 10 + CASE WHEN p.state = 'HELD' THEN 5 ELSE 0 END AS urgency) g
       WHERE p.scam_verdict IS NOT NULL AND p.state IN ('VISIBLE', 'HELD')`);

    await db.query(
      `ALTER TABLE users ADD trust_level smallint NOT NULL DEFAULT 0, ADD reports_upheld int NOT NULL DEFAULT 0, ADD reports_dismissed int NOT NULL DEFAULT 0`,
    );
    await db.query(`ALTER TABLE posts ADD purge_id uuid, ADD purged_from varchar(16)`);
    await db.query(`CREATE INDEX posts_purge_idx ON posts (purge_id) WHERE purge_id IS NOT NULL`);
    await db.query(`CREATE INDEX moderation_log_created_idx ON moderation_log (created_at, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX moderation_log_created_idx`);
    await db.query(`DROP INDEX posts_purge_idx`);
    await db.query(`ALTER TABLE posts DROP purge_id, DROP purged_from`);
    await db.query(`ALTER TABLE users DROP trust_level, DROP reports_upheld, DROP reports_dismissed`);
    await db.query(`DROP TABLE review_items`);
    await db.query(`DROP TABLE reports`);
  }
}
