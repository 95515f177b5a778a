import DataLoader from 'dataloader';
import { inKeyOrder } from '../../common/batch.js';
import type { UsersRepository } from './users.repository.js';

export function createUserLoaders(users: UsersRepository) {
  return {
    publicUser: new DataLoader(async (ids: readonly string[]) => inKeyOrder(ids, await users.findPublic(ids), (row) => row.id)),
    moderationFacts: new DataLoader(async (ids: readonly string[]) =>
      inKeyOrder(ids, await users.findModerationFacts(ids), (row) => row.id),
    ),
    privateUserFields: new DataLoader(async (ids: readonly string[]) =>
      inKeyOrder(ids, await users.findPrivateFields(ids), (row) => row.id),
    ),
  };
}
