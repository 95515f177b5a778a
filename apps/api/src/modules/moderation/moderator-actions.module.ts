import { Module } from '@nestjs/common';
import { ThreadsModule } from '../threads/threads.module.js';
import { UsersModule } from '../users/users.module.js';
import { ModeratorActionsResolver } from './moderator-actions.resolver.js';
import { ModeratorActionsService } from './moderator-actions.service.js';

// The moderators' actions; the log they write is ModerationModule's (global, used by every writer).
@Module({
  imports: [ThreadsModule, UsersModule],
  providers: [ModeratorActionsService, ModeratorActionsResolver],
})
export class ModeratorActionsModule {}
