import { Check, Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { References } from '../../database/references.js';
import { UserEntity } from '../users/user.entity.js';

export const ARTICLE_STATUSES = ['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

// A help-center category of one language; the same key names it in every language.
@Entity('article_categories')
@Index('article_categories_locale_key', ['locale', 'key'], { unique: true })
export class ArticleCategoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 60 })
  key: string;

  @Column({ type: 'varchar', length: 16 })
  locale: string;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ type: 'int', default: 0 })
  position: number;
}

// A staff-written article. `topic_key` is shared by the same article in the other languages;
// one article per topic and language. Times are kept to the millisecond (page cursors).
@Entity('articles')
@Index('articles_locale_slug_key', ['locale', 'slug'], { unique: true })
@Index('articles_locale_topic_key', ['locale', 'topicKey'], { unique: true })
@Index('articles_topic_idx', ['topicKey'])
@Index('articles_category_updated_idx', ['categoryId', 'updatedAt', 'id'])
@Index('articles_locale_updated_idx', ['locale', 'updatedAt', 'id'])
@Check('articles_status_check', `status IN ('DRAFT','PUBLISHED','ARCHIVED')`)
export class ArticleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 60 })
  slug: string;

  @Column({ type: 'varchar', length: 16 })
  locale: string;

  @Column({ name: 'topic_key', type: 'varchar', length: 60 })
  topicKey: string;

  @Column({ name: 'category_id', type: 'uuid' })
  categoryId: string;

  @References(() => ArticleCategoryEntity, 'category_id', 'articles_category_id_fkey')
  private readonly categoryRef?: unknown;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'body_html', type: 'text' })
  bodyHtml: string;

  @Column({ type: 'varchar', length: 16, default: 'DRAFT' })
  status: ArticleStatus;

  @Column({ type: 'int', default: 1 })
  revision: number;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @References(() => UserEntity, 'author_id', 'articles_author_id_fkey')
  private readonly authorRef?: unknown;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}

// Every revision of every article, the first one included.
@Entity('article_revisions')
export class ArticleRevisionEntity {
  @PrimaryColumn({ name: 'article_id', type: 'uuid' })
  articleId: string;

  @PrimaryColumn({ type: 'int' })
  revision: number;

  @References(() => ArticleEntity, 'article_id', 'article_revisions_article_id_fkey')
  private readonly articleRef?: unknown;

  @References(() => UserEntity, 'edited_by_id', 'article_revisions_edited_by_id_fkey')
  private readonly editedByRef?: unknown;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'edited_by_id', type: 'uuid' })
  editedById: string;

  @Column({ name: 'edited_at', type: 'timestamptz', default: () => 'now()' })
  editedAt: Date;
}
