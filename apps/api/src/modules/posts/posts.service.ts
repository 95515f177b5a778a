import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { isStaffOf, moderates } from '../../auth/actor.policy.js';
import { clampPageSize, decodeCursor, type Page } from '../../common/cursor.js';
import { conflict, DomainError, forbidden, notFound } from '../../common/domain-error.js';
import { isUniqueViolation } from '../../common/sql.js';
import { ContentVersions, type ContentKey } from '../../graphql/anonymous-cache/content-versions.js';
import { PostContentService, type PreparedContent } from '../content/post-content.service.js';
import type { ThreadRecord } from '../threads/thread.record.js';
import { ThreadsRepository } from '../threads/threads.repository.js';
import { canSeePost, canSeeThread, isClosedForWrites } from '../threads/visibility.policy.js';
import type { CreatePostInput, EditPostInput, RepliesArgs } from './graphql/post.types.js';
import type { PostRecord } from './post.record.js';
import { PostsRepository } from './posts.repository.js';

const threadLocked = () => new DomainError('THREAD_LOCKED', { key: 'errors.threadLocked' });

@Injectable()
export class PostsService {
  constructor(
    private readonly db: DataSource,
    private readonly posts: PostsRepository,
    private readonly threads: ThreadsRepository,
    private readonly content: PostContentService,
    private readonly versions: ContentVersions,
  ) {}

  // `readAhead`: a first page already read with the thread, used when it is the page asked for.
  async replies(
    thread: { id: string; locale: string; officialAnswerPostId: string | null },
    args: RepliesArgs,
    viewer: Actor | null,
    readAhead?: { limit: number; page: Page<PostRecord> },
  ) {
    const after = args.after ? decodeCursor(args.after, ['number'] as const)[0] : 1;
    const limit = clampPageSize(args.first);
    const query = { threadId: thread.id, locale: thread.locale, viewer };
    const page =
      !args.after && readAhead?.limit === limit
        ? readAhead.page
        : await this.posts.listReplies({ ...query, officialAnswerPostId: thread.officialAnswerPostId, afterNumber: after, limit });
    return { page, count: () => this.posts.countReplies(query) };
  }

  async create(actor: Actor, input: CreatePostInput): Promise<PostRecord> {
    if (input.idempotencyKey) {
      const earlier = await this.findByIdempotencyKey(actor, input.idempotencyKey, input.threadId);
      if (earlier) return earlier;
    }
    const scanned = new Map<string, PreparedContent>();
    // The checks run on what was read; the write applies only while the thread still looks so
    // (a lock or removal in between sends us round again), and the scan and the rendering run
    // before it, outside any lock.
    for (let attempt = 1; ; attempt++) {
      const [thread] = await this.threads.findByIds([input.threadId]);
      if (!thread || !canSeeThread(actor, thread)) throw notFound('thread');
      if (isClosedForWrites(thread) && !moderates(actor, thread.locale)) throw threadLocked();
      // Scanned once per language the thread was read in (a retry reuses it).
      let prepared = scanned.get(thread.locale);
      if (!prepared) {
        prepared = await this.content.prepare({ body: input.body, author: actor, locale: thread.locale });
        scanned.set(thread.locale, prepared);
      }
      try {
        const post = await this.posts.appendReply({
          threadId: thread.id,
          authorId: actor.id,
          idempotencyKey: input.idempotencyKey ?? null,
          ...prepared,
          staffResponse: isStaffOf(actor, thread.locale) && actor.id !== thread.authorId,
          seen: { state: thread.state, locked: thread.locked, private: thread.private },
          notify: this.versions.touchInStatement(this.keysOf(thread)),
        });
        if (post) return post;
      } catch (error) {
        if (input.idempotencyKey && isUniqueViolation(error, 'posts_author_idempotency_key')) {
          const earlier = await this.findByIdempotencyKey(actor, input.idempotencyKey, input.threadId);
          if (earlier) return earlier;
        }
        throw error;
      }
      if (attempt === 3) throw conflict('errors.threadChanged');
    }
  }

  async edit(actor: Actor, input: EditPostInput): Promise<PostRecord> {
    const { post, thread } = await this.loadForWrite(actor, input.postId);
    if (post.authorId !== actor.id && !moderates(actor, post.locale)) throw forbidden();
    if (post.state === 'REMOVED') throw conflict('errors.postRemoved');
    if (isClosedForWrites(thread) && !moderates(actor, post.locale)) throw threadLocked();
    const prepared = await this.content.prepare({ body: input.body, title: post.postNumber === 1 ? thread.title : undefined, author: actor, locale: post.locale });
    const state = this.stateAfterEdit(post, prepared.state);
    await this.db.transaction(async (tx) => {
      await this.threads.lockForUpdate(thread.id, tx);
      const revision = await this.posts.updateBody({ id: post.id, expectedRevision: input.expectedRevision, ...prepared, state }, tx);
      if (revision === null) throw conflict('errors.staleRevision');
      await this.posts.insertRevision({ postId: post.id, revision, body: prepared.body, editedById: actor.id }, tx);
      if (state !== post.state) await this.threads.applyStateChange(thread.id, post.postNumber, post.state, state, tx);
      await this.touch(tx, thread);
    });
    return (await this.posts.findById(post.id))!;
  }

  // Soft: the row stays as a tombstone. Removing the question removes the thread from listings.
  async delete(actor: Actor, postId: string): Promise<PostRecord> {
    const { post } = await this.loadForWrite(actor, postId);
    if (post.authorId !== actor.id) throw forbidden();
    await this.db.transaction(async (tx) => {
      const thread = await this.threads.lockForUpdate(post.threadId, tx);
      const previous = await this.posts.markRemoved(post.id, actor.id, null, tx);
      if (!thread || previous === null) return;
      if (post.postNumber === 1) await this.threads.setState(thread.id, 'REMOVED', tx);
      else await this.threads.applyReplyRemoval(thread.id, post.id, previous === 'VISIBLE', tx);
      await this.touch(tx, thread);
    });
    return (await this.posts.findById(post.id))!;
  }

  // A thread's page and its board's listing show what changed.
  private touch(tx: EntityManager, thread: { id: string; boardId: string }): Promise<void> {
    return this.versions.touch(tx, this.keysOf(thread));
  }

  private keysOf(thread: { id: string; boardId: string }): ContentKey[] {
    return [`thread:${thread.id}`, `board:${thread.boardId}`];
  }

  // A moderator's decision stands: editing does not bring a hidden post back.
  private stateAfterEdit(post: PostRecord, scanned: PostRecord['state']): PostRecord['state'] {
    return post.state === 'HIDDEN' ? 'HIDDEN' : scanned;
  }

  private async loadForWrite(actor: Actor, postId: string): Promise<{ post: PostRecord; thread: ThreadRecord }> {
    const post = await this.posts.findById(postId);
    const [thread] = post ? await this.threads.findByIds([post.threadId]) : [];
    if (!post || !thread || !canSeeThread(actor, thread) || !canSeePost(actor, post, post.locale)) throw notFound('post');
    return { post, thread };
  }

  private async findByIdempotencyKey(actor: Actor, key: string, threadId: string): Promise<PostRecord | null> {
    const post = await this.posts.findByIdempotencyKey(actor.id, key);
    if (post && (post.threadId !== threadId || post.postNumber === 1)) throw conflict('errors.idempotencyKeyReused');
    return post;
  }
}
