import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Public, SignedIn } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { dependsOn, type GqlContext } from '../../graphql/gql-context.js';
import { BoardsService } from './boards.service.js';
import { BoardArgs, BoardsArgs, BoardType, CreateBoardInput, UpdateBoardInput } from './graphql/board.types.js';

@Resolver(() => BoardType)
export class BoardsResolver {
  constructor(private readonly service: BoardsService) {}

  @Public()
  @Query(() => [BoardType], { description: 'The boards of one language, by position (then name).' })
  boards(@Args() { locale }: BoardsArgs, @CurrentActor() actor: Actor | null, @Context() ctx: GqlContext): Promise<BoardType[]> {
    dependsOn(ctx, 'boards');
    return this.service.list(locale, actor, ctx.req.headers['accept-language']);
  }

  @Public()
  @Query(() => BoardType, { nullable: true, description: 'One board, by id or by slug and locale; null when there is none.' })
  board(@Args() args: BoardArgs, @Context() ctx: GqlContext): Promise<BoardType | null> {
    dependsOn(ctx, 'boards');
    return this.service.find(args);
  }

  @SignedIn({ roles: ['ADMIN'], write: true })
  @Mutation(() => BoardType, { description: 'Create a board (admins); logged.' })
  createBoard(@Args('input', { description: 'The new board.' }) input: CreateBoardInput, @CurrentActor() actor: Actor): Promise<BoardType> {
    return this.service.create(actor, input);
  }

  @SignedIn({ roles: ['ADMIN'], write: true })
  @Mutation(() => BoardType, {
    description: 'Rename a board, change its description or its place in its language’s list (admins); logged.',
  })
  updateBoard(@Args('input', { description: 'The change.' }) input: UpdateBoardInput, @CurrentActor() actor: Actor): Promise<BoardType> {
    return this.service.update(actor, input);
  }
}
