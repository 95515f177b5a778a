import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, SignedIn } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { toConnection, type Connection } from '../../graphql/connection.js';
import { viewerOf, type GqlContext } from '../../graphql/gql-context.js';
import { ThreadType } from '../threads/graphql/thread.types.js';
import { toThreadType } from '../threads/thread.mapper.js';
import { UserType } from '../users/graphql/user.type.js';
import { toUserType } from '../users/user.mapper.js';
import { ModerationLogArgs, ModerationLogConnectionType, ModerationLogEntryType } from './graphql/moderation.types.js';
import { ModerationLogService } from './moderation-log.service.js';

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

@Resolver(() => ModerationLogEntryType)
export class ModerationLogResolver {
  constructor(private readonly log: ModerationLogService) {}

  @SignedIn({ roles: ['MODERATOR', 'ADMIN'] })
  @Query(() => ModerationLogConnectionType, {
    description: 'The moderation log, newest first: all of it for admins; for moderators, the actions in their languages and their own.',
  })
  async moderationLog(@Args() args: ModerationLogArgs, @CurrentActor() actor: Actor): Promise<Connection<ModerationLogEntryType>> {
    const { page, count } = await this.log.list(actor, args);
    return toConnection(
      page,
      (e): ModerationLogEntryType => ({
        id: e.id,
        action: e.action,
        targetType: e.targetType,
        targetId: e.targetId,
        locale: e.locale,
        reason: e.reason,
        before: json(e.before),
        after: json(e.after),
        createdAt: e.createdAt,
        actorId: e.actorId,
      }),
      (e) => [e.createdKey, e.id],
      count,
    );
  }

  @ResolveField(() => UserType, { description: 'Who took the action.' })
  async actor(@Parent() entry: ModerationLogEntryType, @Context() ctx: GqlContext): Promise<UserType> {
    return toUserType((await ctx.loaders.publicUser.load(entry.actorId))!, viewerOf(ctx));
  }

  // Where a moderator goes to see what the action was about: the thread, or a post's thread.
  @ResolveField(() => ThreadType, {
    nullable: true,
    description:
      'The thread the action was about (the target, or the target post’s thread), when the viewer may see it; null for other targets.',
  })
  async thread(@Parent() entry: ModerationLogEntryType, @Context() ctx: GqlContext): Promise<ThreadType | null> {
    let threadId: string | null = null;
    if (entry.targetType === 'thread') threadId = entry.targetId;
    else if (entry.targetType === 'post') threadId = (await ctx.loaders.postById.load(entry.targetId))?.threadId ?? null;
    const thread = threadId ? await ctx.loaders.threadById.load(threadId) : null;
    return thread ? toThreadType(thread, viewerOf(ctx)) : null;
  }
}
