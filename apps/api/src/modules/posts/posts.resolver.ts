import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, SignedIn } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { viewerOf, type GqlContext } from '../../graphql/gql-context.js';
import { ThreadType } from '../threads/graphql/thread.types.js';
import { toThreadType } from '../threads/thread.mapper.js';
import { CreatePostInput, EditPostInput, PostIdArgs, PostPermissionsType, PostType } from './graphql/post.types.js';
import { toPostPermissions, toPostType } from './post.mapper.js';
import { PostsService } from './posts.service.js';

@Resolver(() => PostType)
export class PostsResolver {
  constructor(private readonly posts: PostsService) {}

  @SignedIn({ write: true })
  @Mutation(() => PostType, {
    description:
      'Reply to a thread. Scanned first: BLOCK is CONTENT_BLOCKED (nothing stored), HOLD stores it for the author and moderators until approved. A locked or taken-down thread is THREAD_LOCKED (moderators excepted); announcements take replies from their staff and admins only (FORBIDDEN). Limited by account age (RATE_LIMITED with retryAfterSeconds).',
  })
  async createPost(
    @Args('input', { description: 'The thread and the reply.' }) input: CreatePostInput,
    @CurrentActor() actor: Actor,
  ): Promise<PostType> {
    return toPostType(await this.posts.create(actor, input), actor);
  }

  @SignedIn({ write: true })
  @Mutation(() => PostType, {
    description:
      'Change a post’s body: its author while the thread is open (THREAD_LOCKED otherwise), and the moderators of its language. Scanned again as the author’s own text; a stale `expectedRevision` is CONFLICT, and so is a removed post.',
  })
  async editPost(
    @Args('input', { description: 'The post, its new body and the revision it was edited from.' }) input: EditPostInput,
    @CurrentActor() actor: Actor,
  ): Promise<PostType> {
    return toPostType(await this.posts.edit(actor, input), actor);
  }

  @SignedIn({ write: true })
  @Mutation(() => PostType, {
    description:
      'Delete one’s own post (soft: a tombstone saying the author deleted it). Deleting the question takes the thread out of listings. Someone else’s post is FORBIDDEN; deleting again changes nothing.',
  })
  async deletePost(@Args() { postId }: PostIdArgs, @CurrentActor() actor: Actor): Promise<PostType> {
    return toPostType(await this.posts.delete(actor, postId), actor);
  }

  // A post exists for a viewer only where its thread does, so its thread is there too.
  @ResolveField(() => ThreadType, { description: 'The thread it belongs to.' })
  async thread(@Parent() post: PostType, @Context() ctx: GqlContext): Promise<ThreadType> {
    return toThreadType((await ctx.loaders.threadById.load(post.threadId))!, viewerOf(ctx));
  }

  @ResolveField(() => PostPermissionsType, { description: 'What the viewer may do with it; all false for a visitor.' })
  viewerCan(@Parent() post: PostType, @Context() ctx: GqlContext): PostPermissionsType {
    return toPostPermissions(post.record, viewerOf(ctx));
  }
}
