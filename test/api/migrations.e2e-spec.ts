import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  // The entities describe exactly what the migrations built, so `migration:generate` shows
  // only real changes and never proposes to drop a constraint the entities forgot.
  it('leave nothing for migration:generate to do', async () => {
    const sql = await t.db.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('revert cleanly down to an empty schema and apply again', async () => {
    for (let i = 0; i < t.db.migrations.length; i++) await t.db.undoLastMigration({ transaction: 'each' });
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(n).toBe(0);
    const applied = await t.db.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(t.db.migrations.length);
  });

  it('keep the moderation log append-only, even for the table owner', async () => {
    const [user] = await t.db.query(
      `INSERT INTO users (handle, display_name, email, password_hash) VALUES ('log_owner', 'x', 'lo@example.test', 'x') RETURNING id`,
    );
    await t.db.query(`INSERT INTO moderation_log (actor_id, action, target_type, target_id) VALUES ($1, 'TEST', 'USER', $1)`, [user.id]);
    await expect(t.db.query(`UPDATE moderation_log SET reason = 'changed'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM moderation_log`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`TRUNCATE moderation_log`)).rejects.toThrow(/append-only/);
  });
});
