import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { IsId, IsIntBetween, IsLocale, IsOptionalText, IsSlug, IsText } from '../../../common/validation.js';
import { BOARD_KINDS, type BoardKind } from '../board.entity.js';

export const BoardKindEnum = Object.fromEntries(BOARD_KINDS.map((k) => [k, k])) as { [K in BoardKind]: K };
registerEnumType(BoardKindEnum, {
  name: 'BoardKind',
  description: 'What a board is for.',
  valuesMap: {
    QUESTIONS: { description: 'Users ask, anyone signed in replies, staff mark official answers; counted in the staff queue and metrics.' },
    ANNOUNCEMENTS: { description: 'Only the staff of the board’s language and admins start threads and reply (FORBIDDEN for others).' },
  },
});

@ObjectType('Board', {
  description: 'A board of one language, where threads are started. Every board is public; private threads inside it are not.',
})
export class BoardType {
  @Field(() => ID, { description: 'The board’s id (a UUID).' }) id: string;
  @Field({ description: 'Its name in URLs, unique within its language (a-z, 0-9, -).' }) slug: string;
  @Field({ description: 'Its language, a BCP 47 tag (en, zh-CN): the language of its threads, staff and moderators.' }) locale: string;
  @Field({ description: 'Shared by the boards on the same topic in other languages (e.g. deposits-withdrawals), to switch language.' })
  topicKey: string;
  @Field(() => BoardKindEnum, { description: 'Questions or announcements.' }) kind: BoardKind;
  @Field({ description: 'Its title, in its language.' }) name: string;
  @Field(() => String, { nullable: true, description: 'A line on what belongs here; null when it has none.' }) description: string | null;
  @Field(() => Int, { description: 'Where it comes in the list of its language: `boards` is sorted by it, lowest first.' })
  position: number;
}

@ArgsType()
export class BoardsArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'The language (en or zh-CN; variants such as zh-TW or en-US are taken as these). Left out: the signed-in user’s language, else the best match of Accept-Language, else en.',
  })
  @IsOptional()
  @IsLocale()
  locale?: string | null;
}

@ArgsType()
export class BoardArgs {
  @Field(() => ID, { nullable: true, description: 'The board’s id. Give either this or `slug` with `locale` (BAD_USER_INPUT otherwise).' })
  @IsOptional()
  @IsId()
  id?: string | null;
  @Field(() => String, { nullable: true, description: 'The board’s slug, with `locale`.' }) @IsOptional() @IsSlug() slug?: string | null;
  @Field(() => String, { nullable: true, description: 'The language of the board named by `slug`.' }) @IsOptional() @IsLocale() locale?:
    string | null;
}

@InputType('CreateBoardInput', {
  description: 'A new board. A slug or topic key already used in that language is BAD_USER_INPUT on that field.',
})
export class CreateBoardInput {
  @Field({ description: '2 to 60 of a-z, 0-9 and -, starting with a letter or digit; unique within the language.' }) @IsSlug() slug: string;
  @Field({ description: 'The board’s language (en or zh-CN).' }) @IsLocale() locale: string;
  @Field({ description: 'The topic it shares with its boards in other languages, in the slug format; one board per topic and language.' })
  @IsSlug()
  topicKey: string;
  @Field(() => BoardKindEnum, { description: 'Questions or announcements.' }) @IsIn([...BOARD_KINDS]) kind: BoardKind;
  @Field({ description: 'Its title, 1 to 100 characters (a CJK character counts two).' }) @IsText(1, 100) name: string;
  @Field(() => String, { nullable: true, description: 'A line on what belongs here, at most 2,000 characters.' })
  @IsOptionalText(2000)
  description?: string | null;
  @Field(() => Int, { nullable: true, description: 'Its place in the list of its language, 0 to 10,000 (default 0; lowest first).' })
  @IsOptional()
  @IsIntBetween(0, 10_000)
  position?: number | null;
}

@InputType('UpdateBoardInput', { description: 'A board’s name, description and place; fields left out keep their value.' })
export class UpdateBoardInput {
  @Field(() => ID, { description: 'The board.' }) @IsId() boardId: string;
  @Field(() => String, { nullable: true, description: 'Its title, 1 to 100 characters (a CJK character counts two).' })
  @IsOptional()
  @IsText(1, 100)
  name?: string | null;
  @Field(() => String, { nullable: true, description: 'A line on what belongs here, at most 2,000 characters; an empty string clears it.' })
  @IsOptionalText(2000)
  description?: string | null;
  @Field(() => Int, { nullable: true, description: 'Its place in the list of its language, 0 to 10,000 (lowest first).' })
  @IsOptional()
  @IsIntBetween(0, 10_000)
  position?: number | null;
}
