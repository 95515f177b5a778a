import { Module } from '@nestjs/common';
import { BoardsModule } from '../boards/boards.module.js';
import { UsersModule } from '../users/users.module.js';
import { ContentStateService } from './content-state.service.js';
import { PostsRepository } from '../posts/posts.repository.js';
import { PostsResolver } from '../posts/posts.resolver.js';
import { PostsService } from '../posts/posts.service.js';
import { OfficialAnswersService } from './official-answers.service.js';
import { ThreadFieldsResolver } from './thread-fields.resolver.js';
import { ThreadsRepository } from './threads.repository.js';
import { BoardThreadsResolver, ThreadsResolver } from './threads.resolver.js';
import { ThreadsService } from './threads.service.js';

// Threads and their posts form one aggregate: a reply's write locks its thread's row.
@Module({
  imports: [BoardsModule, UsersModule],
  providers: [
    ThreadsRepository,
    PostsRepository,
    ContentStateService,
    OfficialAnswersService,
    ThreadsService,
    PostsService,
    ThreadsResolver,
    BoardThreadsResolver,
    ThreadFieldsResolver,
    PostsResolver,
  ],
  exports: [ThreadsRepository, PostsRepository, ContentStateService, ThreadsService, PostsService],
})
export class ThreadsModule {}
