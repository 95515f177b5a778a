import { Args, Context, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentActor, Public, SignedIn } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { clampPageSize } from '../../common/cursor.js';
import { isUuid } from '../../common/uuid.js';
import { toConnection, type Connection } from '../../graphql/connection.js';
import { dependsOn, viewerOf, type GqlContext } from '../../graphql/gql-context.js';
import { childFieldArguments } from '../../graphql/look-ahead.js';
import { BoardType } from '../boards/graphql/board.types.js';
import { BoardThreadsArgs, CreateThreadInput, EditThreadInput, ThreadConnectionType, ThreadType } from './graphql/thread.types.js';
import { toThreadType } from './thread.mapper.js';
import type { ThreadRecord } from './thread.record.js';
import { OfficialAnswersService } from './official-answers.service.js';
import { ThreadsService } from './threads.service.js';
import { notFound } from '../../common/domain-error.js';

@Resolver(() => ThreadType)
export class ThreadsResolver {
  constructor(
    private readonly service: ThreadsService,
    private readonly officialAnswers: OfficialAnswersService,
  ) {}

  @Public()
  @Query(() => ThreadType, {
    nullable: true,
    description: 'One thread; null when there is none or the viewer may not see it (a private or held thread of someone else).',
  })
  async thread(
    @Args('id', { type: () => ID, description: 'The thread’s id; one that is not a UUID finds nothing.' }) id: string,
    @CurrentActor() actor: Actor | null,
    @Context() ctx: GqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ThreadType | null> {
    if (!isUuid(id)) return null;
    dependsOn(ctx, `thread:${id}`);
    // A thread page shows the first page of replies: read it with the thread.
    const firstPage = childFieldArguments(info, 'replies').find(
      (args) => !args.after && !args.before && (args.last ?? null) === null && (args.fromNumber ?? null) === null,
    );
    const firstReplies = firstPage ? clampPageSize(firstPage.first as number | null) : undefined;
    const found = await this.service.findVisible(id, actor, firstReplies);
    if (!found) return null;
    for (const post of found.openingPosts) ctx.loaders.postById.prime(post.id, post);
    if (found.firstReplies) ctx.readAhead.firstReplies.set(id, { limit: firstReplies!, page: found.firstReplies });
    return toThreadType(found.thread, actor);
  }

  @SignedIn({ write: true })
  @Mutation(() => ThreadType, {
    description: "Change a thread's title and tags: its author while it is open, and the moderators of its language.",
  })
  async editThread(
    @Args('input', { description: 'The thread and what changes.' }) input: EditThreadInput,
    @CurrentActor() actor: Actor,
  ): Promise<ThreadType> {
    return toThreadType(await this.service.edit(actor, input), actor);
  }

  @SignedIn({ roles: ['STAFF', 'ADMIN'], write: true })
  @Mutation(() => ThreadType, {
    description:
      "Mark a visible reply as the thread's official answer (staff of the thread's language and admins), replacing any other; the thread becomes ANSWERED. Logged.",
  })
  async markOfficialAnswer(
    @Args('postId', { type: () => ID, description: 'The reply to mark (not the question).' }) postId: string,
    @CurrentActor() actor: Actor,
  ): Promise<ThreadType> {
    if (!isUuid(postId)) throw notFound('post');
    return toThreadType(await this.officialAnswers.mark(actor, postId), actor);
  }

  @SignedIn({ roles: ['STAFF', 'ADMIN'], write: true })
  @Mutation(() => ThreadType, { description: 'Take the official answer mark off the thread: it is open again. Logged.' })
  async unmarkOfficialAnswer(
    @Args('threadId', { type: () => ID, description: 'The thread whose official answer to unmark.' }) threadId: string,
    @CurrentActor() actor: Actor,
  ): Promise<ThreadType> {
    if (!isUuid(threadId)) throw notFound('thread');
    return toThreadType(await this.officialAnswers.unmark(actor, threadId), actor);
  }

  @SignedIn({ write: true })
  @Mutation(() => ThreadType, {
    description:
      'Start a thread with its question. Scanned first: BLOCK is CONTENT_BLOCKED (nothing stored), HOLD stores it visible only to the author and moderators until approved. Announcement boards take threads from their staff and admins only (FORBIDDEN). Limited by account age (RATE_LIMITED with retryAfterSeconds).',
  })
  async createThread(
    @Args('input', { description: 'The board, the title and the question.' }) input: CreateThreadInput,
    @CurrentActor() actor: Actor,
  ): Promise<ThreadType> {
    return toThreadType(await this.service.create(actor, input), actor);
  }
}

@Resolver(() => BoardType)
export class BoardThreadsResolver {
  constructor(private readonly service: ThreadsService) {}

  @ResolveField(() => ThreadConnectionType, {
    description:
      'The threads the board lists for the viewer: private and held ones only for those who may see them; hidden and removed ones are left out.',
  })
  async threads(@Parent() board: BoardType, @Args() args: BoardThreadsArgs, @Context() ctx: GqlContext): Promise<Connection<ThreadType>> {
    dependsOn(ctx, `board:${board.id}`);
    const { page, order, count } = await this.service.list(board, args, viewerOf(ctx));
    const cursorOf = (t: ThreadRecord) => [t.pinned, order === 'LATEST_ACTIVITY' ? t.lastActivityKey : t.createdKey, t.id];
    const viewer = viewerOf(ctx);
    return toConnection(page, (t) => toThreadType(t, viewer), cursorOf, count);
  }
}
