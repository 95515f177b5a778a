import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { IsId, IsIntBetween, IsLocale, IsOptionalText, IsSlug, IsText } from '../../../common/validation.js';
import { BOARD_KINDS, type BoardKind } from '../board.entity.js';

export const BoardKindEnum = Object.fromEntries(BOARD_KINDS.map((k) => [k, k])) as { [K in BoardKind]: K };
registerEnumType(BoardKindEnum, { name: 'BoardKind' });

@ObjectType('Board')
export class BoardType {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field() locale: string;
  @Field() topicKey: string;
  @Field(() => BoardKindEnum) kind: BoardKind;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Int) position: number;
}

@ArgsType()
export class BoardsArgs {
  @Field(() => String, { nullable: true }) @IsOptional() @IsLocale() locale?: string | null;
}

@ArgsType()
export class BoardArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() id?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsSlug() slug?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsLocale() locale?: string | null;
}

@InputType('CreateBoardInput')
export class CreateBoardInput {
  @Field() @IsSlug() slug: string;
  @Field() @IsLocale() locale: string;
  @Field() @IsSlug() topicKey: string;
  @Field(() => BoardKindEnum) @IsIn([...BOARD_KINDS]) kind: BoardKind;
  @Field() @IsText(1, 100) name: string;
  @Field(() => String, { nullable: true }) @IsOptionalText(2000) description?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsIntBetween(0, 10_000) position?: number | null;
}
