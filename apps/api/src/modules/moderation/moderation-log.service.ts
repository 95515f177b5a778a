import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { holds, isAdmin } from '../../auth/actor.policy.js';
import { clampPageSize, decodeCursor, invalidCursor, toPage, type Page } from '../../common/cursor.js';
import { isUuid } from '../../common/uuid.js';
import { forbidden } from '../../common/domain-error.js';
import { ModerationLogEntity } from './moderation-log.entity.js';

export interface LogEntry {
  actorId: string;
  action: string;
  targetType: string;
  targetId: string;
  locale?: string | null;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface LogRecord extends Required<LogEntry> {
  id: string;
  createdAt: Date;
  // The exact time (microseconds), for the page cursor.
  createdKey: string;
}

const COUNT_LIMIT = 10_000;
// A cursor's time, to the microsecond as PostgreSQL keeps it (a Date would round it to milliseconds).
const EXACT_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;

// Always called with the transaction of the change it records: both commit or neither does.
@Injectable()
export class ModerationLogService {
  constructor(private readonly db: DataSource) {}

  async record(tx: EntityManager, entry: LogEntry): Promise<void> {
    await tx.getRepository(ModerationLogEntity).insert({
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      locale: entry.locale ?? null,
      reason: entry.reason ?? null,
      // jsonb columns: TypeORM's insert typing does not model arbitrary JSON
      before: (entry.before ?? null) as never,
      after: (entry.after ?? null) as never,
    });
  }

  // Newest first. Admins read all of it; moderators the entries of their languages and their own.
  async list(viewer: Actor, args: { first?: number | null; after?: string | null; actorId?: string | null; targetId?: string | null }) {
    if (!isAdmin(viewer) && !holds(viewer, 'MODERATOR')) throw forbidden();
    const params: unknown[] = [];
    const where: string[] = [];
    if (!isAdmin(viewer)) {
      params.push(viewer.moderatorLocales, viewer.id);
      where.push(`(locale = ANY($1::text[]) OR actor_id = $2)`);
    }
    if (args.actorId) where.push(`actor_id = $${params.push(args.actorId)}`);
    if (args.targetId) where.push(`target_id = $${params.push(args.targetId)}`);
    const filter = where.length > 0 ? where.join(' AND ') : 'true';
    const count = async () => {
      const [row] = await this.db.query(
        `SELECT count(*)::int AS n FROM (SELECT 1 FROM moderation_log WHERE ${filter} LIMIT ${COUNT_LIMIT}) s`,
        params,
      );
      return row.n as number;
    };
    const limit = clampPageSize(args.first, 50);
    const pageParams = [...params];
    let pageWhere = filter;
    if (args.after) {
      const [at, id] = decodeCursor(args.after, ['string', 'string'] as const);
      if (!EXACT_TIME.test(at) || !isUuid(id)) throw invalidCursor();
      pageWhere += ` AND (created_at, id) < ($${pageParams.push(at)}::timestamptz, $${pageParams.push(id)}::uuid)`;
    }
    const rows = await this.db.query(
      `SELECT id, actor_id, action, target_type, target_id, locale, reason, before, after, created_at,
              to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_key
         FROM moderation_log WHERE ${pageWhere} ORDER BY created_at DESC, id DESC LIMIT $${pageParams.push(limit + 1)}`,
      pageParams,
    );
    const page: Page<LogRecord> = toPage(rows.map(toLogRecord), limit);
    return { page, count };
  }
}

function toLogRecord(row: Record<string, any>): LogRecord {
  return {
    id: row.id,
    actorId: row.actor_id,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    locale: row.locale,
    reason: row.reason,
    before: row.before,
    after: row.after,
    createdAt: row.created_at,
    createdKey: row.created_key,
  };
}
