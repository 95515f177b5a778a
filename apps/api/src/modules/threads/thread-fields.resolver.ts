import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { toConnection, type Connection } from '../../graphql/connection.js';
import { viewerOf, type GqlContext } from '../../graphql/gql-context.js';
import { PostConnectionType, PostType, RepliesArgs } from '../posts/graphql/post.types.js';
import { toPostType } from '../posts/post.mapper.js';
import { PostsService } from '../posts/posts.service.js';
import { ThreadPermissionsType, ThreadType } from './graphql/thread.types.js';
import { toThreadPermissions } from './thread.mapper.js';

// Every post reached from a thread goes through the access-checking loader or the visibility SQL.
@Resolver(() => ThreadType)
export class ThreadFieldsResolver {
  constructor(private readonly posts: PostsService) {}

  // Wherever the thread exists, its question does (at least as a tombstone).
  @ResolveField(() => PostType, { description: 'The first post, which asks the question; a tombstone when it was hidden or removed.' })
  async question(@Parent() thread: ThreadType, @Context() ctx: GqlContext): Promise<PostType> {
    return toPostType((await ctx.loaders.postById.load(thread.questionPostId!))!, viewerOf(ctx));
  }

  @ResolveField(() => PostType, {
    nullable: true,
    description: 'The reply staff marked as the official answer; null when there is none (or the viewer cannot see it).',
  })
  async officialAnswer(@Parent() thread: ThreadType, @Context() ctx: GqlContext): Promise<PostType | null> {
    if (!thread.officialAnswerPostId) return null;
    const post = await ctx.loaders.postById.load(thread.officialAnswerPostId);
    return post ? toPostType(post, viewerOf(ctx)) : null;
  }

  @ResolveField(() => PostConnectionType, {
    description:
      'Its replies by post number, as the viewer may see them (held ones only for their author and moderators; hidden and removed ones as tombstones). Forwards with first/after or fromNumber, backwards with last/before; mixing the two is BAD_USER_INPUT. None for a tombstone thread.',
  })
  async replies(@Parent() thread: ThreadType, @Args() args: RepliesArgs, @Context() ctx: GqlContext): Promise<Connection<PostType>> {
    const viewer = viewerOf(ctx);
    const { page, count } = await this.posts.replies(thread.record, args, viewer, ctx.readAhead.firstReplies.get(thread.id));
    return toConnection(
      page,
      (p) => toPostType(p, viewer),
      (p) => [p.postNumber],
      count,
    );
  }

  @ResolveField(() => ThreadPermissionsType, { description: 'What the viewer may do with it; all false for a visitor.' })
  viewerCan(@Parent() thread: ThreadType, @Context() ctx: GqlContext): ThreadPermissionsType {
    return toThreadPermissions(thread.record, viewerOf(ctx));
  }
}
