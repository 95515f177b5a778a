import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { searchablePostsSql } from '../../access/content-visibility.js';
import type { Actor } from '../../auth/actor.js';

export interface SearchRow {
  kind: 'THREAD' | 'ARTICLE';
  // The post for a thread hit, the article for an article hit.
  id: string;
  threadId: string | null;
  title: string;
  text: string;
  score: number;
  answered: boolean;
}

export interface SearchQuery {
  viewer: Actor | null;
  locale: string;
  // The query's words (libs/search-text), space-separated.
  terms: string;
  mode: 'all' | 'any';
  kinds: ('THREAD' | 'ARTICLE')[];
  boardId: string | null;
  tag: string | null;
  answered: boolean | null;
  after: [number, string] | null;
  // The moment recency is measured from: the first page's, carried by the cursor, so that every
  // page of one search ranks by the same scores.
  asOf: Date;
  limit: number;
  // Answered hits first (similar questions), else by score alone.
  answeredFirst?: boolean;
}

// Relevance × boosts, as documented in the README: an answered thread × 1.5, an article × 1.3,
// and recency from × 2 (today) down towards × 1 (a month old: × 1.5).
const RECENCY = (at: string) => `(1 + 1 / (1 + greatest(extract(epoch FROM $3::timestamptz - ${at}), 0) / 2592000))`;
const RANK = `ts_rank_cd(d.tsv, q.any_query, 32)`;
// Which of the query's words (bits, in the order of q.lexemes) a document contains.
const WORDS_IN_DOCUMENT = `(SELECT coalesce(bit_or(1::bigint << (m.n - 1)::int), 0) FROM unnest(q.lexemes) WITH ORDINALITY AS m(lexeme, n) WHERE d.tsv @@ quote_literal(m.lexeme)::tsquery)`;
// At most this many distinct words of a query count (the bits of a bigint).
const MAX_QUERY_WORDS = 30;

@Injectable()
export class SearchRepository {
  constructor(private readonly db: DataSource) {}

  // The best-matching post of each thread the viewer may read it in, and published articles,
  // one ranked list, keyset on (score, id).
  async search(q: SearchQuery, tx: EntityManager): Promise<SearchRow[]> {
    const params: unknown[] = [q.terms, q.locale, q.asOf];
    const parts: string[] = [];
    if (q.kinds.includes('THREAD')) {
      const filters = [searchablePostsSql(q.viewer, q.locale, params)];
      if (q.boardId) filters.push(`t.board_id = $${params.push(q.boardId)}`);
      if (q.tag) filters.push(`t.tags @> ARRAY[$${params.push(q.tag)}]::text[]`);
      if (q.answered !== null) filters.push(q.answered ? `t.official_answer_post_id IS NOT NULL` : `t.official_answer_post_id IS NULL`);
      // A thread matches when its readable posts together hold every word (`all`), as one index
      // over the question and its replies would: a word in the question and another in a reply
      // find it. Its hit is its best post.
      parts.push(`
        SELECT 'THREAD' AS kind, post_id AS id, thread_id, title, text, score, answered FROM (
          SELECT d.source_id AS post_id, d.thread_id, t.title, p.body AS text, t.official_answer_post_id IS NOT NULL AS answered,
                 (${RANK} * CASE WHEN t.official_answer_post_id IS NOT NULL THEN 1.5 ELSE 1 END * ${RECENCY('t.last_activity_at')})::float8 AS score,
                 row_number() OVER (PARTITION BY d.thread_id ORDER BY ${RANK} DESC, p.post_number) AS nth,
                 ${q.mode === 'all' ? `bit_or(${WORDS_IN_DOCUMENT}) OVER (PARTITION BY d.thread_id)` : '0::bigint'} AS covered, q.all_words
            FROM q, search_documents d
            JOIN posts p ON p.id = d.source_id
            JOIN threads t ON t.id = d.thread_id
            JOIN boards b ON b.id = t.board_id
           WHERE d.kind = 'POST' AND d.locale = $2 AND d.tsv @@ q.any_query AND ${filters.join(' AND ')}
        ) best WHERE nth = 1${q.mode === 'all' ? ' AND covered = all_words' : ''}`);
    }
    // Articles are not in boards, tags or answered threads: those filters ask for threads only.
    if (q.kinds.includes('ARTICLE') && !q.boardId && !q.tag && q.answered === null) {
      parts.push(`
        SELECT 'ARTICLE' AS kind, a.id, NULL::uuid AS thread_id, a.title, a.body AS text, (${RANK} * 1.3 * ${RECENCY('a.updated_at')})::float8 AS score, true AS answered
          FROM q, search_documents d JOIN articles a ON a.id = d.source_id
         WHERE d.kind = 'ARTICLE' AND d.locale = $2 AND a.status = 'PUBLISHED' AND d.tsv @@ ${q.mode === 'all' ? 'q.all_query' : 'q.any_query'}`);
    }
    if (parts.length === 0) return [];
    let where = 'true';
    if (q.after) where = `(score, id) < ($${params.push(q.after[0])}::float8, $${params.push(q.after[1])}::uuid)`;
    const order = q.answeredFirst ? 'answered DESC, score DESC, id DESC' : 'score DESC, id DESC';
    // The query's words as the index stores them (stems, Chinese words as they are); no word
    // (only stop words, or nothing) finds nothing.
    const rows = await tx.query(
      `WITH w AS (SELECT ARRAY(SELECT lexeme FROM unnest(to_tsvector('english', $1)) ORDER BY lexeme LIMIT ${MAX_QUERY_WORDS}) AS lexemes),
            q AS (SELECT lexemes,
                         (SELECT string_agg(quote_literal(x), ' | ') FROM unnest(lexemes) x)::tsquery AS any_query,
                         (SELECT string_agg(quote_literal(x), ' & ') FROM unnest(lexemes) x)::tsquery AS all_query,
                         (1::bigint << cardinality(lexemes)) - 1 AS all_words
                    FROM w)
       SELECT * FROM (${parts.join(' UNION ALL ')}) hits WHERE ${where} ORDER BY ${order} LIMIT $${params.push(q.limit + 1)}`,
      params,
    );
    return rows.map((r: Record<string, any>) => ({
      kind: r.kind,
      id: r.id,
      threadId: r.thread_id,
      title: r.title,
      text: r.text,
      score: r.score,
      answered: r.answered,
    }));
  }

  // The query's words as the index stores them (stemmed), to mark them in snippets.
  async lexemes(text: string, tx: EntityManager): Promise<string[]> {
    const [row] = await tx.query(`SELECT coalesce(array_agg(lexeme), '{}') AS lexemes FROM unnest(to_tsvector('english', $1))`, [text]);
    return row.lexemes;
  }
}
