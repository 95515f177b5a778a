import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
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

// Always called with the transaction of the change it records: both commit or neither does.
@Injectable()
export class ModerationLogService {
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
}
