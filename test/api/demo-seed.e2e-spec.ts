import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THREADS_OUT_OF_STEP_SQL } from '../../apps/api/src/modules/threads/thread-invariants.js';
import { ScamGuardService } from '../../apps/api/src/modules/scam-guard/scam-guard.service.js';
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

describe('demo help center', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    expect(await seedDemoInto(t.app)).toBe(true);
  });
  afterAll(() => t.close());

  it('publishes every demo article in both languages, in four categories, readable by visitors', async () => {
    const categories = (await t.gql(`{ articleCategories(locale: "zh-CN") { key name articleCount } }`)).data.articleCategories;
    expect(categories).toHaveLength(4);
    expect(categories.every((c: { articleCount: number }) => c.articleCount >= 3)).toBe(true);
    for (const locale of ['en', 'zh-CN']) {
      const page = (
        await t.gql(
          `query ($l: String!) { articles(locale: $l, first: 100) { totalCount nodes { status translations { locale } author { badge { title } } } } }`,
          { l: locale },
        )
      ).data.articles;
      expect(page.totalCount).toBeGreaterThanOrEqual(12);
      expect(page.nodes.every((a: any) => a.status === 'PUBLISHED' && a.translations.length === 1 && a.author.badge !== null)).toBe(true);
    }
  });

  // Official help content must pass the guard as its staff author wrote it: a rule that starts
  // flagging it would also flag the staff's own answers.
  it('passes the scam guard as written by its staff author', async () => {
    const { DEMO_ARTICLES } = await import('../../apps/api/src/database/seeds/demo-articles.js');
    const authors = await t.db.query(
      `SELECT u.created_at AS "createdAt", u.roles, u.totp_enabled AS "totpEnabled", b.locales AS "staffLocales", u.handle FROM users u JOIN staff_badges b ON b.user_id = u.id WHERE u.handle IN ('staff_en', 'staff_zh')`,
    );
    const guard = t.app.get(ScamGuardService);
    const flagged: string[] = [];
    for (const article of DEMO_ARTICLES) {
      const author = authors.find((a: { handle: string }) => a.handle === (article.locale === 'en' ? 'staff_en' : 'staff_zh'));
      const verdict = await guard.scan({ text: `${article.title}\n\n${article.body}`, contentLocale: article.locale, author });
      if (verdict.action !== 'ALLOW') flagged.push(`${article.locale}/${article.slug}: ${verdict.action}`);
    }
    expect(flagged).toEqual([]);
  });
});
