import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, SignedIn } from '../../../auth/access.decorator.js';
import type { Actor } from '../../../auth/actor.js';
import { toConnection, type Connection } from '../../../graphql/connection.js';
import { viewerOf, type GqlContext } from '../../../graphql/gql-context.js';
import { PostType } from '../../posts/graphql/post.types.js';
import { toPostType, toScamVerdict } from '../../posts/post.mapper.js';
import { ScamVerdictType } from '../../scam-guard/graphql/scam.types.js';
import { ReportType, ReviewItemConnectionType, ReviewItemType, ReviewQueueArgs } from '../graphql/moderation.types.js';
import { toReportType } from '../reports/reports.resolver.js';
import { ReportsRepository } from '../reports/reports.repository.js';
import { ReviewQueueService } from './review-queue.service.js';

type ReviewItemView = ReviewItemType & { reports: ReportType[] };

@Resolver(() => ReviewItemType)
export class ReviewQueueResolver {
  constructor(
    private readonly queue: ReviewQueueService,
    private readonly openReports: ReportsRepository,
  ) {}

  @SignedIn({ roles: ['MODERATOR', 'ADMIN'] })
  @Query(() => ReviewItemConnectionType, {
    description: 'Posts waiting for a moderator of these languages, most urgent first (see ReviewItem.priority), then oldest.',
  })
  async reviewQueue(
    @Args() args: ReviewQueueArgs,
    @CurrentActor() actor: Actor,
    @Context() ctx: GqlContext,
  ): Promise<Connection<ReviewItemView>> {
    const { page, count } = await this.queue.list(actor, args);
    // The page's posts (one batch, through the visibility rule) and open reports (one statement).
    const posts = await Promise.all(page.items.map((i) => ctx.loaders.postById.load(i.postId)));
    const open = await this.openReports.openFor(page.items.map((i) => i.postId));
    return toConnection(
      { ...page, items: page.items.filter((_, i) => posts[i] !== null) },
      (item): ReviewItemView => ({
        postId: item.postId,
        priority: item.priority,
        rank: item.rank,
        autoHidden: item.autoHidden,
        openedAt: item.openedAt,
        reports: open.filter((r) => r.postId === item.postId).map(toReportType),
      }),
      (item) => [item.rank, item.openedAt, item.postId],
      count,
    );
  }

  // The post with its full content for the moderator, whatever its state.
  @ResolveField(() => PostType, { description: 'The post, with its content also when it is held, hidden or removed.' })
  async post(@Parent() item: ReviewItemType, @Context() ctx: GqlContext): Promise<PostType> {
    return toPostType((await ctx.loaders.postById.load(item.postId))!, viewerOf(ctx));
  }

  @ResolveField(() => [ReportType], { description: 'The open reports, oldest first.' })
  reports(@Parent() item: ReviewItemView): ReportType[] {
    return item.reports;
  }

  @ResolveField(() => ScamVerdictType, {
    nullable: true,
    description: "The scam guard's verdict with its signals, when it flagged or held the post.",
  })
  async verdict(@Parent() item: ReviewItemType, @Context() ctx: GqlContext): Promise<ScamVerdictType | null> {
    const post = await ctx.loaders.postById.load(item.postId);
    return post ? toScamVerdict(post, viewerOf(ctx)) : null;
  }
}
