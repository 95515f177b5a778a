import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { toPage, type Page } from '../../../common/cursor.js';
import { returnedRows } from '../../../common/sql.js';
import { reviewPriority } from '../trust.js';

export interface ReviewItemRecord {
  postId: string;
  locale: string;
  priority: number;
  rank: number;
  guardUrgency: number;
  reportUrgency: number;
  reportCount: number;
  autoHidden: boolean;
  openedAt: Date;
  resolvedAt: Date | null;
}

export type OpenItem = Pick<ReviewItemRecord, 'postId' | 'locale' | 'guardUrgency' | 'reportUrgency' | 'reportCount' | 'autoHidden'>;

const COLUMNS = `post_id, locale, priority, rank, guard_urgency, report_urgency, report_count, auto_hidden, opened_at, resolved_at`;
// Milliseconds, as a cursor carries them: a page boundary never falls inside a timestamp.
const OPENED_NOW = `date_trunc('milliseconds', now())`;
// At most this many rows are counted for totalCount.
const COUNT_LIMIT = 10_000;

// The review queue's rows. Writers hold the post's thread row lock (the lock every write to a
// thread and its posts takes first), so an item is never changed by two writers at once.
@Injectable()
export class ReviewQueueRepository {
  constructor(private readonly db: DataSource) {}

  async find(postId: string, tx: EntityManager): Promise<ReviewItemRecord | null> {
    const [row] = await tx.query(`SELECT ${COLUMNS} FROM review_items WHERE post_id = $1`, [postId]);
    return row ? toRecord(row) : null;
  }

  // Opens the item (again, when an earlier one was resolved) or updates the open one.
  async save(item: OpenItem, tx: EntityManager, reopen: boolean): Promise<void> {
    const priority = reviewPriority({ guard: item.guardUrgency, reports: item.reportUrgency, autoHidden: item.autoHidden });
    await tx.query(
      `INSERT INTO review_items (post_id, locale, priority, rank, guard_urgency, report_urgency, report_count, auto_hidden, opened_at)
       VALUES ($1, $2, $3, -$3::double precision, $4, $5, $6, $7, ${OPENED_NOW})
       ON CONFLICT (post_id) DO UPDATE SET
         locale = EXCLUDED.locale, priority = EXCLUDED.priority, rank = EXCLUDED.rank, guard_urgency = EXCLUDED.guard_urgency,
         report_urgency = EXCLUDED.report_urgency, report_count = EXCLUDED.report_count, auto_hidden = EXCLUDED.auto_hidden,
         opened_at = CASE WHEN $8 THEN ${OPENED_NOW} ELSE review_items.opened_at END,
         resolved_at = NULL, resolved_by_id = NULL`,
      [item.postId, item.locale, priority, item.guardUrgency, item.reportUrgency, item.reportCount, item.autoHidden, reopen],
    );
  }

  // The posts whose open items were resolved.
  async resolve(postIds: readonly string[], actorId: string, tx: EntityManager): Promise<string[]> {
    const rows = returnedRows<{ post_id: string }>(
      await tx.query(
        `UPDATE review_items SET resolved_at = now(), resolved_by_id = $2 WHERE post_id = ANY($1::uuid[]) AND resolved_at IS NULL RETURNING post_id`,
        [postIds, actorId],
      ),
    );
    return rows.map((r) => r.post_id);
  }

  async relocate(threadId: string, locale: string, tx: EntityManager): Promise<void> {
    await tx.query(`UPDATE review_items SET locale = $2 WHERE post_id IN (SELECT id FROM posts WHERE thread_id = $1)`, [threadId, locale]);
  }

  // Most urgent first, then oldest; `locales` null: every language. Reads the open items'
  // index in its order and stops after one page, at any depth.
  async listOpen(q: { locales: string[] | null; after: [number, Date, string] | null; limit: number }): Promise<Page<ReviewItemRecord>> {
    const params: unknown[] = [q.limit + 1];
    let where = 'resolved_at IS NULL';
    if (q.locales) {
      params.push(q.locales);
      where += ` AND locale = ANY($${params.length}::text[])`;
    }
    if (q.after) {
      params.push(...q.after);
      where += ` AND (rank, opened_at, post_id) > ($${params.length - 2}::double precision, $${params.length - 1}::timestamptz, $${params.length}::uuid)`;
    }
    const rows = await this.db.query(
      `SELECT ${COLUMNS} FROM review_items WHERE ${where} ORDER BY rank, opened_at, post_id LIMIT $1`,
      params,
    );
    return toPage(rows.map(toRecord), q.limit);
  }

  async countOpen(locales: string[] | null): Promise<number> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM review_items WHERE resolved_at IS NULL AND ($1::text[] IS NULL OR locale = ANY($1::text[])) LIMIT ${COUNT_LIMIT}) s`,
      [locales],
    );
    return row.n;
  }
}

function toRecord(row: Record<string, any>): ReviewItemRecord {
  return {
    postId: row.post_id,
    locale: row.locale,
    priority: row.priority,
    rank: row.rank,
    guardUrgency: row.guard_urgency,
    reportUrgency: row.report_urgency,
    reportCount: row.report_count,
    autoHidden: row.auto_hidden,
    openedAt: row.opened_at,
    resolvedAt: row.resolved_at,
  };
}
