import { searchTerms, snippet } from '#libs/search-text';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { clampPageSize, decodeCursor, invalidCursor, type Page } from '../../common/cursor.js';
import { messageLocale } from '../../i18n/translate.js';
import { requestContext } from '../../common/request-context.js';
import { isUuid } from '../../common/uuid.js';
import type { SearchHitType, SearchInput, SearchKind } from './graphql/search.types.js';
import { SearchRepository, type SearchQuery, type SearchRow } from './search.repository.js';

// A search statement runs at most this long (the API's general statement timeout is longer).
const SEARCH_TIMEOUT_MS = 3000;
const COUNT_LIMIT = 1000;

// Search over threads and articles, one language at a time, Chinese segmented by jieba.
@Injectable()
export class SearchService {
  constructor(
    private readonly db: DataSource,
    private readonly repository: SearchRepository,
  ) {}

  async search(viewer: Actor | null, input: SearchInput, page: { first?: number | null; after?: string | null }) {
    let after: [number, string] | null = null;
    let asOf = new Date();
    if (page.after) {
      const [score, id, at] = decodeCursor(page.after, ['number', 'string', 'date'] as const);
      if (!isUuid(id)) throw invalidCursor();
      after = [score, id];
      asOf = at;
    }
    const query: Omit<SearchQuery, 'after' | 'limit' | 'asOf'> = {
      viewer,
      locale: input.locale ?? messageLocale(requestContext.current()?.locale),
      terms: searchTerms(input.query).join(' '),
      mode: 'all',
      kinds: input.kinds?.length ? [...new Set(input.kinds)] : ['THREAD', 'ARTICLE'],
      boardId: input.boardId ?? null,
      tag: input.tag?.trim().toLowerCase() || null,
      answered: input.answered ?? null,
    };
    const limit = clampPageSize(page.first);
    const { rows, marks } = await this.run({ ...query, after, asOf, limit });
    return {
      page: { items: rows.slice(0, limit).map((r) => this.hit(r, marks)), hasNextPage: rows.length > limit } satisfies Page<SearchHitType>,
      asOf,
      count: async () => (await this.run({ ...query, after: null, asOf, limit: COUNT_LIMIT })).rows.length,
    };
  }

  // Threads and articles that probably answer a title being typed: any of its words, answered first.
  async similar(viewer: Actor | null, title: string, locale: string, first: number | null | undefined): Promise<SearchHitType[]> {
    const terms = searchTerms(title);
    if (terms.length === 0) return [];
    const limit = Math.min(Math.max(first ?? 5, 1), 10);
    const { rows, marks } = await this.run({
      viewer,
      locale,
      terms: terms.join(' '),
      mode: 'any',
      kinds: ['THREAD', 'ARTICLE'],
      boardId: null,
      tag: null,
      answered: null,
      after: null,
      asOf: new Date(),
      limit,
      answeredFirst: true,
    });
    return rows.slice(0, limit).map((r) => this.hit(r, marks));
  }

  // The query's words (as segmented) and their stems are what the snippets mark.
  private async run(query: SearchQuery): Promise<{ rows: SearchRow[]; marks: string[] }> {
    if (!query.terms) return { rows: [], marks: [] };
    return this.db.transaction(async (tx) => {
      await tx.query(`SET LOCAL statement_timeout = ${SEARCH_TIMEOUT_MS}`);
      const rows = await this.repository.search(query, tx);
      const marks = rows.length > 0 ? [...query.terms.split(' '), ...(await this.repository.lexemes(query.terms, tx))] : [];
      return { rows, marks };
    });
  }

  private hit(row: SearchRow, marks: string[]): SearchHitType {
    const passage = snippet(row.text, marks);
    return { kind: row.kind as SearchKind, title: row.title, snippet: passage, score: row.score, id: row.id, threadId: row.threadId };
  }
}
