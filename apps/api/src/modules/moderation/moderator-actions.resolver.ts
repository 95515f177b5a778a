import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, SignedIn } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { PostType } from '../posts/graphql/post.types.js';
import { toPostType } from '../posts/post.mapper.js';
import { ThreadType } from '../threads/graphql/thread.types.js';
import { toThreadType } from '../threads/thread.mapper.js';
import { UserType } from '../users/graphql/user.type.js';
import { toUserType } from '../users/user.mapper.js';
import { UsersRepository } from '../users/users.repository.js';
import {
  BanUserInput,
  ModeratePostInput,
  MoveThreadArgs,
  PinThreadArgs,
  PurgePreviewArgs,
  PurgeArgs,
  PurgeResultType,
  ThreadReasonArgs,
  UnbanArgs,
} from './graphql/moderation.types.js';
import { PurgeService } from './purge.service.js';
import { ModeratorActionsService } from './moderator-actions.service.js';

const MODERATORS = { roles: ['MODERATOR', 'ADMIN'] as ('MODERATOR' | 'ADMIN')[], write: true };

@Resolver()
export class ModeratorActionsResolver {
  constructor(
    private readonly actions: ModeratorActionsService,
    private readonly users: UsersRepository,
    private readonly purges: PurgeService,
  ) {}

  @SignedIn(MODERATORS)
  @Mutation(() => PostType, {
    description: 'Hide (reversible tombstone), remove (tombstone with the reason), restore, or approve (release a held post).',
  })
  async moderatePost(
    @Args('input', { description: 'The post, the action and why.' }) input: ModeratePostInput,
    @CurrentActor() actor: Actor,
  ): Promise<PostType> {
    return toPostType(await this.actions.moderatePost(actor, input), actor);
  }

  @SignedIn(MODERATORS)
  @Mutation(() => ThreadType, {
    description: 'Lock a thread: replies and edits from others than moderators become THREAD_LOCKED (moderators of its language). Logged.',
  })
  async lockThread(@Args() { threadId, reason }: ThreadReasonArgs, @CurrentActor() actor: Actor): Promise<ThreadType> {
    return toThreadType(await this.actions.setThreadFlags(actor, threadId, { locked: true }, reason), actor);
  }

  @SignedIn(MODERATORS)
  @Mutation(() => ThreadType, { description: 'Unlock a thread: it takes replies again (moderators of its language). Logged.' })
  async unlockThread(@Args() { threadId, reason }: ThreadReasonArgs, @CurrentActor() actor: Actor): Promise<ThreadType> {
    return toThreadType(await this.actions.setThreadFlags(actor, threadId, { locked: false }, reason), actor);
  }

  @SignedIn(MODERATORS)
  @Mutation(() => ThreadType, { description: 'Pin a thread to the top of its board, or unpin it (moderators of its language). Logged.' })
  async pinThread(@Args() { threadId, pinned }: PinThreadArgs, @CurrentActor() actor: Actor): Promise<ThreadType> {
    return toThreadType(await this.actions.setThreadFlags(actor, threadId, { pinned }, null), actor);
  }

  @SignedIn(MODERATORS)
  @Mutation(() => UserType, {
    description: 'Suspend an account from writing (it can still sign in and read). Moderators ban ordinary accounts; admins anyone.',
  })
  async banUser(
    @Args('input', { description: 'The account, until when, and why.' }) input: BanUserInput,
    @CurrentActor() actor: Actor,
  ): Promise<UserType> {
    return this.userView(
      await this.actions.setBan(actor, input.userId, { until: input.until ?? null, reason: input.reason }, input.reason),
      actor,
    );
  }

  @SignedIn(MODERATORS)
  @Mutation(() => UserType, { description: 'Lift an account’s ban at once. Moderators unban ordinary accounts; admins anyone. Logged.' })
  async unbanUser(@Args() { userId, reason }: UnbanArgs, @CurrentActor() actor: Actor): Promise<UserType> {
    return this.userView(await this.actions.setBan(actor, userId, null, reason), actor);
  }

  @SignedIn(MODERATORS)
  @Mutation(() => ThreadType, {
    description: 'Move a thread to another board of the same kind, in the same or another language (the moderator must moderate both).',
  })
  async moveThread(@Args() input: MoveThreadArgs, @CurrentActor() actor: Actor): Promise<ThreadType> {
    return toThreadType(await this.actions.moveThread(actor, input), actor);
  }

  @SignedIn(MODERATORS)
  @Mutation(() => PurgeResultType, {
    description:
      'Remove every thread and post of an account in one transaction (one log entry with the counts), optionally banning it. Moderators purge ordinary accounts whose content is all in their languages; admins anyone.',
  })
  async purgeUserContent(@Args() args: PurgeArgs, @CurrentActor() actor: Actor): Promise<PurgeResultType> {
    return this.purges.purge(actor, args.userId, args.reason, args.ban ? { until: args.banUntil ?? null } : null);
  }

  @SignedIn({ roles: MODERATORS.roles })
  @Query(() => PurgeResultType, {
    description:
      'What purgeUserContent would remove now (threads whose question is the account’s, and replies), with the same checks: for the confirmation.',
  })
  async purgePreview(@Args() { userId }: PurgePreviewArgs, @CurrentActor() actor: Actor): Promise<PurgeResultType> {
    return this.purges.preview(actor, userId);
  }

  @SignedIn(MODERATORS)
  @Mutation(() => PurgeResultType, {
    description:
      "Undo the account's last purge: what it removed comes back as it was; posts removed before or for other reasons stay removed.",
  })
  async restoreUserContent(@Args() { userId, reason }: UnbanArgs, @CurrentActor() actor: Actor): Promise<PurgeResultType> {
    return this.purges.restore(actor, userId, reason);
  }

  private async userView(userId: string, actor: Actor): Promise<UserType> {
    return toUserType(await this.users.withBadge((await this.users.findById(userId))!), actor);
  }
}
