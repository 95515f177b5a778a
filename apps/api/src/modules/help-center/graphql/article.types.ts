import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, Min } from 'class-validator';
import { IsBody, IsId, IsIntBetween, IsLocale, IsSlug, IsText, msg } from '../../../common/validation.js';
import { ConnectionType } from '../../../graphql/connection.js';
import { ARTICLE_STATUSES, type ArticleStatus } from '../article.entity.js';

export const ArticleStatusEnum = Object.fromEntries(ARTICLE_STATUSES.map((s) => [s, s])) as { [S in ArticleStatus]: S };
registerEnumType(ArticleStatusEnum, {
  name: 'ArticleStatus',
  description: 'DRAFT (staff of the language only) → PUBLISHED (everyone) → ARCHIVED (staff only; may be published again).',
});

@ObjectType('ArticleCategory', { description: 'A help-center category of one language; the same key names it in every language.' })
export class ArticleCategoryType {
  @Field() key: string;
  @Field() locale: string;
  @Field() name: string;
  @Field(() => Int) position: number;
  id: string;
}

@ObjectType('Article', { description: 'A help-center article written by staff of its language.' })
export class ArticleType {
  @Field(() => ID) id: string;
  @Field({ description: 'Unique within the language; the article’s address.' }) slug: string;
  @Field() locale: string;
  @Field({ description: 'Shared by the same article in the other languages.' }) topicKey: string;
  @Field() title: string;
  @Field({ description: 'Markdown.' }) body: string;
  @Field({ description: 'Sanitized HTML of body.' }) bodyHtml: string;
  @Field(() => ArticleStatusEnum) status: ArticleStatus;
  @Field(() => Int, { description: 'Starts at 1; every edit adds one. Give it back as expectedRevision.' }) revision: number;
  @Field() updatedAt: Date;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  categoryId: string;
  authorId: string;
}

@ObjectType('ArticleConnection')
export class ArticleConnectionType extends ConnectionType(ArticleType, 'Article') {}

@ArgsType()
export class ArticlesArgs {
  @Field() @IsLocale() locale: string;
  @Field(() => String, { nullable: true, description: 'Only this category.' }) @IsOptional() @IsSlug() categoryKey?: string | null;
  @Field(() => ArticleStatusEnum, { nullable: true, description: 'Default: published for everyone, every status for staff of the language. Other than PUBLISHED: staff only (FORBIDDEN).' })
  @IsOptional()
  @IsIn([...ARTICLE_STATUSES], msg('validation.enum'))
  status?: ArticleStatus | null;
  @Field(() => Int, { nullable: true, defaultValue: 20 }) @IsOptional() @IsInt(msg('validation.integer')) first?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() after?: string | null;
}

@ArgsType()
export class ArticleLookupArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() id?: string | null;
  @Field(() => String, { nullable: true, description: 'With locale.' }) @IsOptional() @IsSlug() slug?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsLocale() locale?: string | null;
}

@InputType('CreateArticleCategoryInput')
export class CreateArticleCategoryInput {
  @Field({ description: 'The same in every language, e.g. account-security.' }) @IsSlug() key: string;
  @Field() @IsLocale() locale: string;
  @Field() @IsText(2, 80) name: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsIntBetween(0, 1000) position?: number | null;
}

@InputType('CreateArticleInput')
export class CreateArticleInput {
  @Field() @IsLocale() locale: string;
  @Field() @IsSlug() categoryKey: string;
  @Field() @IsSlug() slug: string;
  @Field(() => String, { nullable: true, description: 'Default: the slug. The same article in another language shares it.' }) @IsOptional() @IsSlug() topicKey?: string | null;
  @Field() @IsText(5, 120) title: string;
  @Field() @IsBody() body: string;
}

@InputType('UpdateArticleInput')
export class UpdateArticleInput {
  @Field(() => ID) @IsId() id: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsText(5, 120) title?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsBody() body?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsSlug() categoryKey?: string | null;
  @Field(() => Int, { description: 'The revision the editor saw; a newer one makes the edit a CONFLICT.' }) @IsInt(msg('validation.integer')) @Min(1, msg('validation.integer')) expectedRevision: number;
}
