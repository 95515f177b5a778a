import { Module } from '@nestjs/common';
import { BoardActivityReader } from './board-activity.js';
import { BoardActivityResolver } from './board-activity.resolver.js';
import { BoardsRepository } from './boards.repository.js';
import { BoardsResolver } from './boards.resolver.js';
import { BoardsService } from './boards.service.js';

@Module({
  providers: [BoardsRepository, BoardsService, BoardsResolver, BoardActivityReader, BoardActivityResolver],
  exports: [BoardsRepository, BoardsService],
})
export class BoardsModule {}
