import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { canSeePost, canSeeThread } from '../../access/content-visibility.js';
import { Public } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { ActorRepository } from '../../auth/actor.repository.js';
import { requestContext } from '../../common/request-context.js';
import { GqlContextFactory, viewerOf, type GqlContext } from '../../graphql/gql-context.js';
import { PostType } from '../posts/graphql/post.types.js';
import { toPostType } from '../posts/post.mapper.js';
import { PostsRepository } from '../posts/posts.repository.js';
import { ThreadType } from '../threads/graphql/thread.types.js';
import { toThreadType } from '../threads/thread.mapper.js';
import { ThreadsRepository } from '../threads/threads.repository.js';
import { LiveEvents, type ThreadEvent } from './live-events.js';

const asIs = <T>(value: T): T => value;

const THREAD_ID = 'The thread to follow. A thread the subscriber cannot see (or that does not exist) sends nothing; no error.';

// Subscriptions over graphql-ws. Each event is checked against the visibility rules for this
// subscriber as they stand when it arrives (the session is loaded again, so a sign-out, a ban or
// a lost role applies to an open socket too), and what they may not see is never sent.
@Resolver()
export class LiveResolver {
  constructor(
    private readonly live: LiveEvents,
    private readonly posts: PostsRepository,
    private readonly threads: ThreadsRepository,
    private readonly actors: ActorRepository,
    private readonly contexts: GqlContextFactory,
  ) {}

  @Public()
  @Subscription(() => PostType, { description: 'Replies added to the thread, as the subscriber may see them.', resolve: asIs })
  postAdded(
    @Args('threadId', { type: () => ID, description: THREAD_ID }) threadId: string,
    @Context() ctx: GqlContext,
  ): AsyncIterable<PostType> {
    return this.postsOf(threadId, ['PostCreated'], ctx);
  }

  @Public()
  @Subscription(() => PostType, { description: 'Posts of the thread edited, hidden, removed, restored or approved.', resolve: asIs })
  postUpdated(
    @Args('threadId', { type: () => ID, description: THREAD_ID }) threadId: string,
    @Context() ctx: GqlContext,
  ): AsyncIterable<PostType> {
    return this.postsOf(threadId, ['PostChanged'], ctx);
  }

  @Public()
  @Subscription(() => ThreadType, { description: 'The thread after any change to it or its posts.', resolve: asIs })
  async *threadUpdated(
    @Args('threadId', { type: () => ID, description: THREAD_ID }) threadId: string,
    @Context() ctx: GqlContext,
  ): AsyncIterable<ThreadType> {
    for await (const event of this.live.ofThread(threadId)) {
      void event;
      const viewer = await this.viewerNow(ctx);
      const [thread] = await this.threads.findByIds([threadId]);
      if (!thread || !canSeeThread(viewer, thread)) continue;
      yield this.inRequest(ctx, viewer, () => toThreadType(thread, viewer));
    }
  }

  private async *postsOf(threadId: string, types: ThreadEvent['type'][], ctx: GqlContext): AsyncIterable<PostType> {
    for await (const event of this.live.ofThread(threadId)) {
      if (!types.includes(event.type) || !('postId' in event)) continue;
      const viewer = await this.viewerNow(ctx);
      const post = await this.posts.findById(event.postId);
      if (!post || !canSeePost(viewer, post)) continue;
      yield this.inRequest(ctx, viewer, () => toPostType(post, viewer));
    }
  }

  // The subscriber as of now: the session they subscribed with, loaded again.
  private async viewerNow(ctx: GqlContext): Promise<Actor | null> {
    const subscribed = viewerOf(ctx);
    if (!subscribed) return null;
    const actor = await this.actors.loadActive(subscribed.id, subscribed.sessionId);
    ctx.req.user = actor ?? undefined;
    return actor;
  }

  // Each event is its own request: fresh loaders (nothing cached from an earlier event), and the
  // request context (language, request id) the mappers read. Field resolvers below the root
  // (e.g. a post's thread) run after it, in the socket's context, and answer in English.
  private inRequest<T>(ctx: GqlContext, viewer: Actor | null, map: () => T): T {
    ctx.loaders = this.contexts.createLoaders(() => viewer);
    return requestContext.run(
      { requestId: requestContext.newRequestId(undefined), locale: viewer?.locale ?? ctx.socketLocale ?? 'en' },
      map,
    );
  }
}
