import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoInto } from '../../apps/api/src/database/seeds/demo-seed.js';
import { DEMO_QUERIES } from '../../apps/api/src/modules/search/eval/demo-queries.js';
import { evaluateSearch, formatReports, type LocaleReport } from '../../apps/api/src/modules/search/eval/search-eval.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// The labelled demo queries (npm run eval:search) against the seeded and indexed demo data:
// recall@5 (every target of a query in its first five hits) of at least 0.9 in each language,
// Chinese no worse than English.
describe('search quality on the demo data', () => {
  let t: TestApp;
  let reports: LocaleReport[];
  beforeAll(async () => {
    t = await createTestApp();
    expect(await seedDemoInto(t.app)).toBe(true);
    reports = await evaluateSearch(t.app);
    process.stdout.write(`${formatReports(reports)}\n`);
  });
  afterAll(() => t.close());

  it('has at least 60 labelled queries per language, each run', () => {
    expect(reports.map((r) => [r.locale, r.queries])).toEqual(
      Object.entries(DEMO_QUERIES).map(([locale, queries]) => [locale, queries.length]),
    );
    expect(reports.every((r) => r.queries >= 60)).toBe(true);
  });

  it('finds every target in the top 5 for at least 90% of the queries in each language', () => {
    for (const r of reports) expect({ locale: r.locale, recallAt5: r.recallAt5 >= 0.9 }).toEqual({ locale: r.locale, recallAt5: true });
  });

  it('ranks Chinese no worse than English (recall@5 within 0.05)', () => {
    const recall = Object.fromEntries(reports.map((r) => [r.locale, r.recallAt5]));
    expect(recall['zh-CN']).toBeGreaterThanOrEqual(recall.en - 0.05);
  });
});
