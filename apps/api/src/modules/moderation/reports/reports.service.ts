import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { canSeePost } from '../../../access/content-visibility.js';
import { ELEVATED_ROLES, type Actor } from '../../../auth/actor.js';
import { conflict, DomainError, forbidden, notFound } from '../../../common/domain-error.js';
import { isUniqueViolation } from '../../../common/sql.js';
import { AppConfig } from '../../../config/app-config.js';
import { requestContext } from '../../../common/request-context.js';
import { translate } from '../../../i18n/translate.js';
import { PostsRepository } from '../../posts/posts.repository.js';
import { canReportPost } from '../../posts/post.policy.js';
import type { PostRecord } from '../../posts/post.record.js';
import { RateLimits } from '../../rate-limits/rate-limits.service.js';
import { ScamGuardService } from '../../scam-guard/scam-guard.service.js';
import { ContentStateService } from '../../threads/content-state.service.js';
import { ThreadsRepository } from '../../threads/threads.repository.js';
import { ReviewQueueService } from '../review/review-queue.service.js';
import { TrustService } from '../trust.service.js';
import { reportUrgency, reportWeight } from '../trust.js';
import type { ReportReason } from './report.entity.js';
import { ReportsRepository, type ReportRecord } from './reports.repository.js';

// Users report what they can read. A report weighs by the reporter's trust; the post goes to
// the review queue, and reports that together weigh AUTO_HIDE_WEIGHT hide it until a moderator
// decides. Everything happens under the thread's row lock, so concurrent reports and a
// concurrent removal leave one consistent outcome.
@Injectable()
export class ReportsService {
  constructor(
    private readonly db: DataSource,
    private readonly reports: ReportsRepository,
    private readonly posts: PostsRepository,
    private readonly threads: ThreadsRepository,
    private readonly states: ContentStateService,
    private readonly queue: ReviewQueueService,
    private readonly trust: TrustService,
    private readonly guard: ScamGuardService,
    private readonly limits: RateLimits,
    private readonly config: AppConfig,
  ) {}

  async report(actor: Actor, input: { postId: string; reason: ReportReason; note?: string | null }): Promise<ReportRecord> {
    const seen = await this.posts.findById(input.postId);
    if (!seen || !canSeePost(actor, seen)) throw notFound('post');
    this.assertReportable(actor, seen);
    const note = input.note?.trim() || null;
    if (note) await this.assertSafeNote(note, seen.locale);
    await this.limits.consumeReport(actor);
    try {
      return await this.db.transaction(async (tx) => {
        const thread = await this.threads.lockForUpdate(seen.threadId, tx);
        const post = thread ? await this.posts.findById(seen.id, tx) : null;
        // As committed under the lock: a removal that won the race makes the post unreportable.
        if (!post || !canSeePost(actor, post)) throw notFound('post');
        this.assertReportable(actor, post);
        const weight = reportWeight(await this.trust.recompute(actor.id, tx), input.reason);
        const report = await this.reports.insert({ postId: post.id, reporterId: actor.id, reason: input.reason, note, weight }, tx);
        await this.queue.addReport(post, reportUrgency(weight, input.reason), tx);
        const open = await this.reports.openWeight(post.id, tx);
        if (open.weight >= this.config.AUTO_HIDE_WEIGHT && !isElevated(post)) {
          await this.states.apply(tx, {
            postId: post.id,
            transition: { kind: 'HIDE' },
            actor,
            automatic: true,
            reason: translate(requestContext.current()?.locale, 'content.autoHiddenReason', { count: open.count }),
          });
          await this.queue.markAutoHidden(post.id, tx);
        }
        return report;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'reports_open_reporter_key')) throw conflict('errors.alreadyReported');
      throw error;
    }
  }

  private assertReportable(actor: Actor, post: PostRecord): void {
    if (canReportPost(actor, post)) return;
    if (post.authorId === actor.id) throw forbidden('errors.cannotReportOwnPost');
    throw conflict('errors.postNotReportable');
  }

  // A note is text like any other: a pasted recovery phrase or a phishing link is refused.
  private async assertSafeNote(note: string, locale: string): Promise<void> {
    const verdict = await this.guard.scan({ text: note, contentLocale: locale, author: null });
    if (verdict.action === 'BLOCK')
      throw new DomainError('CONTENT_BLOCKED', { key: 'errors.contentBlocked' }, { signals: this.guard.present(verdict.signals) });
  }
}

// Staff, moderators and admins are never hidden by reports alone: a coordinated group could
// otherwise take down an official answer.
const isElevated = (post: PostRecord) => post.author.roles.some((role) => ELEVATED_ROLES.includes(role));
