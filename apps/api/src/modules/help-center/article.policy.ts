import type { Actor } from '../../auth/actor.js';
import { isAdmin, isStaffOf } from '../../auth/actor.policy.js';
import { mayWrite } from '../threads/thread.policy.js';
import type { ArticleStatus } from './article.entity.js';

// Who reads and writes the help center. Pure; the service refuses with these.
// Staff of a language (and admins) see that language's drafts and archive; everyone else
// reads published articles only.
export const seesUnpublished = (actor: Actor | null, locale: string): boolean => isAdmin(actor) || isStaffOf(actor, locale);

export const canReadArticle = (actor: Actor | null, article: { locale: string; status: ArticleStatus }): boolean =>
  article.status === 'PUBLISHED' || seesUnpublished(actor, article.locale);

export const canWriteArticles = (actor: Actor | null, locale: string): actor is Actor => mayWrite(actor) && seesUnpublished(actor, locale);

export type ArticleAction = 'PUBLISH' | 'ARCHIVE';

// DRAFT → PUBLISHED → ARCHIVED, and an archived article may be published again. `same`: the
// article is already there (nothing to do, nothing logged).
export function nextArticleStatus(from: ArticleStatus, action: ArticleAction): { to: ArticleStatus } | { same: true } {
  const to: ArticleStatus = action === 'PUBLISH' ? 'PUBLISHED' : 'ARCHIVED';
  return from === to ? { same: true } : { to };
}
