import type { INestApplicationContext } from '@nestjs/common';
import { DEMO_ARTICLES } from '../../../database/seeds/demo-articles.js';
import { DEMO_THREADS } from '../../../database/seeds/demo-content.js';
import { SearchService } from '../search.service.js';
import { DEMO_QUERIES, type EvalLocale, type LabelledQuery } from './demo-queries.js';

export const TOP_K = 5;

export interface QueryOutcome {
  query: string;
  // Labels as `thread: <title>` / `article: <slug>`.
  targets: string[];
  missing: string[];
  // 1-based rank of the first target among the first TOP_K hits; null when none is there.
  firstRank: number | null;
  top: string[];
}

export interface LocaleReport {
  locale: EvalLocale;
  queries: number;
  // Share of queries whose every target is in the top 5.
  recallAt5: number;
  // Share of all targets found in the top 5 of their query.
  targetRecallAt5: number;
  // Mean reciprocal rank of the first target (0 when none is in the top 5).
  mrr: number;
  misses: QueryOutcome[];
}

interface Target {
  label: string;
  kind: 'THREAD' | 'ARTICLE';
  title: string;
}

// The labels as the hits show them; a label naming no demo item is an error of the set.
function targetsOf(locale: EvalLocale, labelled: LabelledQuery): Target[] {
  const threads = (labelled.threads ?? []).map((title): Target => {
    if (!DEMO_THREADS.some((t) => t.locale === locale && t.title === title))
      throw new Error(`"${labelled.query}": no ${locale} demo thread titled "${title}"`);
    return { label: `thread: ${title}`, kind: 'THREAD', title };
  });
  const articles = (labelled.articles ?? []).map((slug): Target => {
    const article = DEMO_ARTICLES.find((a) => a.locale === locale && a.slug === slug);
    if (!article) throw new Error(`"${labelled.query}": no ${locale} demo article with slug "${slug}"`);
    return { label: `article: ${slug}`, kind: 'ARTICLE', title: article.title };
  });
  const targets = [...threads, ...articles];
  if (targets.length === 0) throw new Error(`"${labelled.query}": no target`);
  return targets;
}

// Runs every labelled query of each language through the search as a visitor sees it, on a
// database holding the indexed demo data.
export async function evaluateSearch(app: INestApplicationContext): Promise<LocaleReport[]> {
  const search = app.get(SearchService);
  const reports: LocaleReport[] = [];
  for (const locale of Object.keys(DEMO_QUERIES) as EvalLocale[]) {
    const outcomes: QueryOutcome[] = [];
    for (const labelled of DEMO_QUERIES[locale]) {
      const targets = targetsOf(locale, labelled);
      const { page } = await search.search(null, { query: labelled.query, locale }, { first: TOP_K });
      const hits = page.items.slice(0, TOP_K);
      const rankOf = (t: Target) => hits.findIndex((h) => h.kind === t.kind && h.title === t.title) + 1;
      const ranks = targets.map(rankOf).filter((r) => r > 0);
      outcomes.push({
        query: labelled.query,
        targets: targets.map((t) => t.label),
        missing: targets.filter((t) => rankOf(t) === 0).map((t) => t.label),
        firstRank: ranks.length > 0 ? Math.min(...ranks) : null,
        top: hits.map((h) => `${h.kind === 'THREAD' ? 'thread' : 'article'}: ${h.title}`),
      });
    }
    const targetCount = outcomes.reduce((n, o) => n + o.targets.length, 0);
    const foundCount = outcomes.reduce((n, o) => n + o.targets.length - o.missing.length, 0);
    reports.push({
      locale,
      queries: outcomes.length,
      recallAt5: outcomes.filter((o) => o.missing.length === 0).length / outcomes.length,
      targetRecallAt5: foundCount / targetCount,
      mrr: outcomes.reduce((sum, o) => sum + (o.firstRank ? 1 / o.firstRank : 0), 0) / outcomes.length,
      misses: outcomes.filter((o) => o.missing.length > 0),
    });
  }
  return reports;
}

// The figures as a table, then each miss with what came first instead.
export function formatReports(reports: LocaleReport[]): string {
  const lines = ['locale  queries  recall@5 (all targets)  recall@5 (per target)  MRR'];
  for (const r of reports) {
    lines.push(
      `${r.locale.padEnd(8)}${String(r.queries).padEnd(9)}${r.recallAt5.toFixed(3).padEnd(24)}${r.targetRecallAt5.toFixed(3).padEnd(23)}${r.mrr.toFixed(3)}`,
    );
  }
  for (const r of reports) {
    lines.push('', `misses (${r.locale}): ${r.misses.length}`);
    for (const m of r.misses) {
      lines.push(`  "${m.query}": missing ${m.missing.join('; ')}`);
      lines.push(...(m.top.length > 0 ? m.top.map((t, i) => `      ${i + 1}. ${t}`) : ['      (no hits)']));
    }
  }
  return lines.join('\n');
}
