import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, SignedIn } from '../../../auth/access.decorator.js';
import type { Actor } from '../../../auth/actor.js';
import { notFound } from '../../../common/domain-error.js';
import { viewerOf, type GqlContext } from '../../../graphql/gql-context.js';
import { PostType } from '../../posts/graphql/post.types.js';
import { toPostType } from '../../posts/post.mapper.js';
import { UserType } from '../../users/graphql/user.type.js';
import { toUserType } from '../../users/user.mapper.js';
import { ReportPostInput, ReportType } from '../graphql/moderation.types.js';
import type { ReportRecord } from './reports.repository.js';
import { ReportsService } from './reports.service.js';

export const toReportType = (r: ReportRecord): ReportType => ({
  id: r.id,
  reason: r.reason,
  note: r.note,
  createdAt: r.createdAt,
  postId: r.postId,
  reporterId: r.reporterId,
});

@Resolver(() => ReportType)
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @SignedIn({ write: true })
  @Mutation(() => ReportType, {
    description:
      'Report a post you can read (not your own): one open report per post; limited per hour. Reports from trusted users weigh more, and enough of them hide the post until a moderator decides.',
  })
  async reportPost(
    @Args('input', { description: 'The post, the reason and an optional note.' }) input: ReportPostInput,
    @CurrentActor() actor: Actor,
  ): Promise<ReportType> {
    return toReportType(await this.reports.report(actor, input));
  }

  // Reports are read by their reporter (who could read the post, or its tombstone since) and by
  // the post's moderators, through the same visibility rule as every edge to a post.
  @ResolveField(() => PostType, { description: 'The reported post, as the viewer may see it now (perhaps a tombstone since).' })
  async post(@Parent() report: ReportType, @Context() ctx: GqlContext): Promise<PostType> {
    const post = await ctx.loaders.postById.load(report.postId);
    if (!post) throw notFound('post');
    return toPostType(post, viewerOf(ctx));
  }

  @ResolveField(() => UserType, { description: 'Who reported it.' })
  async reporter(@Parent() report: ReportType, @Context() ctx: GqlContext): Promise<UserType> {
    return toUserType((await ctx.loaders.publicUser.load(report.reporterId))!, viewerOf(ctx));
  }
}
