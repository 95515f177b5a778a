import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/gql-context.js';
import { UserType } from './graphql/user.type.js';

// The private fields of an account reached as an author: the mapper has already answered them
// (null / false) for viewers who may not see them; for the user themself and admins they are
// read here, batched over the page, and only when the query asks for them.
@Resolver(() => UserType)
export class UserFieldsResolver {
  @ResolveField(() => String, { nullable: true })
  async email(@Parent() user: UserType, @Context() ctx: GqlContext): Promise<string | null> {
    if (user.email !== undefined) return user.email;
    return (await ctx.loaders.privateUserFields.load(user.id))?.email ?? null;
  }

  @ResolveField(() => Boolean)
  async twoFactorEnabled(@Parent() user: UserType, @Context() ctx: GqlContext): Promise<boolean> {
    if (user.twoFactorEnabled !== undefined) return user.twoFactorEnabled;
    return (await ctx.loaders.privateUserFields.load(user.id))?.totpEnabled ?? false;
  }
}
