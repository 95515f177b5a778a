import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, SignedIn } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { toConnection, type Connection } from '../../graphql/connection.js';
import { viewerOf, type GqlContext } from '../../graphql/gql-context.js';
import { UserType } from '../users/graphql/user.type.js';
import { toUserType } from '../users/user.mapper.js';
import { DismissStaffLookalikeArgs, StaffLookalikeConnectionType, StaffLookalikesArgs, StaffLookalikeType } from './graphql/staff.types.js';
import { StaffLookalikes } from './staff-lookalikes.service.js';

const MODERATORS = ['MODERATOR', 'ADMIN'] as ('MODERATOR' | 'ADMIN')[];

@Resolver(() => StaffLookalikeType)
export class StaffLookalikesResolver {
  constructor(private readonly lookalikes: StaffLookalikes) {}

  @SignedIn({ roles: MODERATORS })
  @Query(() => StaffLookalikeConnectionType, {
    description:
      'Accounts whose names imitate a staff member, found when the badge was granted, oldest first; accounts since banned or renamed are left out.',
  })
  async staffLookalikes(@Args() args: StaffLookalikesArgs): Promise<Connection<StaffLookalikeType>> {
    const { page, count } = await this.lookalikes.list(args);
    return toConnection(
      page,
      (l) => ({ ...l }),
      (l) => [l.detectedAt, l.userId, l.staffId, l.field],
      count,
    );
  }

  @SignedIn({ roles: MODERATORS, write: true })
  @Mutation(() => Boolean, {
    description: 'Take a finding off the list (the name is no imitation, or it was dealt with otherwise); logged.',
  })
  async dismissStaffLookalike(
    @Args() { userId, staffId, reason }: DismissStaffLookalikeArgs,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    await this.lookalikes.dismiss(actor, userId, staffId, reason);
    return true;
  }

  @ResolveField(() => UserType, { description: 'The imitating account.' })
  async user(@Parent() finding: StaffLookalikeType, @Context() ctx: GqlContext): Promise<UserType> {
    return toUserType((await ctx.loaders.publicUser.load(finding.userId))!, viewerOf(ctx));
  }

  @ResolveField(() => UserType, { description: 'The staff member it imitates.' })
  async imitates(@Parent() finding: StaffLookalikeType, @Context() ctx: GqlContext): Promise<UserType> {
    return toUserType((await ctx.loaders.publicUser.load(finding.staffId))!, viewerOf(ctx));
  }
}
