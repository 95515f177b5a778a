import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { toConnection, type Connection } from '../../graphql/connection.js';
import { viewerOf, type GqlContext } from '../../graphql/gql-context.js';
import { PostConnectionType, PostType, RepliesArgs } from '../posts/graphql/post.types.js';
import { toPostType } from '../posts/post.mapper.js';
import { PostsService } from '../posts/posts.service.js';
import { ThreadType } from './graphql/thread.types.js';

@Resolver(() => ThreadType)
export class ThreadFieldsResolver {
  constructor(private readonly posts: PostsService) {}

  @ResolveField(() => PostType)
  async question(@Parent() thread: ThreadType, @Context() ctx: GqlContext): Promise<PostType> {
    return toPostType((await ctx.loaders.postById.load(thread.questionPostId!))!, viewerOf(ctx));
  }

  @ResolveField(() => PostType, { nullable: true })
  async officialAnswer(@Parent() thread: ThreadType, @Context() ctx: GqlContext): Promise<PostType | null> {
    if (!thread.officialAnswerPostId) return null;
    const post = await ctx.loaders.postById.load(thread.officialAnswerPostId);
    return post ? toPostType(post, viewerOf(ctx)) : null;
  }

  @ResolveField(() => PostConnectionType)
  async replies(@Parent() thread: ThreadType, @Args() args: RepliesArgs, @Context() ctx: GqlContext): Promise<Connection<PostType>> {
    const viewer = viewerOf(ctx);
    const { page, count } = await this.posts.replies(thread, args, viewer, ctx.readAhead.firstReplies.get(thread.id));
    return toConnection(page, (p) => toPostType(p, viewer), (p) => [p.postNumber], count);
  }
}
