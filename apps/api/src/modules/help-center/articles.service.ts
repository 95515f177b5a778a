import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { clampPageSize, decodeCursor, invalidCursor } from '../../common/cursor.js';
import { badField, conflict, DomainError, forbidden, notFound } from '../../common/domain-error.js';
import { isUniqueViolation } from '../../common/sql.js';
import { isUuid } from '../../common/uuid.js';
import { Outbox } from '../../events/outbox.js';
import { PostContentService } from '../content/post-content.service.js';
import { ModerationLogService } from '../moderation/moderation-log.service.js';
import { ScamGuardService } from '../scam-guard/scam-guard.service.js';
import { ARTICLE_STATUSES, type ArticleStatus } from './article.entity.js';
import { canReadArticle, canWriteArticles, nextArticleStatus, seesUnpublished, type ArticleAction } from './article.policy.js';
import { ArticlesRepository, type ArticleRecord, type CategoryRecord } from './articles.repository.js';

export interface NewArticle {
  locale: string;
  categoryKey: string;
  slug: string;
  topicKey?: string | null;
  title: string;
  body: string;
}

// The help center: categories per language and staff-written articles, DRAFT → PUBLISHED →
// ARCHIVED. Texts are scanned like posts (and refused when the guard would flag, hold or block
// them); every revision is kept; an edit over a stale revision is a CONFLICT; publishing and
// archiving are logged.
@Injectable()
export class ArticlesService {
  constructor(
    private readonly db: DataSource,
    private readonly articles: ArticlesRepository,
    private readonly content: PostContentService,
    private readonly log: ModerationLogService,
    private readonly outbox: Outbox,
    private readonly guard: ScamGuardService,
  ) {}

  categories(locale: string): Promise<CategoryRecord[]> {
    return this.articles.categories(locale);
  }

  async createCategory(input: { key: string; locale: string; name: string; position?: number | null }): Promise<CategoryRecord> {
    try {
      return await this.db.transaction(async (tx) => {
        const category = await this.articles.insertCategory(
          { key: input.key, locale: input.locale, name: input.name, position: input.position ?? 0 },
          tx,
        );
        await this.changed(tx, input.locale);
        return category;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'article_categories_locale_key')) throw badField('key', 'errors.categoryExists');
      throw error;
    }
  }

  async create(actor: Actor, input: NewArticle): Promise<ArticleRecord> {
    if (!canWriteArticles(actor, input.locale)) throw forbidden('errors.notStaffOfLocale');
    const category = await this.categoryOf(input.locale, input.categoryKey);
    const text = await this.prepare(actor, input.title, input.body, input.locale);
    try {
      const id = await this.db.transaction(async (tx) => {
        const articleId = await this.articles.insert(
          {
            slug: input.slug,
            locale: input.locale,
            topicKey: input.topicKey ?? input.slug,
            categoryId: category.id,
            title: input.title,
            authorId: actor.id,
            ...text,
          },
          tx,
        );
        await this.changed(tx, input.locale, articleId);
        return articleId;
      });
      return (await this.articles.findById(id))!;
    } catch (error) {
      if (isUniqueViolation(error, 'articles_locale_slug_key')) throw badField('slug', 'errors.articleSlugTaken');
      if (isUniqueViolation(error, 'articles_locale_topic_key')) throw badField('topicKey', 'errors.articleTopicTaken');
      throw error;
    }
  }

  async update(
    actor: Actor,
    input: { id: string; title?: string | null; body?: string | null; categoryKey?: string | null; expectedRevision: number },
  ): Promise<ArticleRecord> {
    const article = await this.readable(actor, input.id);
    if (!canWriteArticles(actor, article.locale)) throw forbidden('errors.notStaffOfLocale');
    const category = input.categoryKey ? await this.categoryOf(article.locale, input.categoryKey) : null;
    const title = input.title ?? article.title;
    const text = await this.prepare(actor, title, input.body ?? article.body, article.locale);
    await this.db.transaction(async (tx) => {
      const revision = await this.articles.update(
        {
          id: article.id,
          expectedRevision: input.expectedRevision,
          title,
          ...text,
          categoryId: category?.id ?? article.categoryId,
          editorId: actor.id,
        },
        tx,
      );
      if (revision === null) throw conflict('errors.staleRevision');
      await this.changed(tx, article.locale, article.id);
    });
    return (await this.articles.findById(article.id))!;
  }

  async transition(actor: Actor, id: string, action: ArticleAction): Promise<ArticleRecord> {
    const seen = await this.readable(actor, id);
    if (!canWriteArticles(actor, seen.locale)) throw forbidden('errors.notStaffOfLocale');
    await this.db.transaction(async (tx) => {
      const article = (await this.articles.lockForUpdate(id, tx))!;
      const next = nextArticleStatus(article.status, action);
      if ('same' in next) return;
      await this.articles.setStatus(article.id, next.to, tx);
      await this.log.record(tx, {
        actorId: actor.id,
        action: `${action}_ARTICLE`,
        targetType: 'article',
        targetId: article.id,
        locale: article.locale,
        before: { status: article.status, revision: article.revision },
        after: { status: next.to, revision: article.revision },
      });
      await this.changed(tx, article.locale, article.id);
    });
    return (await this.articles.findById(id))!;
  }

  // What the viewer may read of a language: published articles, and for its staff every status.
  async list(
    viewer: Actor | null,
    args: { locale: string; categoryKey?: string | null; status?: ArticleStatus | null; first?: number | null; after?: string | null },
  ) {
    const all = seesUnpublished(viewer, args.locale);
    if (args.status && args.status !== 'PUBLISHED' && !all) throw forbidden('errors.notStaffOfLocale');
    const statuses: ArticleStatus[] = args.status ? [args.status] : all ? [...ARTICLE_STATUSES] : ['PUBLISHED'];
    const category = args.categoryKey ? await this.articles.category(args.locale, args.categoryKey) : null;
    if (args.categoryKey && !category) return { page: { items: [], hasNextPage: false }, count: async () => 0 };
    let after: [Date, string] | null = null;
    if (args.after) {
      const [at, id] = decodeCursor(args.after, ['date', 'string'] as const);
      if (!isUuid(id)) throw invalidCursor();
      after = [at, id];
    }
    const query = { locale: args.locale, categoryId: category?.id ?? null, statuses };
    const page = await this.articles.list({ ...query, after, limit: clampPageSize(args.first) });
    return { page, count: () => this.articles.count(query) };
  }

  async find(
    viewer: Actor | null,
    lookup: { id?: string | null; slug?: string | null; locale?: string | null },
  ): Promise<ArticleRecord | null> {
    const article = lookup.id ? await this.articles.findById(lookup.id) : await this.articles.findBySlug(lookup.locale!, lookup.slug!);
    return article && canReadArticle(viewer, article) ? article : null;
  }

  private async readable(actor: Actor, id: string): Promise<ArticleRecord> {
    const article = await this.articles.findById(id);
    if (!article || !canReadArticle(actor, article)) throw notFound('article');
    return article;
  }

  private async categoryOf(locale: string, key: string): Promise<CategoryRecord> {
    const category = await this.articles.category(locale, key);
    if (!category) throw badField('categoryKey', 'errors.noSuchCategory');
    return category;
  }

  // Scanned as a thread is (title with body), judged as its author. An article speaks for the
  // exchange and is published as written, with no review queue behind it: whatever the guard
  // would flag or hold is refused like what it blocks, with the reasons.
  private async prepare(actor: Actor, title: string, body: string, locale: string): Promise<{ body: string; bodyHtml: string }> {
    const prepared = await this.content.prepare({ body, title, author: actor, locale });
    if (prepared.scamVerdict !== null) {
      throw new DomainError(
        'CONTENT_BLOCKED',
        { key: 'errors.contentBlocked' },
        { signals: this.guard.present(prepared.scamVerdict?.signals ?? []) },
      );
    }
    return { body: prepared.body, bodyHtml: prepared.bodyHtml };
  }

  private async changed(tx: EntityManager, locale: string, articleId?: string): Promise<void> {
    await this.outbox.publish(tx, { type: 'HelpCenterChanged', locale, articleId });
  }
}
