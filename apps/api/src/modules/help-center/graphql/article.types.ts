import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, Min } from 'class-validator';
import { IsBody, IsId, IsIntBetween, IsLocale, IsSlug, IsText, msg } from '../../../common/validation.js';
import { ConnectionType, connectionDescription } from '../../../graphql/connection.js';
import { AFTER, PAGE_SIZE } from '../../../graphql/descriptions.js';
import { ARTICLE_STATUSES, type ArticleStatus } from '../article.entity.js';

export const ArticleStatusEnum = Object.fromEntries(ARTICLE_STATUSES.map((s) => [s, s])) as { [S in ArticleStatus]: S };
registerEnumType(ArticleStatusEnum, {
  name: 'ArticleStatus',
  description: 'DRAFT (staff of the language only) → PUBLISHED (everyone) → ARCHIVED (staff only; may be published again).',
  valuesMap: {
    DRAFT: { description: 'Being written: seen by staff of its language and admins only.' },
    PUBLISHED: { description: 'In the help center, for everyone.' },
    ARCHIVED: { description: 'Taken out of the help center; staff still see it and may publish it again.' },
  },
});

@ObjectType('ArticleCategory', { description: 'A help-center category of one language; the same key names it in every language.' })
export class ArticleCategoryType {
  @Field({ description: 'The same in every language, e.g. account-security.' }) key: string;
  @Field({ description: 'The language (a board locale).' }) locale: string;
  @Field({ description: 'Shown to readers, in the category’s language.' }) name: string;
  @Field(() => Int, { description: 'Categories are listed in ascending position.' }) position: number;
  id: string;
}

@ObjectType('Article', { description: 'A help-center article written by staff of its language.' })
export class ArticleType {
  @Field(() => ID, { description: 'The article’s id (a UUID).' }) id: string;
  @Field({ description: 'Unique within the language; the article’s address.' }) slug: string;
  @Field({ description: 'The language (a board locale).' }) locale: string;
  @Field({ description: 'Shared by the same article in the other languages.' }) topicKey: string;
  @Field({ description: 'The article’s title, 5 to 120 characters.' }) title: string;
  @Field({ description: 'Markdown.' }) body: string;
  @Field({ description: 'Sanitized HTML of body.' }) bodyHtml: string;
  @Field(() => ArticleStatusEnum, { description: 'Where the article is in its life: only PUBLISHED ones reach the public.' })
  status: ArticleStatus;
  @Field(() => Int, { description: 'Starts at 1; every edit adds one. Give it back as expectedRevision.' }) revision: number;
  @Field({ description: 'When it was last edited, published or archived.' }) updatedAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it was last published; null while it never was.' }) publishedAt: Date | null;
  categoryId: string;
  authorId: string;
}

@ObjectType('ArticleConnection', { description: connectionDescription('articles') })
export class ArticleConnectionType extends ConnectionType(ArticleType, 'Article', 'articles') {}

@ArgsType()
export class ArticlesArgs {
  @Field({ description: 'The language (a board locale; zh and en-US are read as zh-CN and en).' }) @IsLocale() locale: string;
  @Field(() => String, { nullable: true, description: 'Only this category.' }) @IsOptional() @IsSlug() categoryKey?: string | null;
  @Field(() => ArticleStatusEnum, {
    nullable: true,
    description: 'Default: published for everyone, every status for staff of the language. Other than PUBLISHED: staff only (FORBIDDEN).',
  })
  @IsOptional()
  @IsIn([...ARTICLE_STATUSES], msg('validation.enum'))
  status?: ArticleStatus | null;
  @Field(() => Int, { nullable: true, defaultValue: 20, description: PAGE_SIZE }) @IsOptional() @IsInt(msg('validation.integer')) first?:
    number | null;
  @Field(() => String, { nullable: true, description: AFTER }) @IsOptional() @IsString() after?: string | null;
}

@ArgsType()
export class ArticleLookupArgs {
  @Field(() => ID, { nullable: true, description: 'The article’s id; or give slug and locale.' }) @IsOptional() @IsId() id?: string | null;
  @Field(() => String, { nullable: true, description: 'With locale.' }) @IsOptional() @IsSlug() slug?: string | null;
  @Field(() => String, { nullable: true, description: 'With slug: the language the slug is unique in.' })
  @IsOptional()
  @IsLocale()
  locale?: string | null;
}

@InputType('CreateArticleCategoryInput', { description: 'A new help-center category in one language.' })
export class CreateArticleCategoryInput {
  @Field({ description: 'The same in every language, e.g. account-security; unique per language (BAD_USER_INPUT when taken).' })
  @IsSlug()
  key: string;
  @Field({ description: 'The language (a board locale).' }) @IsLocale() locale: string;
  @Field({ description: 'Shown to readers, 2 to 80 characters.' }) @IsText(2, 80) name: string;
  @Field(() => Int, { nullable: true, description: 'Order among the language’s categories (ascending), 0 to 1000; default 0.' })
  @IsOptional()
  @IsIntBetween(0, 1000)
  position?: number | null;
}

@InputType('CreateArticleInput', { description: 'A new draft article.' })
export class CreateArticleInput {
  @Field({ description: 'The language; the author must be staff of it (or an admin).' }) @IsLocale() locale: string;
  @Field({ description: 'A category of that language.' }) @IsSlug() categoryKey: string;
  @Field({ description: 'Lowercase letters, digits and -, unique in the language.' }) @IsSlug() slug: string;
  @Field(() => String, { nullable: true, description: 'Default: the slug. The same article in another language shares it.' })
  @IsOptional()
  @IsSlug()
  topicKey?: string | null;
  @Field({ description: '5 to 120 characters; scanned with the body.' }) @IsText(5, 120) title: string;
  @Field({
    description:
      'Markdown, up to 50,000 characters; scanned by the scam guard (CONTENT_BLOCKED with the reasons when it would flag, hold or block it).',
  })
  @IsBody()
  body: string;
}

@InputType('UpdateArticleInput', { description: 'A new revision of an article; fields left out keep their value.' })
export class UpdateArticleInput {
  @Field(() => ID, { description: 'The article.' }) @IsId() id: string;
  @Field(() => String, { nullable: true, description: 'A new title.' }) @IsOptional() @IsText(5, 120) title?: string | null;
  @Field(() => String, { nullable: true, description: 'A new body (Markdown), scanned.' }) @IsOptional() @IsBody() body?: string | null;
  @Field(() => String, { nullable: true, description: 'Another category of the article’s language.' })
  @IsOptional()
  @IsSlug()
  categoryKey?: string | null;
  @Field(() => Int, { description: 'The revision the editor saw; a newer one makes the edit a CONFLICT.' })
  @IsInt(msg('validation.integer'))
  @Min(1, msg('validation.integer'))
  expectedRevision: number;
}
