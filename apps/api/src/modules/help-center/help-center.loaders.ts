import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Request } from 'express';
import type { Actor } from '../../auth/actor.js';
import { inKeyOrder } from '../../common/batch.js';
import { canReadArticle, seesUnpublished } from './article.policy.js';
import { ArticlesRepository, type ArticleRecord, type CategoryRecord } from './articles.repository.js';

interface Loaders {
  category: DataLoader<string, CategoryRecord | null>;
  // Keyed by category id; the count is what this viewer may read.
  articleCount: DataLoader<CategoryRecord, number, string>;
  // Every language's article of a topic that this viewer may read.
  topic: DataLoader<string, ArticleRecord[]>;
}

// The help center's per-request batches: an article list's categories, counts and
// translations in one statement each, whatever the page's size.
@Injectable()
export class HelpCenterLoaders {
  private readonly byRequest = new WeakMap<Request, Loaders>();

  constructor(private readonly articles: ArticlesRepository) {}

  for(req: Request, viewer: Actor | null): Loaders {
    let loaders = this.byRequest.get(req);
    if (!loaders) {
      loaders = {
        category: new DataLoader(async (ids: readonly string[]) => inKeyOrder(ids, await this.articles.categoriesByIds(ids), (c) => c.id)),
        articleCount: new DataLoader(
          async (categories: readonly CategoryRecord[]) => {
            const counts = new Map<string, number>();
            for (const all of [true, false]) {
              const ids = categories.filter((c) => seesUnpublished(viewer, c.locale) === all).map((c) => c.id);
              if (ids.length > 0) for (const row of await this.articles.countByCategory(ids, all)) counts.set(row.categoryId, row.n);
            }
            return categories.map((c) => counts.get(c.id) ?? 0);
          },
          { cacheKeyFn: (c) => c.id },
        ),
        topic: new DataLoader(async (topics: readonly string[]) => {
          const found = await this.articles.findByTopics(topics);
          return topics.map((topic) => found.filter((a) => a.topicKey === topic && canReadArticle(viewer, a)));
        }),
      };
      this.byRequest.set(req, loaders);
    }
    return loaders;
  }
}
