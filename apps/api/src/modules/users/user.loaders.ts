import DataLoader from 'dataloader';
import { inKeyOrder } from '../../common/batch.js';
import type { StaffBadgeEntity } from './staff-badge.entity.js';
import type { UsersRepository } from './users.repository.js';

// Authors of threads and posts come with their rows; this serves users reached otherwise
// (me, user(handle)) whose badges are asked for.
export function createUserLoaders(users: UsersRepository) {
  return {
    badgeByUserId: new DataLoader<string, StaffBadgeEntity | null>(async (ids) =>
      inKeyOrder(ids, await users.currentBadgesByUserIds(ids), (b) => b.userId),
    ),
  };
}
