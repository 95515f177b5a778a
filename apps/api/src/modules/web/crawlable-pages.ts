import { Injectable } from '@nestjs/common';
import { postAccess, threadAccess } from '../../access/content-visibility.js';
import { BoardsRepository } from '../boards/boards.repository.js';
import type { PostRecord } from '../posts/post.record.js';
import type { ThreadRecord } from '../threads/thread.record.js';
import { ThreadsRepository } from '../threads/threads.repository.js';
import { ThreadsService } from '../threads/threads.service.js';
import { escapeHtml, plainText, renderPage } from './page-html.js';

const LANGUAGES = ['zh-CN', 'en'];
const THREAD_PATH = /^\/(zh-CN|en)\/t\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const BOARD_PATH = /^\/(zh-CN|en)\/b\/([a-z0-9-]{1,60})$/;
const REPLIES = 50;
const THREADS = 30;

const TEXT: Record<string, { officialAnswer: string; replies: string; question: string; threads: string }> = {
  'zh-CN': { officialAnswer: '官方回答', replies: '回复', question: '问题', threads: '帖子' },
  en: { officialAnswer: 'Official answer', replies: 'Replies', question: 'Question', threads: 'Threads' },
};

// Board and thread pages as HTML for search engines, read as a visitor reads them: what a
// visitor may not see (private threads, held posts, removed or hidden content) is never here,
// by the same access rules as the API. Anything else (or anything not found) is the plain app.
@Injectable()
export class CrawlablePages {
  constructor(
    private readonly threads: ThreadsRepository,
    private readonly threadList: ThreadsService,
    private readonly boards: BoardsRepository,
  ) {}

  async render(path: string, origin: string, template: string): Promise<string | null> {
    const thread = THREAD_PATH.exec(path);
    if (thread) return this.thread(thread[2].toLowerCase(), origin, template);
    const board = BOARD_PATH.exec(path);
    if (board) return this.board(board[1], board[2], origin, template);
    return null;
  }

  private async thread(id: string, origin: string, template: string): Promise<string | null> {
    const found = await this.threads.findWithOpeningPosts(id, { limit: REPLIES, viewer: null });
    if (!found || threadAccess(null, found.thread) !== 'FULL') return null;
    const { thread } = found;
    const shown = (p: PostRecord) => postAccess(null, p) === 'FULL';
    const question = found.openingPosts.find((p) => p.postNumber === 1 && shown(p));
    if (!question) return null;
    const answer = found.openingPosts.find((p) => p.id === thread.officialAnswerPostId && p.postNumber > 1 && shown(p)) ?? null;
    const replies = (found.firstReplies?.items ?? []).filter((p) => shown(p) && p.id !== answer?.id);
    const url = `${origin}/${thread.locale}/t/${thread.id}`;
    const text = TEXT[thread.locale] ?? TEXT.en;
    const person = (p: PostRecord) => ({ '@type': 'Person', name: p.author.displayName });
    const answerLd = (p: PostRecord) => ({
      '@type': 'Answer',
      text: plainText(p.bodyHtml),
      dateCreated: p.createdAt.toISOString(),
      author: person(p),
      url: `${url}#post-${p.postNumber}`,
    });
    const jsonLd = {
      '@context': 'https://schema.org',
      '@type': 'QAPage',
      mainEntity: {
        '@type': 'Question',
        name: thread.title,
        text: plainText(question.bodyHtml),
        dateCreated: question.createdAt.toISOString(),
        author: person(question),
        answerCount: replies.length + (answer ? 1 : 0),
        ...(answer ? { acceptedAnswer: answerLd(answer) } : {}),
        ...(replies.length > 0 ? { suggestedAnswer: replies.map(answerLd) } : {}),
      },
    };
    const post = (p: PostRecord, label?: string) =>
      `<article id="post-${p.postNumber}">${label ? `<h2>${escapeHtml(label)}</h2>` : ''}<p><strong>${escapeHtml(p.author.displayName)}</strong> <time datetime="${p.createdAt.toISOString()}">${p.createdAt.toISOString().slice(0, 10)}</time></p>${p.bodyHtml}</article>`;
    const body = [
      `<main><p><a href="/${thread.locale}/b/${escapeHtml(thread.board.topicKey)}">${escapeHtml(thread.board.name)}</a></p>`,
      `<h1>${escapeHtml(thread.title)}</h1>`,
      post(question, text.question),
      answer ? post(answer, text.officialAnswer) : '',
      replies.length > 0 ? `<h2>${escapeHtml(text.replies)}</h2>${replies.map((p) => post(p)).join('')}` : '',
      '</main>',
    ].join('');
    const head = {
      lang: thread.locale,
      title: `${thread.title} · ${thread.board.name}`,
      description: plainText(answer ? `${question.bodyHtml} ${answer.bodyHtml}` : question.bodyHtml, 160),
      canonical: url,
      alternates: [{ lang: thread.locale, href: url }],
      jsonLd,
    };
    return renderPage(template, head, body);
  }

  private async board(lang: string, topicKey: string, origin: string, template: string): Promise<string | null> {
    const siblings = (await this.boards.findByTopicKey(topicKey)).filter((b) => LANGUAGES.includes(b.locale));
    const board = siblings.find((b) => b.locale === lang);
    if (!board) return null;
    const { page } = await this.threadList.list(board, { first: THREADS }, null);
    const listed = page.items.filter((t: ThreadRecord) => threadAccess(null, t) === 'FULL');
    const href = (locale: string) => `${origin}/${locale}/b/${board.topicKey}`;
    const text = TEXT[board.locale] ?? TEXT.en;
    const body = [
      `<main><h1>${escapeHtml(board.name)}</h1>`,
      board.description ? `<p>${escapeHtml(board.description)}</p>` : '',
      `<h2>${escapeHtml(text.threads)}</h2><ul>`,
      ...listed.map((t) => `<li><a href="/${board.locale}/t/${t.id}">${escapeHtml(t.title)}</a></li>`),
      '</ul></main>',
    ].join('');
    const head = {
      lang: board.locale,
      title: `${board.name} · Beacon`,
      description: board.description ?? board.name,
      canonical: href(board.locale),
      alternates: siblings.map((b) => ({ lang: b.locale, href: href(b.locale) })),
    };
    return renderPage(template, head, body);
  }
}
