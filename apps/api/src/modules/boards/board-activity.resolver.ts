import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { dependsOn, viewerOf, type GqlContext } from '../../graphql/gql-context.js';
import { BoardActivityReader } from './board-activity.js';
import { BoardType } from './graphql/board.types.js';

@Resolver(() => BoardType)
export class BoardActivityResolver {
  constructor(private readonly activity: BoardActivityReader) {}

  @ResolveField(() => Int, {
    description: 'Threads the board lists for the viewer (private and held ones only for those who may see them).',
  })
  async threadCount(@Parent() board: BoardType, @Context() ctx: GqlContext): Promise<number> {
    dependsOn(ctx, `board:${board.id}`);
    return (await this.activity.load(ctx.req, viewerOf(ctx), board)).threadCount;
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: 'When the latest of the threads it lists for the viewer last moved (see threadCount); null when it lists none.',
  })
  async lastActivityAt(@Parent() board: BoardType, @Context() ctx: GqlContext): Promise<Date | null> {
    dependsOn(ctx, `board:${board.id}`);
    return (await this.activity.load(ctx.req, viewerOf(ctx), board)).lastActivityAt;
  }
}
