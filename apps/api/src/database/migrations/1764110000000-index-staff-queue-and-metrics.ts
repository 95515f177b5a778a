import type { MigrationInterface, QueryRunner } from 'typeorm';

// The staff queue reads questions still waiting for staff, oldest first, across the boards of a
// few languages: a partial index of just those, in that order. First-response metrics read the
// questions of a board asked since a date, with their first response, from the index alone.
export class IndexStaffQueueAndMetrics1764110000000 implements MigrationInterface {
  name = 'IndexStaffQueueAndMetrics1764110000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX threads_awaiting_staff_idx ON threads (created_at, id)
        WHERE state = 'VISIBLE' AND first_staff_response_at IS NULL AND official_answer_post_id IS NULL AND NOT locked`,
    );
    await db.query(
      `CREATE INDEX threads_board_asked_idx ON threads (board_id, created_at) INCLUDE (first_staff_response_at, private, locked, official_answer_post_id) WHERE state = 'VISIBLE'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX threads_board_asked_idx`);
    await db.query(`DROP INDEX threads_awaiting_staff_idx`);
  }
}
