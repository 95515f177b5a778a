import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ContentVersions } from '../../graphql/anonymous-cache/content-versions.js';
import type { Actor } from '../../auth/actor.js';
import { notFound } from '../../common/domain-error.js';
import type { UserEntity } from './user.entity.js';
import { UsersRepository } from './users.repository.js';

@Injectable()
export class UsersService {
  constructor(
    private readonly db: DataSource,
    private readonly users: UsersRepository,
    private readonly versions: ContentVersions,
  ) {}

  async me(actor: Actor): Promise<UserEntity> {
    return this.findOrThrow(actor.id);
  }

  findByHandle(handle: string): Promise<UserEntity | null> {
    return this.users.findByHandle(handle.trim());
  }

  async updateProfile(actor: Actor, changes: { displayName?: string | null; locale?: string | null }): Promise<UserEntity> {
    const update: Partial<UserEntity> = {};
    if (changes.displayName) update.displayName = changes.displayName;
    if (changes.locale) update.locale = changes.locale;
    if (Object.keys(update).length > 0) {
      await this.db.transaction(async (tx) => {
        await this.users.update(actor.id, update, tx);
        // Names appear beside every post: cached pages must not keep the old one.
        if (update.displayName) await this.versions.touch(tx, ['users']);
      });
    }
    return this.findOrThrow(actor.id);
  }

  private async findOrThrow(id: string): Promise<UserEntity> {
    const user = await this.users.findById(id);
    if (!user) throw notFound('user');
    return user;
  }
}
