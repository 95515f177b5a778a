import type { MigrationInterface, QueryRunner } from 'typeorm';

// Board listings ordered by activity, by creation, and unanswered. The indexes covered visible
// threads only, so a moderator's listing (visible and held threads together) had no index to
// follow and read the whole table. Held threads are few: listing them in the same indexes costs
// readers one rejected row per held thread, and gives every viewer an ordered index path.
const LISTINGS = [
  { name: 'threads_board_activity_idx', key: 'last_activity_at', extra: '' },
  { name: 'threads_board_created_idx', key: 'created_at', extra: '' },
  { name: 'threads_board_unanswered_idx', key: 'created_at', extra: ' AND official_answer_post_id IS NULL AND NOT locked' },
];

export class ListHeldThreadsByIndex1764090000000 implements MigrationInterface {
  name = 'ListHeldThreadsByIndex1764090000000';

  async up(db: QueryRunner): Promise<void> {
    await this.rebuild(db, `state IN ('VISIBLE', 'HELD')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await this.rebuild(db, `state = 'VISIBLE'`);
  }

  private async rebuild(db: QueryRunner, states: string): Promise<void> {
    for (const { name, key, extra } of LISTINGS) {
      await db.query(`DROP INDEX ${name}`);
      await db.query(`CREATE INDEX ${name} ON threads (board_id, pinned DESC, ${key} DESC, id DESC) WHERE ${states}${extra}`);
    }
  }
}
