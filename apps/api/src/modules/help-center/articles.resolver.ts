import { Args, ArgsType, Context, Field, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Public, SignedIn } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { badField } from '../../common/domain-error.js';
import { IsLocale } from '../../common/validation.js';
import { toConnection, type Connection } from '../../graphql/connection.js';
import { dependsOn, viewerOf, type GqlContext } from '../../graphql/gql-context.js';
import { UserType } from '../users/graphql/user.type.js';
import { toUserType } from '../users/user.mapper.js';
import type { ArticleRecord, CategoryRecord } from './articles.repository.js';
import { ArticlesService } from './articles.service.js';
import {
  ArticleCategoryType,
  ArticleConnectionType,
  ArticleLookupArgs,
  ArticlesArgs,
  ArticleType,
  CreateArticleCategoryInput,
  CreateArticleInput,
  UpdateArticleInput,
} from './graphql/article.types.js';
import { HelpCenterLoaders } from './help-center.loaders.js';

@ArgsType()
class LocaleArgs {
  @Field({ description: 'The language (a board locale).' }) @IsLocale() locale: string;
}

const toArticleType = (a: ArticleRecord): ArticleType => ({ ...a });
const toCategoryType = (c: CategoryRecord): ArticleCategoryType => ({ ...c });
const WRITERS = { roles: ['STAFF', 'ADMIN'] as ('STAFF' | 'ADMIN')[], write: true };

@Resolver(() => ArticleType)
export class ArticlesResolver {
  constructor(
    private readonly help: ArticlesService,
    private readonly loaders: HelpCenterLoaders,
  ) {}

  @Public()
  @Query(() => [ArticleCategoryType], { description: 'The help center’s categories of a language, in their order.' })
  async articleCategories(@Args() { locale }: LocaleArgs, @Context() ctx: GqlContext): Promise<ArticleCategoryType[]> {
    dependsOn(ctx, `help:${locale}`);
    return (await this.help.categories(locale)).map(toCategoryType);
  }

  @Public()
  @Query(() => ArticleConnectionType, {
    description: 'Articles of a language, most recently updated first: published ones for everyone; every status for its staff.',
  })
  async articles(@Args() args: ArticlesArgs, @Context() ctx: GqlContext): Promise<Connection<ArticleType>> {
    dependsOn(ctx, `help:${args.locale}`);
    const { page, count } = await this.help.list(viewerOf(ctx), args);
    return toConnection(page, toArticleType, (a) => [a.updatedAt, a.id], count);
  }

  @Public()
  @Query(() => ArticleType, {
    nullable: true,
    description:
      'An article by id, or by slug and locale; null when it does not exist for the viewer (a draft, for anyone but its language’s staff).',
  })
  async article(@Args() lookup: ArticleLookupArgs, @Context() ctx: GqlContext): Promise<ArticleType | null> {
    if (!lookup.id && !(lookup.slug && lookup.locale)) throw badField('id', 'validation.boardLookup');
    const found = await this.help.find(viewerOf(ctx), lookup);
    if (found) dependsOn(ctx, `help:${found.locale}`);
    else if (lookup.locale) dependsOn(ctx, `help:${lookup.locale}`);
    return found ? toArticleType(found) : null;
  }

  @SignedIn({ roles: ['ADMIN'], write: true })
  @Mutation(() => ArticleCategoryType, { description: 'A help-center category in one language (admins).' })
  async createArticleCategory(
    @Args('input', { description: 'The category.' }) input: CreateArticleCategoryInput,
  ): Promise<ArticleCategoryType> {
    return toCategoryType(await this.help.createCategory(input));
  }

  @SignedIn(WRITERS)
  @Mutation(() => ArticleType, { description: 'A draft article, by staff of its language (and admins); scanned like a post.' })
  async createArticle(
    @Args('input', { description: 'The draft.' }) input: CreateArticleInput,
    @CurrentActor() actor: Actor,
  ): Promise<ArticleType> {
    return toArticleType(await this.help.create(actor, input));
  }

  @SignedIn(WRITERS)
  @Mutation(() => ArticleType, {
    description: 'A new revision of an article, over the revision the editor saw (CONFLICT when another came first).',
  })
  async updateArticle(
    @Args('input', { description: 'The edit.' }) input: UpdateArticleInput,
    @CurrentActor() actor: Actor,
  ): Promise<ArticleType> {
    return toArticleType(await this.help.update(actor, input));
  }

  @SignedIn(WRITERS)
  @Mutation(() => ArticleType, { description: 'Publish a draft (or an archived article) for everyone; logged.' })
  async publishArticle(
    @Args('id', { type: () => ID, description: 'The article.' }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<ArticleType> {
    return toArticleType(await this.help.transition(actor, id, 'PUBLISH'));
  }

  @SignedIn(WRITERS)
  @Mutation(() => ArticleType, { description: 'Take an article out of the public help center (staff still see it); logged.' })
  async archiveArticle(
    @Args('id', { type: () => ID, description: 'The article.' }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<ArticleType> {
    return toArticleType(await this.help.transition(actor, id, 'ARCHIVE'));
  }

  @ResolveField(() => ArticleCategoryType, { description: 'The category it is filed under.' })
  async category(@Parent() article: ArticleType, @Context() ctx: GqlContext): Promise<ArticleCategoryType> {
    return toCategoryType((await this.loaders.for(ctx.req, viewerOf(ctx)).category.load(article.categoryId))!);
  }

  @ResolveField(() => UserType, { description: 'The staff member who wrote it.' })
  async author(@Parent() article: ArticleType, @Context() ctx: GqlContext): Promise<UserType> {
    return toUserType((await ctx.loaders.publicUser.load(article.authorId))!, viewerOf(ctx));
  }

  @ResolveField(() => [ArticleType], { description: 'The same topic in the other languages, as far as the viewer may read them.' })
  async translations(@Parent() article: ArticleType, @Context() ctx: GqlContext): Promise<ArticleType[]> {
    // A translation published later must show: the answer depends on every language's articles.
    dependsOn(ctx, 'help');
    const all = await this.loaders.for(ctx.req, viewerOf(ctx)).topic.load(article.topicKey);
    return all.filter((a) => a.id !== article.id).map(toArticleType);
  }
}

@Resolver(() => ArticleCategoryType)
export class ArticleCategoryFieldsResolver {
  constructor(private readonly loaders: HelpCenterLoaders) {}

  @ResolveField(() => Int, { description: 'Articles in it that the viewer may read.' })
  articleCount(@Parent() category: ArticleCategoryType, @Context() ctx: GqlContext): Promise<number> {
    return this.loaders.for(ctx.req, viewerOf(ctx)).articleCount.load(category);
  }
}
