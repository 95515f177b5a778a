import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches } from 'class-validator';
import { IsId, IsLocale, IsText, msg } from '../../../common/validation.js';
import { ConnectionType, connectionDescription } from '../../../graphql/connection.js';
import { AFTER, PAGE_SIZE } from '../../../graphql/descriptions.js';

export const SEARCH_KINDS = ['THREAD', 'ARTICLE'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
export const SearchKindEnum = Object.fromEntries(SEARCH_KINDS.map((k) => [k, k])) as { [K in SearchKind]: K };
registerEnumType(SearchKindEnum, {
  name: 'SearchKind',
  description: 'What a search hit is.',
  valuesMap: {
    THREAD: { description: 'A forum thread (its question or a reply matched).' },
    ARTICLE: { description: 'A published help-center article.' },
  },
});

@ObjectType('SearchHit', { description: 'One result of a search: a thread (with the post that matched) or an article.' })
export class SearchHitType {
  @Field(() => SearchKindEnum, { description: 'Thread or article.' }) kind: SearchKind;
  @Field({ description: 'The thread’s or the article’s title.' }) title: string;
  @Field({ description: 'Sanitized HTML: the matching passage of the original text, the matched words inside <mark>, nothing else.' })
  snippet: string;
  @Field(() => Float, { description: 'Relevance with its boosts (answered threads, articles, recency); higher first.' }) score: number;
  id: string;
  threadId: string | null;
}

@ObjectType('SearchHitConnection', { description: connectionDescription('search hits') })
export class SearchHitConnectionType extends ConnectionType(SearchHitType, 'SearchHit', 'search hits') {}

@InputType('SearchInput', { description: 'What to search for, and where.' })
export class SearchInput {
  @Field({ description: 'The words, 1 to 200 characters, in any language (Chinese is segmented: 提币审核 finds 提币一直在审核中).' })
  @IsText(1, 200)
  query: string;
  @Field(() => String, { nullable: true, description: 'The language searched; default: the caller’s.' }) @IsOptional() @IsLocale() locale?:
    string | null;
  @Field(() => [SearchKindEnum], { nullable: true, description: 'Default: both.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2)
  @IsIn([...SEARCH_KINDS], { each: true, ...msg('validation.enum') })
  kinds?: SearchKind[] | null;
  @Field(() => ID, { nullable: true, description: 'Only threads of this board.' }) @IsOptional() @IsId() boardId?: string | null;
  @Field(() => String, { nullable: true, description: 'Only threads with this tag.' })
  @IsOptional()
  @IsString()
  @Matches(/^[\p{L}\p{N}_-]{1,30}$/u, msg('validation.tags'))
  tag?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only threads with (true) or without (false) an official answer.' })
  @IsOptional()
  @IsBoolean()
  answered?: boolean | null;
}

@ArgsType()
export class SearchPageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: PAGE_SIZE }) @IsOptional() @IsInt(msg('validation.integer')) first?:
    number | null;
  @Field(() => String, { nullable: true, description: AFTER }) @IsOptional() @IsString() after?: string | null;
}

@ArgsType()
export class SimilarQuestionsArgs {
  @Field({ description: 'The title being typed, 1 to 200 characters.' }) @IsText(1, 200) title: string;
  @Field({ description: 'The board’s language.' }) @IsLocale() locale: string;
  @Field(() => Int, { nullable: true, defaultValue: 5, description: 'How many, 1 to 10.' })
  @IsOptional()
  @IsInt(msg('validation.integer'))
  first?: number | null;
}
