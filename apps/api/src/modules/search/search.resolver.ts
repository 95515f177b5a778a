import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../../auth/access.decorator.js';
import { toConnection, type Connection } from '../../graphql/connection.js';
import { clientAddressOf, dependsOn, viewerOf, type GqlContext } from '../../graphql/gql-context.js';
import { ArticleType } from '../help-center/graphql/article.types.js';
import { ArticlesService } from '../help-center/articles.service.js';
import { PostType } from '../posts/graphql/post.types.js';
import { toPostType } from '../posts/post.mapper.js';
import { RateLimits } from '../rate-limits/rate-limits.service.js';
import { ThreadType } from '../threads/graphql/thread.types.js';
import { toThreadType } from '../threads/thread.mapper.js';
import { SearchHitConnectionType, SearchHitType, SearchInput, SearchPageArgs, SimilarQuestionsArgs } from './graphql/search.types.js';
import { SearchService } from './search.service.js';

@Resolver(() => SearchHitType)
export class SearchResolver {
  constructor(
    private readonly searcher: SearchService,
    private readonly articles: ArticlesService,
    private readonly limits: RateLimits,
  ) {}

  @Public()
  @Query(() => SearchHitConnectionType, {
    description:
      'Threads and help-center articles of one language that contain every word of the query, most relevant first; nothing the caller may not read. Limited per account or address (RATE_LIMITED).',
  })
  async search(
    @Args('input', { description: 'What to search for, and where.' }) input: SearchInput,
    @Args() page: SearchPageArgs,
    @Context() ctx: GqlContext,
  ): Promise<Connection<SearchHitType>> {
    const viewer = viewerOf(ctx);
    await this.limits.consumeForAddress('search', viewer?.id ?? clientAddressOf(ctx));
    const { page: hits, asOf, count } = await this.searcher.search(viewer, input, page);
    return toConnection(
      hits,
      (hit) => hit,
      (hit) => [hit.score, hit.id, asOf],
      count,
    );
  }

  @Public()
  @Query(() => [SearchHitType], {
    description: 'While a title is typed: up to `first` threads and articles that probably answer it, answered ones first.',
  })
  async similarQuestions(@Args() { title, locale, first }: SimilarQuestionsArgs, @Context() ctx: GqlContext): Promise<SearchHitType[]> {
    const viewer = viewerOf(ctx);
    await this.limits.consumeForAddress('search', viewer?.id ?? clientAddressOf(ctx));
    return this.searcher.similar(viewer, title, locale, first);
  }

  @ResolveField(() => ThreadType, { nullable: true, description: 'The thread, for a thread hit.' })
  async thread(@Parent() hit: SearchHitType, @Context() ctx: GqlContext): Promise<ThreadType | null> {
    if (!hit.threadId) return null;
    dependsOn(ctx, `thread:${hit.threadId}`);
    const thread = await ctx.loaders.threadById.load(hit.threadId);
    return thread ? toThreadType(thread, viewerOf(ctx)) : null;
  }

  @ResolveField(() => PostType, {
    nullable: true,
    description: 'The post of that thread that matched best (the question or a reply), for a thread hit.',
  })
  async post(@Parent() hit: SearchHitType, @Context() ctx: GqlContext): Promise<PostType | null> {
    if (hit.kind !== 'THREAD') return null;
    const post = await ctx.loaders.postById.load(hit.id);
    return post ? toPostType(post, viewerOf(ctx)) : null;
  }

  @ResolveField(() => ArticleType, { nullable: true, description: 'The article, for an article hit.' })
  async article(@Parent() hit: SearchHitType, @Context() ctx: GqlContext): Promise<ArticleType | null> {
    if (hit.kind !== 'ARTICLE') return null;
    const article = await this.articles.find(viewerOf(ctx), { id: hit.id });
    return article ? { ...article } : null;
  }
}
