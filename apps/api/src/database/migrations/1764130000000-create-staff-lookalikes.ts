import type { MigrationInterface, QueryRunner } from 'typeorm';

// Existing accounts that imitate a staff member, listed for moderators when the badge is granted.
export class CreateStaffLookalikes1764130000000 implements MigrationInterface {
  name = 'CreateStaffLookalikes1764130000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE staff_lookalikes (
        user_id uuid NOT NULL CONSTRAINT staff_lookalikes_user_id_fkey REFERENCES users(id),
        staff_id uuid NOT NULL CONSTRAINT staff_lookalikes_staff_id_fkey REFERENCES users(id),
        field varchar(20) NOT NULL,
        name text NOT NULL,
        detected_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by_id uuid CONSTRAINT staff_lookalikes_resolved_by_id_fkey REFERENCES users(id),
        PRIMARY KEY (user_id, staff_id, field),
        CONSTRAINT staff_lookalikes_field_check CHECK (field IN ('handle','displayName'))
      )`);
    await db.query(`CREATE INDEX staff_lookalikes_open_idx ON staff_lookalikes (detected_at, user_id) WHERE resolved_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE staff_lookalikes`);
  }
}
