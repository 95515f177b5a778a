import { Module } from '@nestjs/common';
import { BoardsRepository } from './boards.repository.js';
import { BoardsResolver } from './boards.resolver.js';
import { BoardsService } from './boards.service.js';

@Module({
  providers: [BoardsRepository, BoardsService, BoardsResolver],
  exports: [BoardsRepository, BoardsService],
})
export class BoardsModule {}
