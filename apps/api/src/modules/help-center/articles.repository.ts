import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { toPage, type Page } from '../../common/cursor.js';
import { returnedRows } from '../../common/sql.js';
import type { ArticleStatus } from './article.entity.js';

export interface CategoryRecord {
  id: string;
  key: string;
  locale: string;
  name: string;
  position: number;
}

export interface ArticleRecord {
  id: string;
  slug: string;
  locale: string;
  topicKey: string;
  categoryId: string;
  title: string;
  body: string;
  bodyHtml: string;
  status: ArticleStatus;
  revision: number;
  authorId: string;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
}

const COLUMNS = `a.id, a.slug, a.locale, a.topic_key, a.category_id, a.title, a.body, a.body_html, a.status, a.revision, a.author_id, a.created_at, a.updated_at, a.published_at`;
// Milliseconds, as page cursors carry them.
const NOW = `date_trunc('milliseconds', now())`;
const COUNT_LIMIT = 10_000;

@Injectable()
export class ArticlesRepository {
  constructor(private readonly db: DataSource) {}

  async categories(locale: string): Promise<CategoryRecord[]> {
    return this.db.query(`SELECT id, key, locale, name, position FROM article_categories WHERE locale = $1 ORDER BY position, key`, [
      locale,
    ]);
  }

  async categoriesByIds(ids: readonly string[]): Promise<CategoryRecord[]> {
    return this.db.query(`SELECT id, key, locale, name, position FROM article_categories WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async category(locale: string, key: string, tx: EntityManager = this.db.manager): Promise<CategoryRecord | null> {
    const [row] = await tx.query(`SELECT id, key, locale, name, position FROM article_categories WHERE locale = $1 AND key = $2`, [
      locale,
      key,
    ]);
    return row ?? null;
  }

  // Fails with a unique violation (article_categories_locale_key) for a key the language has.
  async insertCategory(category: Omit<CategoryRecord, 'id'>, tx: EntityManager = this.db.manager): Promise<CategoryRecord> {
    const [row] = await tx.query(
      `INSERT INTO article_categories (key, locale, name, position) VALUES ($1, $2, $3, $4) RETURNING id, key, locale, name, position`,
      [category.key, category.locale, category.name, category.position],
    );
    return row;
  }

  // Articles per category, counting drafts and archived ones only when `all`.
  async countByCategory(categoryIds: readonly string[], all: boolean): Promise<{ categoryId: string; n: number }[]> {
    return this.db.query(
      `SELECT category_id AS "categoryId", count(*)::int AS n FROM articles WHERE category_id = ANY($1::uuid[]) AND ($2 OR status = 'PUBLISHED') GROUP BY category_id`,
      [categoryIds, all],
    );
  }

  async findById(id: string, tx: EntityManager = this.db.manager): Promise<ArticleRecord | null> {
    const [row] = await tx.query(`SELECT ${COLUMNS} FROM articles a WHERE a.id = $1`, [id]);
    return row ? toRecord(row) : null;
  }

  async findBySlug(locale: string, slug: string): Promise<ArticleRecord | null> {
    const [row] = await this.db.query(`SELECT ${COLUMNS} FROM articles a WHERE a.locale = $1 AND a.slug = $2`, [locale, slug]);
    return row ? toRecord(row) : null;
  }

  async findByTopics(topicKeys: readonly string[]): Promise<ArticleRecord[]> {
    const rows = await this.db.query(`SELECT ${COLUMNS} FROM articles a WHERE a.topic_key = ANY($1::text[]) ORDER BY a.locale`, [
      topicKeys,
    ]);
    return rows.map(toRecord);
  }

  // Most recently updated first, keyset on (updated_at, id).
  async list(q: {
    locale: string;
    categoryId: string | null;
    statuses: ArticleStatus[];
    after: [Date, string] | null;
    limit: number;
  }): Promise<Page<ArticleRecord>> {
    const { where, params } = listFilter(q);
    if (q.after) {
      params.push(q.after[0], q.after[1]);
      where.push(`(a.updated_at, a.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(q.limit + 1);
    const rows = await this.db.query(
      `SELECT ${COLUMNS} FROM articles a WHERE ${where.join(' AND ')} ORDER BY a.updated_at DESC, a.id DESC LIMIT $${params.length}`,
      params,
    );
    return toPage(rows.map(toRecord), q.limit);
  }

  async count(q: { locale: string; categoryId: string | null; statuses: ArticleStatus[] }): Promise<number> {
    const { where, params } = listFilter(q);
    const [row] = await this.db.query(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM articles a WHERE ${where.join(' AND ')} LIMIT ${COUNT_LIMIT}) s`,
      params,
    );
    return row.n;
  }

  // The article and its first revision. Fails with a unique violation for a slug or topic the
  // language has (articles_locale_slug_key, articles_locale_topic_key).
  async insert(
    article: Pick<ArticleRecord, 'slug' | 'locale' | 'topicKey' | 'categoryId' | 'title' | 'body' | 'bodyHtml' | 'authorId'> & {
      status?: ArticleStatus;
      at?: Date;
    },
    tx: EntityManager,
  ): Promise<string> {
    const status = article.status ?? 'DRAFT';
    const [row] = await tx.query(
      `WITH article AS (
         INSERT INTO articles (slug, locale, topic_key, category_id, title, body, body_html, author_id, status, created_at, updated_at, published_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::varchar, coalesce($10::timestamptz, ${NOW}), coalesce($10::timestamptz, ${NOW}), CASE WHEN $9::varchar = 'PUBLISHED' THEN coalesce($10::timestamptz, ${NOW}) END)
         RETURNING id, title, body, author_id, created_at
       )
       INSERT INTO article_revisions (article_id, revision, title, body, edited_by_id, edited_at)
       SELECT id, 1, title, body, author_id, created_at FROM article RETURNING article_id AS id`,
      [
        article.slug,
        article.locale,
        article.topicKey,
        article.categoryId,
        article.title,
        article.body,
        article.bodyHtml,
        article.authorId,
        status,
        article.at ?? null,
      ],
    );
    return row.id;
  }

  // A new text over the revision the editor saw, with its revision row; null when it is stale.
  async update(
    edit: { id: string; expectedRevision: number; title: string; body: string; bodyHtml: string; categoryId: string; editorId: string },
    tx: EntityManager,
  ): Promise<number | null> {
    const [row] = returnedRows<{ revision: number }>(
      await tx.query(
        `UPDATE articles SET title = $3, body = $4, body_html = $5, category_id = $6, revision = revision + 1, updated_at = ${NOW}
          WHERE id = $1 AND revision = $2 RETURNING revision`,
        [edit.id, edit.expectedRevision, edit.title, edit.body, edit.bodyHtml, edit.categoryId],
      ),
    );
    if (!row) return null;
    await tx.query(`INSERT INTO article_revisions (article_id, revision, title, body, edited_by_id) VALUES ($1, $2, $3, $4, $5)`, [
      edit.id,
      row.revision,
      edit.title,
      edit.body,
      edit.editorId,
    ]);
    return row.revision;
  }

  async lockForUpdate(id: string, tx: EntityManager): Promise<ArticleRecord | null> {
    const [row] = await tx.query(`SELECT ${COLUMNS} FROM articles a WHERE a.id = $1 FOR UPDATE`, [id]);
    return row ? toRecord(row) : null;
  }

  async setStatus(id: string, status: ArticleStatus, tx: EntityManager): Promise<void> {
    await tx.query(
      `UPDATE articles SET status = $2::varchar, updated_at = ${NOW}, published_at = CASE WHEN $2::varchar = 'PUBLISHED' THEN ${NOW} ELSE published_at END WHERE id = $1`,
      [id, status],
    );
  }
}

function listFilter(q: { locale: string; categoryId: string | null; statuses: ArticleStatus[] }): { where: string[]; params: unknown[] } {
  const params: unknown[] = [q.locale, q.statuses];
  const where = [`a.locale = $1`, `a.status = ANY($2::text[])`];
  if (q.categoryId) where.push(`a.category_id = $${params.push(q.categoryId)}`);
  return { where, params };
}

function toRecord(row: Record<string, any>): ArticleRecord {
  return {
    id: row.id,
    slug: row.slug,
    locale: row.locale,
    topicKey: row.topic_key,
    categoryId: row.category_id,
    title: row.title,
    body: row.body,
    bodyHtml: row.body_html,
    status: row.status,
    revision: row.revision,
    authorId: row.author_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
  };
}
