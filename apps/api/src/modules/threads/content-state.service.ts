import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { conflict, notFound } from '../../common/domain-error.js';
import type { MessageKey } from '../../i18n/catalog.js';
import { Outbox } from '../../events/outbox.js';
import type { PreparedContent } from '../content/post-content.service.js';
import { ModerationLogService } from '../moderation/moderation-log.service.js';
import type { ContentState } from '../posts/post.entity.js';
import type { PostRecord } from '../posts/post.record.js';
import { PostsRepository } from '../posts/posts.repository.js';
import { nextPostState, threadEffects, type PostTransition } from './post-transitions.js';
import type { ThreadRecord } from './thread.record.js';
import { ThreadsRepository } from './threads.repository.js';

export interface TransitionRequest {
  postId: string;
  transition: PostTransition;
  actor: Actor;
  reason?: string | null;
  // Taken by the forum itself on the actor's action (a report that tips a post over the
  // auto-hide threshold): logged as such, and the actor is not named as the one who hid it.
  automatic?: boolean;
  // With an EDIT: the new text and the revision the editor saw.
  edit?: PreparedContent & { expectedRevision: number };
  // Preconditions on the thread as it is under the lock (locked, removed…): throw to refuse.
  assertThread?: (thread: ThreadRecord, post: PostRecord) => void;
}

export interface TransitionResult {
  before: PostRecord;
  state: ContentState;
  changed: boolean;
}

// The one place where a post's state changes. Each change runs inside the caller's
// transaction, under the thread's row lock (the lock every write to a thread and its posts
// takes first), from the post as committed: a delete that committed a moment ago is seen, so
// an edit cannot undo it, and the counters move by exactly what the change did. Changes made
// to someone else's post are written to the moderation log in the same transaction.
@Injectable()
export class ContentStateService {
  constructor(
    private readonly posts: PostsRepository,
    private readonly threads: ThreadsRepository,
    private readonly log: ModerationLogService,
    private readonly outbox: Outbox,
  ) {}

  async apply(tx: EntityManager, request: TransitionRequest): Promise<TransitionResult> {
    const threadId = await this.posts.threadIdOf(request.postId, tx);
    const thread = threadId ? await this.threads.lockForUpdate(threadId, tx) : null;
    const post = thread ? await this.posts.findById(request.postId, tx) : null;
    if (!thread || !post) throw notFound('post');
    request.assertThread?.(thread, post);

    const outcome = nextPostState(post.state, request.transition);
    if ('refused' in outcome) throw conflict(outcome.refused as MessageKey);
    const to = 'to' in outcome ? outcome.to : post.state;
    let revision = post.revision;
    if (request.edit) {
      const updated = await this.posts.updateBody({ id: post.id, ...request.edit, state: to }, tx);
      if (updated === null) throw conflict('errors.staleRevision');
      revision = updated;
      await this.posts.insertRevision({ postId: post.id, revision, body: request.edit.body, editedById: request.actor.id }, tx);
    } else if ('same' in outcome || to === post.state) {
      return { before: post, state: post.state, changed: false };
    } else {
      await this.posts.setState(post.id, to, removal(request, to), tx);
    }
    if (to !== post.state) await this.threads.applyEffects(thread.id, post.id, threadEffects(post, post.state, to), tx);
    // Every moderation action is logged, and every change made to someone else's post.
    if (request.actor.id !== post.authorId || MODERATION.has(request.transition.kind)) {
      await this.log.record(tx, {
        actorId: request.actor.id,
        action: request.automatic ? `AUTO_${request.transition.kind}_POST` : `${request.transition.kind}_POST`,
        targetType: 'post',
        targetId: post.id,
        locale: thread.locale,
        reason: request.reason ?? null,
        before: { state: post.state, revision: post.revision, ...(request.edit ? { body: post.body } : {}) },
        after: { state: to, revision, ...(request.edit ? { body: request.edit.body } : {}) },
      });
    }
    await this.outbox.publish(tx, {
      type: 'PostChanged',
      postId: post.id,
      threadId: thread.id,
      boardId: thread.boardId,
      from: post.state,
      to,
      edited: request.edit !== undefined,
      flagged: request.edit ? request.edit.scamVerdict !== null : undefined,
    });
    return { before: post, state: to, changed: true };
  }
}

const MODERATION = new Set(['HIDE', 'REMOVE', 'RESTORE', 'APPROVE']);

// Who took a post down, and why; cleared when it comes back.
function removal(request: TransitionRequest, to: ContentState): { removedById: string | null; reason: string | null } {
  if (to === 'REMOVED' || to === 'HIDDEN')
    return { removedById: request.automatic ? null : request.actor.id, reason: request.reason ?? null };
  return { removedById: null, reason: null };
}
