import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { moderatesAnyLocale } from '../../auth/actor.policy.js';
import { AppConfig } from '../../config/app-config.js';
import { trustLevelOf } from '../moderation/trust.js';
import { viewerOf, type GqlContext } from '../../graphql/gql-context.js';
import { UserModerationHistoryType, UserType } from './graphql/user.type.js';

// The private fields of an account reached as an author: the mapper has already answered them
// (null / false) for viewers who may not see them; for the user themself and admins they are
// read here, batched over the page, and only when the query asks for them.
@Resolver(() => UserType)
export class UserFieldsResolver {
  constructor(private readonly config: AppConfig) {}

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

  // For moderators and admins, who decide on the account's posts and reports: null for others.
  @ResolveField(() => Int, {
    nullable: true,
    description:
      'Trust level 0–4 (new, basic, member, trusted, staff): how much this account’s reports weigh. Moderators and admins only; null for others.',
  })
  async trustLevel(@Parent() user: UserType, @Context() ctx: GqlContext): Promise<number | null> {
    if (!moderatesAnyLocale(viewerOf(ctx))) return null;
    const facts = await ctx.loaders.moderationFacts.load(user.id);
    if (!facts) return null;
    // By the rule reports are weighed with, from the account as it is now (the stored level is
    // refreshed when the account reports, which is when it counts).
    return trustLevelOf({
      ...facts,
      newAccountHours: this.config.NEW_ACCOUNT_HOURS,
    });
  }

  @ResolveField(() => UserModerationHistoryType, {
    nullable: true,
    description:
      'What moderators took down of this account before, and how its reports fared. Moderators and admins only; null for others.',
  })
  async moderationHistory(@Parent() user: UserType, @Context() ctx: GqlContext): Promise<UserModerationHistoryType | null> {
    if (!moderatesAnyLocale(viewerOf(ctx))) return null;
    return (await ctx.loaders.moderationFacts.load(user.id)) ?? null;
  }
}
