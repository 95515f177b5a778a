import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { ELEVATED_ROLES } from '../../auth/actor.js';
import { isAdmin, moderates, moderatesAnyLocale } from '../../auth/actor.policy.js';
import { conflict, DomainError, forbidden, notFound } from '../../common/domain-error.js';
import type { DomainEvent } from '../../events/domain-event.js';
import { Outbox } from '../../events/outbox.js';
import type { ContentState } from '../posts/post.entity.js';
import { bulkTransitions, type BulkOutcome, type BulkPost, type PostTransition } from '../threads/post-transitions.js';
import { ModerationLogService } from './moderation-log.service.js';
import { ReviewQueueService } from './review/review-queue.service.js';

export interface PurgeOutcome {
  userId: string;
  threadsRemoved: number;
  postsRemoved: number;
}

interface PurgedPost extends BulkPost {
  boardId: string;
  locale: string;
  purgedFrom: ContentState | null;
}

const FAR_FUTURE = new Date('9999-12-31T00:00:00Z');

// Takes every thread and post of an account down in one transaction, and undoes exactly that.
// The posts' states move by the content state machine's own rules (bulkTransitions), written
// set-based so that thousands of posts take one statement each for posts and threads; every
// touched thread is locked first, in id order, as any other writer of a thread would.
@Injectable()
export class PurgeService {
  constructor(
    private readonly db: DataSource,
    private readonly log: ModerationLogService,
    private readonly queue: ReviewQueueService,
    private readonly outbox: Outbox,
  ) {}

  async purge(actor: Actor, userId: string, reason: string, ban: { until: Date | null } | null): Promise<PurgeOutcome> {
    if (!moderatesAnyLocale(actor)) throw forbidden();
    return this.db.transaction(async (tx) => {
      const user = await this.lockAccount(actor, userId, tx);
      const posts = await this.lockPosts(actor, tx, `p.author_id = $1 AND p.state <> 'REMOVED'`, [user.id]);
      const purgeId = randomUUID();
      const outcome = bulkTransitions(posts, () => ({ kind: 'REMOVE' }));
      await tx.query(
        `UPDATE posts p SET state = 'REMOVED', purged_from = x.from_state, purge_id = $2, removal_reason = $3, removed_by_id = $4
           FROM unnest($1::uuid[], $5::text[]) AS x(id, from_state) WHERE p.id = x.id`,
        [outcome.changes.map((c) => c.id), purgeId, reason, actor.id, outcome.changes.map((c) => c.from)],
      );
      const unmarked = posts.filter((p) => p.isOfficialAnswer).map((p) => ({ threadId: p.threadId, postId: p.id }));
      await this.applyThreadEffects(outcome, tx);
      await this.queue.resolve(
        outcome.changes.map((c) => c.id),
        actor,
        'UPHELD',
        tx,
      );
      const until = ban ? (ban.until ?? FAR_FUTURE) : null;
      if (ban) await tx.query(`UPDATE users SET banned_until = $2, ban_reason = $3 WHERE id = $1`, [user.id, until, reason]);
      const counts = countOf(outcome);
      await this.log.record(tx, {
        actorId: actor.id,
        action: 'PURGE_USER',
        targetType: 'USER',
        targetId: user.id,
        reason,
        before: { states: tally(outcome.changes.map((c) => c.from)), bannedUntil: user.banned_until },
        after: { purgeId, ...counts, unmarkedAnswers: unmarked, bannedUntil: ban ? until : user.banned_until },
      });
      await this.publish(tx, outcome, posts, ban ? user.id : null);
      return { userId: user.id, ...counts };
    });
  }

  // Undoes the account's last purge: each post it removed that is still removed goes back to the
  // state it had; posts removed before it, or for other reasons, stay removed.
  async restore(actor: Actor, userId: string, reason: string): Promise<PurgeOutcome> {
    if (!moderatesAnyLocale(actor)) throw forbidden();
    return this.db.transaction(async (tx) => {
      const user = await this.lockAccount(actor, userId, tx);
      const [last] = await tx.query(
        `SELECT after FROM moderation_log WHERE target_id = $1 AND action = 'PURGE_USER' ORDER BY created_at DESC, id DESC LIMIT 1`,
        [user.id],
      );
      const purgeId: string | undefined = last?.after?.purgeId;
      const posts = purgeId ? await this.lockPosts(actor, tx, `p.purge_id = $1 AND p.state = 'REMOVED'`, [purgeId]) : [];
      if (posts.length === 0) throw conflict('errors.nothingToRestore');
      const outcome = bulkTransitions(
        posts,
        (p) => ({ kind: 'REINSTATE', to: (p as PurgedPost).purgedFrom ?? 'VISIBLE' }) satisfies PostTransition,
      );
      await tx.query(
        `UPDATE posts p SET state = x.to_state, purged_from = NULL, purge_id = NULL, removal_reason = NULL, removed_by_id = NULL
           FROM unnest($1::uuid[], $2::text[]) AS x(id, to_state) WHERE p.id = x.id`,
        [outcome.changes.map((c) => c.id), outcome.changes.map((c) => c.to)],
      );
      await this.applyThreadEffects(outcome, tx);
      // The answers the purge unmarked are marked again where the thread has none since.
      const unmarked: { threadId: string; postId: string }[] = last.after.unmarkedAnswers ?? [];
      const back = new Set(outcome.changes.filter((c) => c.to === 'VISIBLE').map((c) => c.id));
      const remark = unmarked.filter((a) => back.has(a.postId));
      if (remark.length > 0) {
        await tx.query(
          `UPDATE threads t SET official_answer_post_id = x.post_id FROM unnest($1::uuid[], $2::uuid[]) AS x(thread_id, post_id)
            WHERE t.id = x.thread_id AND t.official_answer_post_id IS NULL`,
          [remark.map((a) => a.threadId), remark.map((a) => a.postId)],
        );
      }
      const counts = countOf(outcome);
      await this.log.record(tx, {
        actorId: actor.id,
        action: 'RESTORE_USER_CONTENT',
        targetType: 'USER',
        targetId: user.id,
        reason,
        before: { purgeId },
        after: { ...counts, states: tally(outcome.changes.map((c) => c.to)) },
      });
      await this.publish(tx, outcome, posts, null);
      return { userId: user.id, threadsRemoved: counts.threadsRemoved, postsRemoved: counts.postsRemoved };
    });
  }

  // What a purge would remove now, with the same checks, for the confirmation a moderator reads.
  async preview(actor: Actor, userId: string): Promise<PurgeOutcome> {
    if (!moderatesAnyLocale(actor)) throw forbidden();
    const user = await this.lockAccount(actor, userId, this.db.manager, false);
    const rows: { post_number: number; locale: string }[] = await this.db.query(
      `SELECT p.post_number, b.locale FROM posts p JOIN threads t ON t.id = p.thread_id JOIN boards b ON b.id = t.board_id
        WHERE p.author_id = $1 AND p.state <> 'REMOVED'`,
      [user.id],
    );
    assertModeratesAll(
      actor,
      rows.map((r) => r.locale),
    );
    const threadsRemoved = rows.filter((r) => r.post_number === 1).length;
    return { userId: user.id, threadsRemoved, postsRemoved: rows.length - threadsRemoved };
  }

  private async lockAccount(
    actor: Actor,
    userId: string,
    tx: EntityManager,
    lock = true,
  ): Promise<{ id: string; roles: string[]; banned_until: Date | null }> {
    const [user] = await tx.query(`SELECT id, roles, banned_until FROM users WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [userId]);
    if (!user) throw notFound('user');
    if (user.id === actor.id) throw forbidden();
    if (!isAdmin(actor) && user.roles.some((role: string) => (ELEVATED_ROLES as readonly string[]).includes(role)))
      throw forbidden('errors.onlyAdminsPurgeElevated');
    return user;
  }

  // The posts the action applies to, as committed once their threads are locked (in id order,
  // so that two purges touching the same threads cannot deadlock). A moderator acts only where
  // they moderate every language involved.
  private async lockPosts(actor: Actor, tx: EntityManager, where: string, params: unknown[]): Promise<PurgedPost[]> {
    await tx.query(
      `SELECT t.id FROM threads t WHERE t.id IN (SELECT p.thread_id FROM posts p WHERE ${where}) ORDER BY t.id FOR UPDATE OF t`,
      params,
    );
    const rows = await tx.query(
      `SELECT p.id, p.thread_id, p.post_number, p.state, p.purged_from, (t.official_answer_post_id = p.id) AS is_official_answer, t.board_id, b.locale
         FROM posts p JOIN threads t ON t.id = p.thread_id JOIN boards b ON b.id = t.board_id
        WHERE ${where}`,
      params,
    );
    assertModeratesAll(
      actor,
      rows.map((r: { locale: string }) => r.locale),
    );
    return rows.map((r: Record<string, any>) => ({
      id: r.id,
      threadId: r.thread_id,
      postNumber: r.post_number,
      state: r.state,
      isOfficialAnswer: !!r.is_official_answer,
      boardId: r.board_id,
      locale: r.locale,
      purgedFrom: r.purged_from,
    }));
  }

  private async applyThreadEffects(outcome: BulkOutcome, tx: EntityManager): Promise<void> {
    const threads = [...outcome.threads.entries()];
    if (threads.length === 0) return;
    await tx.query(
      `UPDATE threads t SET
         reply_count = t.reply_count + x.delta,
         state = coalesce(x.state, t.state),
         official_answer_post_id = CASE WHEN x.unmark THEN NULL ELSE t.official_answer_post_id END
        FROM unnest($1::uuid[], $2::int[], $3::text[], $4::boolean[]) AS x(id, delta, state, unmark)
       WHERE t.id = x.id`,
      [
        threads.map(([id]) => id),
        threads.map(([, e]) => e.replyCountDelta),
        threads.map(([, e]) => e.threadState ?? null),
        threads.map(([, e]) => e.unmarkOfficialAnswer),
      ],
    );
  }

  private async publish(tx: EntityManager, outcome: BulkOutcome, posts: readonly PurgedPost[], bannedUserId: string | null): Promise<void> {
    const boardOf = new Map(posts.map((p) => [p.threadId, p.boardId]));
    const events: DomainEvent[] = outcome.changes.map((c) => ({
      type: 'PostChanged',
      postId: c.id,
      threadId: c.threadId,
      boardId: boardOf.get(c.threadId)!,
      from: c.from,
      to: c.to,
      edited: false,
    }));
    if (bannedUserId) events.push({ type: 'UserChanged', userId: bannedUserId });
    if (events.length > 0) await this.outbox.publish(tx, ...events);
  }
}

// A moderator acts on an account's content only where they moderate every language of it.
function assertModeratesAll(actor: Actor, locales: readonly string[]): void {
  const outside = [...new Set(locales)].filter((locale) => !moderates(actor, locale));
  if (outside.length > 0)
    throw new DomainError('FORBIDDEN', { key: 'errors.purgeOutsideLocales', params: { locales: outside.join(', ') } });
}

// Threads whose question changed, and replies that changed.
function countOf(outcome: BulkOutcome): { threadsRemoved: number; postsRemoved: number } {
  const questions = outcome.changes.filter((c) => c.postNumber === 1).length;
  return { threadsRemoved: questions, postsRemoved: outcome.changes.length - questions };
}

function tally(states: ContentState[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const state of states) counts[state] = (counts[state] ?? 0) + 1;
  return counts;
}
