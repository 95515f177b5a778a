import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AnonymousResponseCache } from '../../graphql/anonymous-cache/anonymous-response-cache.js';
import { clientAddressOf, type GqlContext } from '../../graphql/gql-context.js';
import { CurrentActor, Public, SignedIn } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { requestContext } from '../../common/request-context.js';
import { AddScamRuleInput, CheckContentArgs, RuleIdArgs, ScamRulesArgs, ScamRuleType, ScamVerdictType } from './graphql/scam.types.js';
import { ScamGuardService } from './scam-guard.service.js';
import { RateLimits } from '../rate-limits/rate-limits.service.js';
import { ScamRulesService } from './scam-rules.service.js';

@Resolver()
export class ScamGuardResolver {
  constructor(
    private readonly guard: ScamGuardService,
    private readonly rules: ScamRulesService,
    private readonly limits: RateLimits,
  ) {}

  // The composer's preview: the same verdict posting would get (title and body are checked
  // together when posting; the composer sends what it has).
  @Public()
  @Query(() => ScamVerdictType, {
    description:
      'The verdict posting this text would get, for the composer to warn before posting (as the caller: a new account’s links count as posting would count them). Nothing is stored. Limited per account or client address (RATE_LIMITED).',
  })
  async checkContent(
    @Args() { body, locale }: CheckContentArgs,
    @CurrentActor() actor: Actor | null,
    @Context() ctx: GqlContext,
  ): Promise<ScamVerdictType> {
    AnonymousResponseCache.skip(ctx.req);
    // The composer calls this as the user types (debounced): limited per account, or per address.
    await this.limits.consumeForAddress('checkContent', actor?.id ?? clientAddressOf(ctx));
    const contentLocale = locale ?? requestContext.current()?.locale ?? 'en';
    const result = await this.guard.scan({ text: body, contentLocale, author: actor });
    return { action: result.action, score: result.score, signals: this.guard.present(result.signals) };
  }

  @SignedIn({ roles: ['ADMIN'] })
  @Query(() => [ScamRuleType], { description: 'The scam-guard rules in force, oldest first (admins).' })
  scamRules(@Args() { kind }: ScamRulesArgs): Promise<ScamRuleType[]> {
    return this.rules.list(kind);
  }

  @SignedIn({ roles: ['ADMIN'], write: true })
  @Mutation(() => ScamRuleType, { description: 'Add a scam-guard rule (admins); it applies to the next scan on every instance. Logged.' })
  addScamRule(
    @Args('input', { description: 'The new rule.' }) input: AddScamRuleInput,
    @CurrentActor() actor: Actor,
  ): Promise<ScamRuleType> {
    return this.rules.add(actor, input);
  }

  @SignedIn({ roles: ['ADMIN'], write: true })
  @Mutation(() => Boolean, {
    description: 'Retire a scam-guard rule (admins): true when done; NOT_FOUND when no such rule is in force. Logged.',
  })
  removeScamRule(@Args() { id }: RuleIdArgs, @CurrentActor() actor: Actor): Promise<boolean> {
    return this.rules.remove(actor, id);
  }
}
