import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { canSeePost, canSeeThread } from '../../access/content-visibility.js';
import type { Actor } from '../../auth/actor.js';
import { isAdmin, moderates, moderatesAnyLocale } from '../../auth/actor.policy.js';
import { badField, conflict, forbidden, notFound } from '../../common/domain-error.js';
import { Outbox } from '../../events/outbox.js';
import { BoardsRepository } from '../boards/boards.repository.js';
import type { PostRecord } from '../posts/post.record.js';
import { PostsRepository } from '../posts/posts.repository.js';
import { ContentStateService } from '../threads/content-state.service.js';
import type { ThreadRecord } from '../threads/thread.record.js';
import { ThreadsRepository } from '../threads/threads.repository.js';
import { UsersRepository } from '../users/users.repository.js';
import type { ModerationActionKind } from './graphql/moderation.types.js';
import { ModerationLogService } from './moderation-log.service.js';
import { ReviewQueueService } from './review/review-queue.service.js';

const ELEVATED = ['STAFF', 'MODERATOR', 'ADMIN'];

// What moderators do to posts, threads and accounts. Post states change only through the
// content state machine; thread flags and bans under their row's lock; each action is logged
// with its reason by the transaction that applies it, and published.
@Injectable()
export class ModeratorActionsService {
  constructor(
    private readonly db: DataSource,
    private readonly posts: PostsRepository,
    private readonly threads: ThreadsRepository,
    private readonly users: UsersRepository,
    private readonly states: ContentStateService,
    private readonly log: ModerationLogService,
    private readonly outbox: Outbox,
    private readonly boards: BoardsRepository,
    private readonly queue: ReviewQueueService,
  ) {}

  // The post's open reports and review item are resolved with the decision: hiding or removing
  // upholds them, restoring or approving dismisses them (and so lowers those reporters' trust).
  async moderatePost(actor: Actor, input: { postId: string; action: ModerationActionKind; reason: string }): Promise<PostRecord> {
    const post = await this.posts.findById(input.postId);
    if (!post || !canSeePost(actor, post)) throw notFound('post');
    if (!moderates(actor, post.locale)) throw forbidden();
    await this.db.transaction(async (tx) => {
      const result = await this.states.apply(tx, { postId: post.id, transition: { kind: input.action }, actor, reason: input.reason });
      const resolution = input.action === 'HIDE' || input.action === 'REMOVE' ? 'UPHELD' : 'DISMISSED';
      const resolved = await this.queue.resolve([post.id], actor, resolution, tx);
      // A decision that leaves the state as it was (approving a flagged, visible post) is still
      // a moderator's action: logged like any other.
      if (!result.changed && resolved.items + resolved.reporters > 0) {
        await this.log.record(tx, {
          actorId: actor.id,
          action: `${input.action}_POST`,
          targetType: 'post',
          targetId: post.id,
          locale: post.locale,
          reason: input.reason,
          before: { state: result.state, openReports: resolved.reporters },
          after: { state: result.state, openReports: 0 },
        });
      }
    });
    return (await this.posts.findById(post.id))!;
  }

  // To a board of the same kind, in the same or another language; the moderator must moderate both.
  async moveThread(actor: Actor, input: { threadId: string; boardId: string; reason: string }): Promise<ThreadRecord> {
    const board = await this.boards.findById(input.boardId);
    if (!board) throw notFound('board');
    await this.db.transaction(async (tx) => {
      const thread = await this.threads.lockForUpdate(input.threadId, tx);
      if (!thread || !canSeeThread(actor, thread)) throw notFound('thread');
      if (!moderates(actor, thread.locale) || !moderates(actor, board.locale)) throw forbidden('errors.notModeratorOfLocale');
      if (thread.boardId === board.id) throw conflict('errors.sameBoard');
      if (thread.board.kind !== board.kind) throw badField('boardId', 'errors.moveAcrossKinds');
      await this.threads.moveToBoard(thread.id, board.id, tx);
      await this.queue.relocate(thread.id, board.locale, tx);
      await this.log.record(tx, {
        actorId: actor.id,
        action: 'MOVE_THREAD',
        targetType: 'thread',
        targetId: thread.id,
        locale: thread.locale,
        reason: input.reason,
        before: { boardId: thread.boardId, locale: thread.locale },
        after: { boardId: board.id, locale: board.locale },
      });
      await this.outbox.publish(
        tx,
        { type: 'ThreadChanged', threadId: thread.id, boardId: thread.boardId },
        { type: 'ThreadChanged', threadId: thread.id, boardId: board.id },
      );
    });
    return (await this.threads.findByIds([input.threadId]))[0];
  }

  async setThreadFlags(
    actor: Actor,
    threadId: string,
    flags: { locked?: boolean; pinned?: boolean },
    reason: string | null,
  ): Promise<ThreadRecord> {
    await this.db.transaction(async (tx) => {
      const thread = await this.threads.lockForUpdate(threadId, tx);
      if (!thread || !canSeeThread(actor, thread)) throw notFound('thread');
      if (!moderates(actor, thread.locale)) throw forbidden();
      await this.threads.setFlags(thread.id, flags, tx);
      const action = flags.locked !== undefined ? (flags.locked ? 'LOCK_THREAD' : 'UNLOCK_THREAD') : 'PIN_THREAD';
      await this.log.record(tx, {
        actorId: actor.id,
        action,
        targetType: 'thread',
        targetId: thread.id,
        locale: thread.locale,
        reason,
        before: { locked: thread.locked, pinned: thread.pinned },
        after: { locked: flags.locked ?? thread.locked, pinned: flags.pinned ?? thread.pinned },
      });
      await this.outbox.publish(tx, { type: 'ThreadChanged', threadId: thread.id, boardId: thread.boardId });
    });
    return (await this.threads.findByIds([threadId]))[0];
  }

  // Moderators ban ordinary accounts; only admins ban staff, moderators and admins. A ban stops
  // every write at once, also in sessions opened before it (the actor is loaded per request).
  async setBan(actor: Actor, userId: string, ban: { until: Date | null; reason: string } | null, reason: string): Promise<string> {
    if (!moderatesAnyLocale(actor)) throw forbidden();
    await this.db.transaction(async (tx) => {
      const [user] = await tx.query(`SELECT id, roles, banned_until, ban_reason FROM users WHERE id = $1 FOR UPDATE`, [userId]);
      if (!user) throw notFound('user');
      if (!isAdmin(actor) && user.roles.some((role: string) => ELEVATED.includes(role))) throw forbidden('errors.onlyAdminsBanElevated');
      if (user.id === actor.id) throw forbidden('errors.cannotBanSelf');
      const until = ban ? (ban.until ?? new Date('9999-12-31T00:00:00Z')) : null;
      await tx.query(`UPDATE users SET banned_until = $2, ban_reason = $3 WHERE id = $1`, [user.id, until, ban ? ban.reason : null]);
      await this.log.record(tx, {
        actorId: actor.id,
        action: ban ? 'BAN_USER' : 'UNBAN_USER',
        targetType: 'USER',
        targetId: user.id,
        reason,
        before: { bannedUntil: user.banned_until, banReason: user.ban_reason },
        after: { bannedUntil: until, banReason: ban ? ban.reason : null },
      });
      await this.outbox.publish(tx, { type: 'UserChanged', userId: user.id });
    });
    return userId;
  }
}
