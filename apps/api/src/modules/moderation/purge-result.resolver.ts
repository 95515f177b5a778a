import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { viewerOf, type GqlContext } from '../../graphql/gql-context.js';
import { UserType } from '../users/graphql/user.type.js';
import { toUserType } from '../users/user.mapper.js';
import { PurgeResultType } from './graphql/moderation.types.js';

@Resolver(() => PurgeResultType)
export class PurgeResultResolver {
  @ResolveField(() => UserType, { description: 'The account whose content it was.' })
  async user(@Parent() result: PurgeResultType, @Context() ctx: GqlContext): Promise<UserType> {
    return toUserType((await ctx.loaders.publicUser.load(result.userId))!, viewerOf(ctx));
  }
}
