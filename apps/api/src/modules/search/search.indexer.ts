import { indexText } from '#libs/search-text';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { StoredEvent } from '../../events/domain-event.js';
import { EventRelay } from '../../events/event-relay.js';

// Rows read per batch when the whole index is rebuilt.
const REINDEX_BATCH = 500;

const POST_SOURCE = `
  SELECT p.id, p.thread_id, p.post_number, p.body, t.title, b.locale
    FROM posts p JOIN threads t ON t.id = p.thread_id JOIN boards b ON b.id = t.board_id`;
const ARTICLE_SOURCE = `SELECT a.id, a.title, a.body, a.locale FROM articles a`;

// Keeps the search index in step with the content. New writes reach it from the outbox through a
// durable consumer (so no write path gets slower, and a restart resumes where it stopped): the
// index lags a commit by the relay's delivery, normally a few milliseconds and at most
// EVENT_POLL_MS when a notification is missed. Only text is indexed; who may see a hit is decided
// when searching, so hiding, removing or making a thread private needs no reindexing.
@Injectable()
export class SearchIndexer implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly relay: EventRelay,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.relay.register({ name: 'search-index', durable: true, handle: (events) => this.handle(events) });
  }

  private async handle(events: readonly StoredEvent[]): Promise<void> {
    const posts = new Set<string>();
    const threads = new Set<string>();
    const articles = new Set<string>();
    for (const event of events) {
      if (event.type === 'PostCreated' || (event.type === 'PostChanged' && event.edited)) posts.add(event.postId);
      // A new title, or another board (another language): every post of the thread.
      else if (event.type === 'ThreadCreated' || event.type === 'ThreadChanged') threads.add(event.threadId);
      else if (event.type === 'HelpCenterChanged' && event.articleId) articles.add(event.articleId);
    }
    if (threads.size > 0) await this.indexPosts(`WHERE p.thread_id = ANY($1::uuid[])`, [[...threads]]);
    if (posts.size > 0) await this.indexPosts(`WHERE p.id = ANY($1::uuid[])`, [[...posts]]);
    if (articles.size > 0) await this.indexArticles(`WHERE a.id = ANY($1::uuid[])`, [[...articles]]);
  }

  // How many documents a full reindex writes.
  async countSources(): Promise<number> {
    const [row] = await this.db.query(`SELECT ((SELECT count(*) FROM posts) + (SELECT count(*) FROM articles))::int AS n`);
    return row.n;
  }

  // Everything, in batches (npm run search:reindex, and the demo data); returns the documents written.
  async reindexAll(progress: (done: number) => void = () => undefined): Promise<number> {
    let done = 0;
    for (const [source, index] of [
      ['posts', (where: string, params: unknown[]) => this.indexPosts(where, params)],
      ['articles', (where: string, params: unknown[]) => this.indexArticles(where, params)],
    ] as const) {
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const alias = source === 'posts' ? 'p' : 'a';
        const n = await index(`WHERE ${alias}.id > $1 ORDER BY ${alias}.id LIMIT ${REINDEX_BATCH}`, [after]);
        if (n.count === 0) break;
        after = n.last!;
        done += n.count;
        progress(done);
      }
    }
    return done;
  }

  private async indexPosts(where: string, params: unknown[]): Promise<{ count: number; last: string | null }> {
    const rows: { id: string; thread_id: string; post_number: number; body: string; title: string; locale: string }[] = await this.db.query(
      `${POST_SOURCE} ${where}`,
      params,
    );
    // The question carries its thread's title, weighted above any body.
    await this.write(
      rows.map((r) => ({
        id: r.id,
        kind: 'POST',
        threadId: r.thread_id,
        locale: r.locale,
        title: r.post_number === 1 ? r.title : '',
        body: r.body,
      })),
    );
    return { count: rows.length, last: rows.at(-1)?.id ?? null };
  }

  private async indexArticles(where: string, params: unknown[]): Promise<{ count: number; last: string | null }> {
    const rows: { id: string; title: string; body: string; locale: string }[] = await this.db.query(`${ARTICLE_SOURCE} ${where}`, params);
    await this.write(rows.map((r) => ({ id: r.id, kind: 'ARTICLE', threadId: null, locale: r.locale, title: r.title, body: r.body })));
    return { count: rows.length, last: rows.at(-1)?.id ?? null };
  }

  private async write(
    docs: { id: string; kind: 'POST' | 'ARTICLE'; threadId: string | null; locale: string; title: string; body: string }[],
  ): Promise<void> {
    if (docs.length === 0) return;
    await this.db.query(
      `INSERT INTO search_documents (source_id, kind, thread_id, locale, tsv, indexed_at)
       SELECT x.id, x.kind, x.thread_id, x.locale, setweight(to_tsvector('english', x.title), 'A') || setweight(to_tsvector('english', x.body), 'B'), now()
         FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[]) AS x(id, kind, thread_id, locale, title, body)
       ON CONFLICT (source_id) DO UPDATE SET thread_id = EXCLUDED.thread_id, locale = EXCLUDED.locale, tsv = EXCLUDED.tsv, indexed_at = EXCLUDED.indexed_at`,
      [
        docs.map((d) => d.id),
        docs.map((d) => d.kind),
        docs.map((d) => d.threadId),
        docs.map((d) => d.locale),
        docs.map((d) => indexText(d.title)),
        docs.map((d) => indexText(d.body)),
      ],
    );
  }
}
