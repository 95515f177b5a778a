import { Injectable } from '@nestjs/common';
import { renderMarkdown } from '#libs/markdown';
import { badField } from '../../common/domain-error.js';
import type { ContentState } from '../posts/post.entity.js';

export interface PreparedContent {
  body: string;
  bodyHtml: string;
  state: ContentState;
  scamScore: number | null;
  scamVerdict: unknown;
}

// Every text that becomes a post passes here before it is stored: rendered once on write, so
// reads never run Markdown.
@Injectable()
export class PostContentService {
  async prepare(body: string): Promise<PreparedContent> {
    if (body.trim().length === 0) throw badField('body', 'validation.emptyText');
    return { body, bodyHtml: renderMarkdown(body), state: 'VISIBLE', scamScore: null, scamVerdict: null };
  }
}
