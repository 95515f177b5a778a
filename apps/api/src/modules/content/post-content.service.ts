import { Injectable } from '@nestjs/common';
import { renderMarkdown } from '#libs/markdown';
import type { Actor } from '../../auth/actor.js';
import { badField, DomainError } from '../../common/domain-error.js';
import type { ContentState } from '../posts/post.entity.js';
import { ScamGuardService, type StoredVerdict } from '../scam-guard/scam-guard.service.js';

export interface PreparedContent {
  body: string;
  bodyHtml: string;
  state: ContentState;
  scamScore: number | null;
  scamVerdict: StoredVerdict | null;
}

// The facts of a post's author that the scan weighs (account age, staff): always the author's,
// also when someone else edits the post.
export type ContentAuthor = Pick<Actor, 'createdAt' | 'roles' | 'totpEnabled' | 'staffLocales'>;

export interface ContentSource {
  body: string;
  // A thread's title is scanned with its question: a phishing link fits in either.
  title?: string;
  author: ContentAuthor;
  locale: string;
}

// Every text that becomes a post passes here before it is stored: scanned by the scam guard,
// then rendered once, so reads never run Markdown.
@Injectable()
export class PostContentService {
  constructor(private readonly guard: ScamGuardService) {}

  async prepare(source: ContentSource): Promise<PreparedContent> {
    if (source.body.trim().length === 0) throw badField('body', 'validation.emptyText');
    const text = source.title ? `${source.title}\n\n${source.body}` : source.body;
    const verdict = await this.guard.scan({ text, contentLocale: source.locale, author: source.author });
    if (verdict.action === 'BLOCK') {
      throw new DomainError('CONTENT_BLOCKED', { key: 'errors.contentBlocked' }, { signals: this.guard.present(verdict.signals) });
    }
    const kept = verdict.action === 'ALLOW' ? null : this.guard.toStored(verdict);
    return {
      body: source.body,
      bodyHtml: renderMarkdown(source.body),
      state: verdict.action === 'HOLD' ? 'HELD' : 'VISIBLE',
      scamScore: kept ? verdict.score : null,
      scamVerdict: kept,
    };
  }
}
