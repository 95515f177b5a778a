import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../../auth/actor.js';
import { holds, isAdmin } from '../../../auth/actor.policy.js';
import { SUPPORTED_CONTENT_LOCALES } from '../../../common/validation.js';
import { clampPageSize, decodeCursor, invalidCursor } from '../../../common/cursor.js';
import { isUuid } from '../../../common/uuid.js';
import { forbidden } from '../../../common/domain-error.js';
import type { PostRecord } from '../../posts/post.record.js';
import { ThreadsRepository } from '../../threads/threads.repository.js';
import { PostsRepository } from '../../posts/posts.repository.js';
import type { ReportResolution } from '../reports/report.entity.js';
import { ReportsRepository } from '../reports/reports.repository.js';
import { TrustService } from '../trust.service.js';
import { guardUrgency } from '../trust.js';
import { ReviewQueueRepository } from './review-queue.repository.js';

// The review queue: posts that wait for a moderator because they were reported, or because
// the scam guard held or flagged their current text. Every change to an item happens under
// the post's thread row lock, inside the transaction of the change that caused it.
@Injectable()
export class ReviewQueueService {
  constructor(
    private readonly db: DataSource,
    private readonly items: ReviewQueueRepository,
    private readonly reports: ReportsRepository,
    private readonly threads: ThreadsRepository,
    private readonly posts: PostsRepository,
    private readonly trust: TrustService,
  ) {}

  // A post was written or edited: when the guard held or flagged its text, it waits for review.
  async noteScanned(postId: string, edited: boolean): Promise<void> {
    await this.db.transaction(async (tx) => {
      const threadId = await this.posts.threadIdOf(postId, tx);
      if (!threadId || !(await this.threads.lockForUpdate(threadId, tx))) return;
      const post = await this.posts.findById(postId, tx);
      if (!post?.scamVerdict || (post.state !== 'VISIBLE' && post.state !== 'HELD')) return;
      const item = await this.items.find(post.id, tx);
      const open = item !== null && item.resolvedAt === null;
      // A moderator's decision on this text stands; a new text flagged again opens a new item.
      if (item && !open && !edited) return;
      await this.items.save(
        {
          postId: post.id,
          locale: post.locale,
          guardUrgency: guardUrgency(post.scamVerdict.score, post.state === 'HELD'),
          reportUrgency: open ? item.reportUrgency : 0,
          reportCount: open ? item.reportCount : 0,
          autoHidden: open ? item.autoHidden : false,
        },
        tx,
        !open,
      );
    });
  }

  // A report was filed (under the thread lock the caller holds).
  async addReport(post: PostRecord, urgency: number, tx: EntityManager): Promise<void> {
    const item = await this.items.find(post.id, tx);
    const open = item !== null && item.resolvedAt === null;
    const guard =
      post.scamVerdict && (post.state === 'VISIBLE' || post.state === 'HELD')
        ? guardUrgency(post.scamVerdict.score, post.state === 'HELD')
        : 0;
    await this.items.save(
      {
        postId: post.id,
        locale: post.locale,
        guardUrgency: open ? item.guardUrgency : guard,
        reportUrgency: (open ? item.reportUrgency : 0) + urgency,
        reportCount: (open ? item.reportCount : 0) + 1,
        autoHidden: open ? item.autoHidden : false,
      },
      tx,
      !open,
    );
  }

  async markAutoHidden(postId: string, tx: EntityManager): Promise<void> {
    const item = (await this.items.find(postId, tx))!;
    await this.items.save({ ...item, autoHidden: true }, tx, false);
  }

  // A moderator acted on the posts: their items leave the queue and their open reports are
  // resolved together, each reporter's record (and so their trust) moving with the outcome.
  async resolve(
    postIds: readonly string[],
    actor: Actor,
    resolution: ReportResolution,
    tx: EntityManager,
  ): Promise<{ items: number; reporters: number }> {
    if (postIds.length === 0) return { items: 0, reporters: 0 };
    const items = await this.items.resolve(postIds, actor.id, tx);
    const reporters = await this.reports.resolveOpen(postIds, actor.id, resolution, tx);
    for (const reporterId of reporters) await this.trust.recompute(reporterId, tx);
    return { items: items.length, reporters: reporters.length };
  }

  // A moved thread's items follow it into the queue of its new language.
  async relocate(threadId: string, locale: string, tx: EntityManager): Promise<void> {
    await this.items.relocate(threadId, locale, tx);
  }

  async list(actor: Actor, args: { locales?: string[] | null; first?: number | null; after?: string | null }) {
    const locales = languagesModeratedBy(actor, args.locales);
    const after = args.after ? decodeCursor(args.after, ['number', 'date', 'string'] as const) : null;
    if (after && !isUuid(after[2])) throw invalidCursor();
    const page = await this.items.listOpen({ locales, after: after && [after[0], after[1], after[2]], limit: clampPageSize(args.first) });
    return { page, count: () => this.items.countOpen(locales) };
  }
}

// Moderators work in their languages, admins in all (null: no filter). A language asked for
// outside the caller's scope is refused, not silently dropped.
export function languagesModeratedBy(actor: Actor, asked: string[] | null | undefined): string[] | null {
  const mine = isAdmin(actor) ? [...SUPPORTED_CONTENT_LOCALES] : holds(actor, 'MODERATOR') ? actor.moderatorLocales : [];
  if (!asked || asked.length === 0) {
    if (isAdmin(actor)) return null;
    if (mine.length === 0) throw forbidden('errors.notModeratorOfLocale');
    return mine;
  }
  const locales = [...new Set(asked)];
  if (!isAdmin(actor) && locales.some((l) => !mine.includes(l))) throw forbidden('errors.notModeratorOfLocale');
  return locales;
}
