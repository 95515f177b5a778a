import type { DataSourceOptions } from 'typeorm';
import { SessionEntity } from '../auth/session.entity.js';
import { BoardEntity } from '../modules/boards/board.entity.js';
import { ModerationLogEntity } from '../modules/moderation/moderation-log.entity.js';
import { PostEntity, PostRevisionEntity } from '../modules/posts/post.entity.js';
import { ThreadEntity } from '../modules/threads/thread.entity.js';
import { StaffBadgeEntity } from '../modules/users/staff-badge.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { ScamRuleEntity } from '../modules/scam-guard/scam-rule.entity.js';
import { ReportEntity } from '../modules/moderation/reports/report.entity.js';
import { ReviewItemEntity } from '../modules/moderation/review/review-item.entity.js';
import { StaffLookalikeEntity } from '../modules/staff/staff-lookalike.entity.js';
import { ArticleCategoryEntity, ArticleEntity, ArticleRevisionEntity } from '../modules/help-center/article.entity.js';
import { QueryCountingLogger } from './query-counter.js';
import { CreateCoreSchema1764060000000 } from './migrations/1764060000000-create-core-schema.js';
import { CreateScamRules1764070000000 } from './migrations/1764070000000-create-scam-rules.js';
import { IndexThreadPostReferences1764080000000 } from './migrations/1764080000000-index-thread-post-references.js';
import { ListHeldThreadsByIndex1764090000000 } from './migrations/1764090000000-list-held-threads-by-index.js';
import { CreateDomainEvents1764100000000 } from './migrations/1764100000000-create-domain-events.js';
import { IndexStaffQueueAndMetrics1764110000000 } from './migrations/1764110000000-index-staff-queue-and-metrics.js';
import { CreateReportsAndReviewQueue1764120000000 } from './migrations/1764120000000-create-reports-and-review-queue.js';
import { CreateStaffLookalikes1764130000000 } from './migrations/1764130000000-create-staff-lookalikes.js';
import { CreateHelpCenter1764140000000 } from './migrations/1764140000000-create-help-center.js';

export const ENTITIES = [
  UserEntity,
  SessionEntity,
  StaffBadgeEntity,
  BoardEntity,
  ThreadEntity,
  PostEntity,
  PostRevisionEntity,
  ModerationLogEntity,
  ScamRuleEntity,
  ReportEntity,
  ReviewItemEntity,
  StaffLookalikeEntity,
  ArticleCategoryEntity,
  ArticleEntity,
  ArticleRevisionEntity,
];

// Listed, not globbed: an ESM build has no reliable glob loading, and the order is the history.
export const MIGRATIONS = [
  CreateCoreSchema1764060000000,
  CreateScamRules1764070000000,
  IndexThreadPostReferences1764080000000,
  ListHeldThreadsByIndex1764090000000,
  CreateDomainEvents1764100000000,
  IndexStaffQueueAndMetrics1764110000000,
  CreateReportsAndReviewQueue1764120000000,
  CreateStaffLookalikes1764130000000,
  CreateHelpCenter1764140000000,
];

export interface DatabaseTimeouts {
  DB_CONNECT_TIMEOUT_MS: number;
  DB_STATEMENT_TIMEOUT_MS: number;
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: number;
}

// The application's pool: a database that stops answering (paused, a held lock, a lost network)
// fails requests within these bounds as SERVICE_UNAVAILABLE instead of holding them, and their
// connections, for as long as it hangs. statement_timeout is enforced by the server; the
// client-side query_timeout, a little longer, covers a server that answers nothing at all.
export function applicationPool(timeouts: DatabaseTimeouts): Record<string, number> {
  return {
    max: 20,
    connectionTimeoutMillis: timeouts.DB_CONNECT_TIMEOUT_MS,
    statement_timeout: timeouts.DB_STATEMENT_TIMEOUT_MS,
    query_timeout: timeouts.DB_STATEMENT_TIMEOUT_MS + 1000,
    idle_in_transaction_session_timeout: timeouts.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
  };
}

// The one definition of the connection, shared by the app, the migration CLI and the tests.
export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logger: new QueryCountingLogger(),
    extra: { max: 20 },
    ...extra,
  } as DataSourceOptions;
}
