import DataLoader from 'dataloader';
import { inKeyOrder } from '../../common/batch.js';
import type { StaffBadgeEntity } from './staff-badge.entity.js';
import type { UserEntity } from './user.entity.js';
import type { UsersRepository } from './users.repository.js';

export function createUserLoaders(users: UsersRepository) {
  return {
    userById: new DataLoader<string, UserEntity | null>(async (ids) => inKeyOrder(ids, await users.findByIds(ids), (u) => u.id)),
    badgeByUserId: new DataLoader<string, StaffBadgeEntity | null>(async (ids) =>
      inKeyOrder(ids, await users.currentBadgesByUserIds(ids), (b) => b.userId),
    ),
  };
}
