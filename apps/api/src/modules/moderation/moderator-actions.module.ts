import { Module } from '@nestjs/common';
import { BoardsModule } from '../boards/boards.module.js';
import { ScamGuardModule } from '../scam-guard/scam-guard.module.js';
import { ThreadsModule } from '../threads/threads.module.js';
import { UsersModule } from '../users/users.module.js';
import { ModerationLogResolver } from './moderation-log.resolver.js';
import { ModeratorActionsResolver } from './moderator-actions.resolver.js';
import { ModeratorActionsService } from './moderator-actions.service.js';
import { PurgeResultResolver } from './purge-result.resolver.js';
import { PurgeService } from './purge.service.js';
import { ReportsRepository } from './reports/reports.repository.js';
import { ReportsResolver } from './reports/reports.resolver.js';
import { ReportsService } from './reports/reports.service.js';
import { ReviewQueueConsumer } from './review/review-queue.consumer.js';
import { ReviewQueueRepository } from './review/review-queue.repository.js';
import { ReviewQueueResolver } from './review/review-queue.resolver.js';
import { ReviewQueueService } from './review/review-queue.service.js';
import { TrustService } from './trust.service.js';

// The moderators' work: reports, the review queue, actions on posts, threads and accounts, and
// the log's reading side (its writing side is ModerationModule's, global, used by every writer).
@Module({
  imports: [ThreadsModule, UsersModule, BoardsModule, ScamGuardModule],
  providers: [
    ModeratorActionsService,
    ModeratorActionsResolver,
    PurgeService,
    PurgeResultResolver,
    ReportsRepository,
    ReportsService,
    ReportsResolver,
    ReviewQueueRepository,
    ReviewQueueService,
    ReviewQueueResolver,
    ReviewQueueConsumer,
    TrustService,
    ModerationLogResolver,
  ],
})
export class ModeratorActionsModule {}
