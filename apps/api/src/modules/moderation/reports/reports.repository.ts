import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ReportReason, ReportResolution } from './report.entity.js';

export interface ReportRecord {
  id: string;
  postId: string;
  reporterId: string;
  reason: ReportReason;
  note: string | null;
  weight: number;
  createdAt: Date;
  resolvedAt: Date | null;
  resolution: ReportResolution | null;
}

const COLUMNS = `id, post_id, reporter_id, reason, note, weight, created_at, resolved_at, resolution`;

@Injectable()
export class ReportsRepository {
  constructor(private readonly db: DataSource) {}

  // Fails with a unique violation (reports_open_reporter_key) when the reporter already has an
  // open report on the post.
  async insert(
    report: Pick<ReportRecord, 'postId' | 'reporterId' | 'reason' | 'note' | 'weight'>,
    tx: EntityManager,
  ): Promise<ReportRecord> {
    const [row] = await tx.query(
      `INSERT INTO reports (post_id, reporter_id, reason, note, weight) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
      [report.postId, report.reporterId, report.reason, report.note, report.weight],
    );
    return toRecord(row);
  }

  // The summed weight of the distinct reporters with an open report on the post.
  async openWeight(postId: string, tx: EntityManager): Promise<{ weight: number; count: number }> {
    const [row] = await tx.query(
      `SELECT coalesce(sum(weight), 0)::float8 AS weight, count(*)::int AS count FROM reports WHERE post_id = $1 AND resolved_at IS NULL`,
      [postId],
    );
    return row;
  }

  // Resolves every open report of the posts at once and moves each reporter's record (one
  // report per reporter and post: a reporter of two posts counts twice); returns the reporters.
  async resolveOpen(postIds: readonly string[], actorId: string, resolution: ReportResolution, tx: EntityManager): Promise<string[]> {
    const rows: { reporter_id: string }[] = await tx.query(
      `WITH resolved AS (
         UPDATE reports SET resolved_at = now(), resolved_by_id = $2, resolution = $3 WHERE post_id = ANY($1::uuid[]) AND resolved_at IS NULL RETURNING reporter_id
       ), per_reporter AS (
         SELECT reporter_id, count(*)::int AS n FROM resolved GROUP BY reporter_id
       ), counted AS (
         UPDATE users u SET reports_upheld = reports_upheld + CASE WHEN $3 = 'UPHELD' THEN r.n ELSE 0 END,
                            reports_dismissed = reports_dismissed + CASE WHEN $3 = 'DISMISSED' THEN r.n ELSE 0 END
           FROM per_reporter r WHERE u.id = r.reporter_id RETURNING u.id
       )
       SELECT reporter_id FROM per_reporter`,
      [postIds, actorId, resolution],
    );
    return rows.map((r) => r.reporter_id);
  }

  // The open reports of each post, oldest first (a review page's items).
  async openFor(postIds: readonly string[]): Promise<ReportRecord[]> {
    const rows = await this.db.query(
      `SELECT ${COLUMNS} FROM reports WHERE post_id = ANY($1::uuid[]) AND resolved_at IS NULL ORDER BY created_at, id`,
      [postIds],
    );
    return rows.map(toRecord);
  }
}

function toRecord(row: Record<string, any>): ReportRecord {
  return {
    id: row.id,
    postId: row.post_id,
    reporterId: row.reporter_id,
    reason: row.reason,
    note: row.note,
    weight: row.weight,
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
    resolution: row.resolution,
  };
}
