import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Outbox } from '../../events/outbox.js';
import { NameGuard } from './name-guard.service.js';
import type { Actor } from '../../auth/actor.js';
import { forbidden, notFound } from '../../common/domain-error.js';
import { ModerationLogService } from '../moderation/moderation-log.service.js';
import type { SetRolesInput } from './graphql/set-roles.input.js';
import { ROLES, type UserEntity } from './user.entity.js';
import { UsersRepository } from './users.repository.js';

@Injectable()
export class UsersService {
  constructor(
    private readonly db: DataSource,
    private readonly users: UsersRepository,
    private readonly outbox: Outbox,
    private readonly names: NameGuard,
    private readonly log: ModerationLogService,
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
    if (update.displayName) await this.names.assertAllowed({ displayName: update.displayName }, actor.id);
    if (Object.keys(update).length > 0) {
      await this.db.transaction(async (tx) => {
        await this.users.update(actor.id, update, tx);
        // Names appear beside every post: cached pages must not keep the old one.
        if (update.displayName) await this.outbox.publish(tx, { type: 'UserChanged', userId: actor.id });
      });
    }
    return this.findOrThrow(actor.id);
  }

  // Every account keeps USER; moderator languages only mean something for moderators. An admin
  // cannot take their own admin role away, so the forum is never left without one by mistake.
  async setRoles(actor: Actor, input: SetRolesInput): Promise<UserEntity> {
    const roles = ROLES.filter((role) => role === 'USER' || input.roles.includes(role));
    const moderatorLocales = roles.includes('MODERATOR') ? [...new Set(input.moderatorLocales ?? [])] : [];
    if (actor.id === input.userId && !roles.includes('ADMIN')) throw forbidden('errors.cannotDemoteSelf');
    return this.db.transaction(async (tx) => {
      const user = await this.users.findById(input.userId, tx);
      if (!user) throw notFound('user');
      await this.users.update(user.id, { roles, moderatorLocales }, tx);
      await this.log.record(tx, {
        actorId: actor.id,
        action: 'SET_ROLES',
        targetType: 'USER',
        targetId: user.id,
        before: { roles: user.roles, moderatorLocales: user.moderatorLocales },
        after: { roles, moderatorLocales },
      });
      await this.outbox.publish(tx, { type: 'UserChanged', userId: user.id });
      return { ...user, roles, moderatorLocales };
    });
  }

  withBadge<U extends { id: string }>(user: U) {
    return this.users.withBadge(user);
  }

  private async findOrThrow(id: string): Promise<UserEntity> {
    const user = await this.users.findById(id);
    if (!user) throw notFound('user');
    return user;
  }
}
