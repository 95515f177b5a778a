import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THREADS_OUT_OF_STEP_SQL } from '../../apps/api/src/modules/threads/thread-invariants.js';
import { seedDemoInto } from '../../apps/api/src/database/seeds/demo-seed.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// The demo data is written in bulk, with past timestamps; it must leave the tables as the
// posting path would: counters, post numbers, the question and the first-response clock.
describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    // As the API does on its first start.
    const seeded = await seedDemoInto(t.app);
    expect(seeded).toBe(true);
  });
  afterAll(() => t.close());

  it('keeps every thread’s counters and numbers as the posting path keeps them', async () => {
    const drift = await t.db.query(THREADS_OUT_OF_STEP_SQL);
    expect(drift).toEqual([]);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM threads`))[0].n).toBeGreaterThan(50);
  });

  it('starts the first-response clock exactly at the first reply by staff of the thread’s language', async () => {
    const wrong = await t.db.query(`
      SELECT t.id FROM threads t JOIN boards b ON b.id = t.board_id
       WHERE t.first_staff_response_at IS DISTINCT FROM (
         SELECT min(p.created_at) FROM posts p
           JOIN users u ON u.id = p.author_id AND 'STAFF' = ANY(u.roles) AND u.totp_enabled
           JOIN staff_badges s ON s.user_id = u.id AND s.revoked_at IS NULL AND b.locale = ANY(s.locales)
          WHERE p.thread_id = t.id AND p.post_number > 1 AND p.author_id <> t.author_id)`);
    expect(wrong).toEqual([]);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM threads WHERE first_staff_response_at IS NOT NULL`))[0].n).toBeGreaterThan(5);
  });
});
