import DataLoader from 'dataloader';
import { inKeyOrder } from '../../common/batch.js';
import type { BoardEntity } from './board.entity.js';
import type { BoardsRepository } from './boards.repository.js';

export function createBoardLoaders(boards: BoardsRepository) {
  return {
    boardById: new DataLoader<string, BoardEntity | null>(async (ids) => inKeyOrder(ids, await boards.findByIds(ids), (b) => b.id)),
  };
}
