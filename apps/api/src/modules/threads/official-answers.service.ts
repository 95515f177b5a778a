import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { canSeePost, threadAccess } from '../../access/content-visibility.js';
import type { Actor } from '../../auth/actor.js';
import { conflict, forbidden, notFound } from '../../common/domain-error.js';
import { Outbox } from '../../events/outbox.js';
import { ModerationLogService } from '../moderation/moderation-log.service.js';
import { PostsRepository } from '../posts/posts.repository.js';
import { canMarkPostOfficial } from '../posts/post.policy.js';
import { canMarkOfficialAnswer } from './thread.policy.js';
import type { ThreadRecord } from './thread.record.js';
import { ThreadsRepository } from './threads.repository.js';

// Marking and unmarking the official answer: under the thread's row lock, so of two staff
// marking different replies at once one wins whole (the other replaces it after), and a post
// that left VISIBLE a moment ago is seen as it is. Each change is logged with the one before.
@Injectable()
export class OfficialAnswersService {
  constructor(
    private readonly db: DataSource,
    private readonly threads: ThreadsRepository,
    private readonly posts: PostsRepository,
    private readonly log: ModerationLogService,
    private readonly outbox: Outbox,
  ) {}

  async mark(actor: Actor, postId: string): Promise<ThreadRecord> {
    const threadId = await this.db.transaction(async (tx) => {
      const found = await this.posts.threadIdOf(postId, tx);
      const thread = found ? await this.lockVisible(actor, found, tx) : null;
      const post = thread ? await this.posts.findById(postId, tx) : null;
      if (!thread || !post || post.threadId !== thread.id || !canSeePost(actor, post)) throw notFound('post');
      if (!canMarkOfficialAnswer(actor, thread)) throw forbidden();
      if (!canMarkPostOfficial(actor, post))
        throw conflict(post.postNumber === 1 ? 'errors.questionNotAnAnswer' : 'errors.answerNotVisible');
      if (thread.officialAnswerPostId !== post.id) await this.change(tx, actor, thread, post.id);
      return thread.id;
    });
    return (await this.threads.findByIds([threadId]))[0];
  }

  async unmark(actor: Actor, threadId: string): Promise<ThreadRecord> {
    await this.db.transaction(async (tx) => {
      const thread = await this.lockVisible(actor, threadId, tx);
      if (!thread) throw notFound('thread');
      if (!canMarkOfficialAnswer(actor, thread)) throw forbidden();
      if (thread.officialAnswerPostId !== null) await this.change(tx, actor, thread, null);
    });
    return (await this.threads.findByIds([threadId]))[0];
  }

  // A thread the actor may not see (a private thread of another language) does not exist for them.
  private async lockVisible(actor: Actor, threadId: string, tx: EntityManager): Promise<ThreadRecord | null> {
    const thread = await this.threads.lockForUpdate(threadId, tx);
    return thread && threadAccess(actor, thread) !== 'NONE' ? thread : null;
  }

  private async change(tx: EntityManager, actor: Actor, thread: ThreadRecord, answerId: string | null): Promise<void> {
    await this.threads.setOfficialAnswer(thread.id, answerId, tx);
    await this.log.record(tx, {
      actorId: actor.id,
      action: answerId ? 'MARK_OFFICIAL_ANSWER' : 'UNMARK_OFFICIAL_ANSWER',
      targetType: 'thread',
      targetId: thread.id,
      locale: thread.locale,
      before: { officialAnswerPostId: thread.officialAnswerPostId },
      after: { officialAnswerPostId: answerId },
    });
    await this.outbox.publish(tx, { type: 'ThreadChanged', threadId: thread.id, boardId: thread.boardId });
  }
}
