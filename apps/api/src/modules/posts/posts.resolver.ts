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
  @Mutation(() => PostType)
  async createPost(@Args('input') input: CreatePostInput, @CurrentActor() actor: Actor): Promise<PostType> {
    return toPostType(await this.posts.create(actor, input), actor);
  }

  @SignedIn({ write: true })
  @Mutation(() => PostType)
  async editPost(@Args('input') input: EditPostInput, @CurrentActor() actor: Actor): Promise<PostType> {
    return toPostType(await this.posts.edit(actor, input), actor);
  }

  @SignedIn({ write: true })
  @Mutation(() => PostType)
  async deletePost(@Args() { postId }: PostIdArgs, @CurrentActor() actor: Actor): Promise<PostType> {
    return toPostType(await this.posts.delete(actor, postId), actor);
  }

  // A post exists for a viewer only where its thread does, so its thread is there too.
  @ResolveField(() => ThreadType)
  async thread(@Parent() post: PostType, @Context() ctx: GqlContext): Promise<ThreadType> {
    return toThreadType((await ctx.loaders.threadById.load(post.threadId))!, viewerOf(ctx));
  }

  @ResolveField(() => PostPermissionsType)
  viewerCan(@Parent() post: PostType, @Context() ctx: GqlContext): PostPermissionsType {
    return toPostPermissions(post.record, viewerOf(ctx));
  }
}
