import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, SignedIn } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { PostType } from '../posts/graphql/post.types.js';
import { toPostType } from '../posts/post.mapper.js';
import { ThreadType } from '../threads/graphql/thread.types.js';
import { toThreadType } from '../threads/thread.mapper.js';
import { UserType } from '../users/graphql/user.type.js';
import { toUserType } from '../users/user.mapper.js';
import { UsersRepository } from '../users/users.repository.js';
import { BanUserInput, ModeratePostInput, ThreadReasonArgs, UnbanArgs } from './graphql/moderation.types.js';
import { ModeratorActionsService } from './moderator-actions.service.js';

const MODERATORS = { roles: ['MODERATOR', 'ADMIN'] as ('MODERATOR' | 'ADMIN')[], write: true };

@Resolver()
export class ModeratorActionsResolver {
  constructor(
    private readonly actions: ModeratorActionsService,
    private readonly users: UsersRepository,
  ) {}

  @SignedIn(MODERATORS)
  @Mutation(() => PostType, { description: 'Hide (reversible tombstone), remove (tombstone with the reason), restore, or approve (release a held post).' })
  async moderatePost(@Args('input') input: ModeratePostInput, @CurrentActor() actor: Actor): Promise<PostType> {
    return toPostType(await this.actions.moderatePost(actor, input), actor);
  }

  @SignedIn(MODERATORS)
  @Mutation(() => ThreadType)
  async lockThread(@Args() { threadId, reason }: ThreadReasonArgs, @CurrentActor() actor: Actor): Promise<ThreadType> {
    return toThreadType(await this.actions.setThreadFlags(actor, threadId, { locked: true }, reason), actor);
  }

  @SignedIn(MODERATORS)
  @Mutation(() => ThreadType)
  async unlockThread(@Args() { threadId, reason }: ThreadReasonArgs, @CurrentActor() actor: Actor): Promise<ThreadType> {
    return toThreadType(await this.actions.setThreadFlags(actor, threadId, { locked: false }, reason), actor);
  }

  @SignedIn(MODERATORS)
  @Mutation(() => ThreadType)
  async pinThread(@Args('threadId', { type: () => ID }) threadId: string, @Args('pinned') pinned: boolean, @CurrentActor() actor: Actor): Promise<ThreadType> {
    return toThreadType(await this.actions.setThreadFlags(actor, threadId, { pinned }, null), actor);
  }

  @SignedIn(MODERATORS)
  @Mutation(() => UserType, { description: 'Suspend an account from writing (it can still sign in and read). Moderators ban ordinary accounts; admins anyone.' })
  async banUser(@Args('input') input: BanUserInput, @CurrentActor() actor: Actor): Promise<UserType> {
    return this.userView(await this.actions.setBan(actor, input.userId, { until: input.until ?? null, reason: input.reason }, input.reason), actor);
  }

  @SignedIn(MODERATORS)
  @Mutation(() => UserType)
  async unbanUser(@Args() { userId, reason }: UnbanArgs, @CurrentActor() actor: Actor): Promise<UserType> {
    return this.userView(await this.actions.setBan(actor, userId, null, reason), actor);
  }

  private async userView(userId: string, actor: Actor): Promise<UserType> {
    return toUserType(await this.users.withBadge((await this.users.findById(userId))!), actor);
  }
}
