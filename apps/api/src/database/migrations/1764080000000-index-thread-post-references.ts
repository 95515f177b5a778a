import type { MigrationInterface, QueryRunner } from 'typeorm';

// threads.question_post_id and official_answer_post_id reference posts: without an index, every
// check of those foreign keys (a post's deletion, say) scans the whole threads table.
export class IndexThreadPostReferences1764080000000 implements MigrationInterface {
  name = 'IndexThreadPostReferences1764080000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX threads_question_post_idx ON threads (question_post_id)`);
    await db.query(
      `CREATE INDEX threads_official_answer_post_idx ON threads (official_answer_post_id) WHERE official_answer_post_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX threads_official_answer_post_idx`);
    await db.query(`DROP INDEX threads_question_post_idx`);
  }
}
