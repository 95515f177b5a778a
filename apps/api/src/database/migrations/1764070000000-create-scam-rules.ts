import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateScamRules1764070000000 implements MigrationInterface {
  name = 'CreateScamRules1764070000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE scam_rules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind varchar(20) NOT NULL,
        pattern varchar(200) NOT NULL,
        locale varchar(16),
        action varchar(10) NOT NULL,
        created_by_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        removed_at timestamptz,
        removed_by_id uuid REFERENCES users(id),
        CONSTRAINT scam_rules_kind_check CHECK (kind IN ('ALLOWED_DOMAIN','DENIED_DOMAIN','WATCHED_PHRASE')),
        CONSTRAINT scam_rules_action_check CHECK (action IN ('ALLOW','FLAG','HOLD','BLOCK'))
      )`);
    // One live rule per pattern and scope: adding it twice is a conflict, not a duplicate.
    await db.query(
      `CREATE UNIQUE INDEX scam_rules_live_key ON scam_rules (kind, lower(pattern), coalesce(locale, '*')) WHERE removed_at IS NULL`,
    );
    // The scam guard's verdicts are kept with held and flagged posts, for the review queue.
    await db.query(`CREATE INDEX posts_held_idx ON posts (created_at) WHERE state = 'HELD'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX posts_held_idx`);
    await db.query(`DROP TABLE scam_rules`);
  }
}
