import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { isStaffOf, moderates } from '../../auth/actor.policy.js';
import { canSeePost, threadAccess } from '../../access/content-visibility.js';
import { clampPageSize, decodeCursor, invalidCursor, type Page } from '../../common/cursor.js';
import { conflict, DomainError, forbidden, notFound } from '../../common/domain-error.js';
import { isUniqueViolation } from '../../common/sql.js';
import { Outbox } from '../../events/outbox.js';
import { RateLimits } from '../rate-limits/rate-limits.service.js';
import { PostContentService, type ContentAuthor, type PreparedContent } from '../content/post-content.service.js';
import { ContentStateService } from '../threads/content-state.service.js';
import { canPostInBoard, isClosedForWrites } from '../threads/thread.policy.js';
import type { ThreadRecord } from '../threads/thread.record.js';
import { ThreadsRepository } from '../threads/threads.repository.js';
import { UsersRepository } from '../users/users.repository.js';
import type { CreatePostInput, EditPostInput, RepliesArgs } from './graphql/post.types.js';
import { canDeletePost, canEditPost } from './post.policy.js';
import type { PostRecord } from './post.record.js';
import { PostsRepository } from './posts.repository.js';

const beforeCursor = (cursor: string): number => {
  try {
    return decodeCursor(cursor, ['number'] as const)[0];
  } catch {
    throw invalidCursor('before');
  }
};

const threadLocked = () => new DomainError('THREAD_LOCKED', { key: 'errors.threadLocked' });

type RepliesThread = Parameters<PostsRepository['listReplies']>[0]['thread'];

@Injectable()
export class PostsService {
  constructor(
    private readonly db: DataSource,
    private readonly posts: PostsRepository,
    private readonly threads: ThreadsRepository,
    private readonly users: UsersRepository,
    private readonly content: PostContentService,
    private readonly states: ContentStateService,
    private readonly outbox: Outbox,
    private readonly limits: RateLimits,
  ) {}

  // `readAhead`: a first page already read with the thread, used when it is the page asked for.
  // Forwards from the start, a cursor or a post number (a permalink); or backwards with `last`
  // from the end or a cursor.
  async replies(thread: RepliesThread, args: RepliesArgs, viewer: Actor | null, readAhead?: { limit: number; page: Page<PostRecord> }) {
    const count = () => this.posts.countReplies({ thread, viewer });
    const fromNumber = args.fromNumber ?? null;
    const backwards = (args.last ?? null) !== null || (args.before ?? null) !== null;
    if ((backwards && (args.after || fromNumber !== null)) || (args.after && fromNumber !== null)) {
      throw new DomainError(
        'BAD_USER_INPUT',
        { key: 'errors.conflictingPageArguments' },
        { fields: { before: { key: 'errors.conflictingPageArguments' } } },
      );
    }
    if (backwards) {
      const before = args.before ? beforeCursor(args.before) : null;
      return { page: await this.posts.listReplies({ thread, viewer, beforeNumber: before, limit: clampPageSize(args.last) }), count };
    }
    const after = args.after ? decodeCursor(args.after, ['number'] as const)[0] : fromNumber !== null ? fromNumber - 1 : 1;
    const limit = clampPageSize(args.first);
    const fromStart = !args.after && fromNumber === null;
    const page =
      fromStart && readAhead?.limit === limit
        ? readAhead.page
        : await this.posts.listReplies({ thread, viewer, afterNumber: after, limit });
    return { page, count };
  }

  async create(actor: Actor, input: CreatePostInput): Promise<PostRecord> {
    if (input.idempotencyKey) {
      const earlier = await this.findByIdempotencyKey(actor, input.idempotencyKey, input.threadId);
      if (earlier) return earlier;
    }
    // After the idempotency lookup: a retry of a reply already stored is not another reply.
    await this.limits.consumeForActor('reply', actor);
    const scanned = new Map<string, PreparedContent>();
    // The checks run on what was read; the write applies only while the thread still looks so
    // (a lock or removal in between sends us round again), and the scan and the rendering run
    // before it, outside any lock.
    for (let attempt = 1; ; attempt++) {
      const [thread] = await this.threads.findByIds([input.threadId]);
      this.assertMayReply(actor, thread);
      // Scanned once per language the thread was read in (a retry reuses it).
      let prepared = scanned.get(thread.locale);
      if (!prepared) {
        prepared = await this.content.prepare({ body: input.body, author: actor, locale: thread.locale });
        scanned.set(thread.locale, prepared);
      }
      try {
        const postId = randomUUID();
        const post = await this.posts.appendReply({
          id: postId,
          threadId: thread.id,
          authorId: actor.id,
          idempotencyKey: input.idempotencyKey ?? null,
          ...prepared,
          staffResponse: isStaffOf(actor, thread.locale) && actor.id !== thread.authorId,
          seen: { state: thread.state, locked: thread.locked, private: thread.private },
          events: this.outbox.inStatement([
            {
              type: 'PostCreated',
              postId,
              threadId: thread.id,
              boardId: thread.boardId,
              authorId: actor.id,
              state: prepared.state,
              flagged: prepared.scamVerdict !== null,
            },
          ]),
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

  // The scan judges the post's author (a moderator's edit of a new account's post is held as the
  // author's own would be), and the new state is decided under the lock from the committed one.
  async edit(actor: Actor, input: EditPostInput): Promise<PostRecord> {
    const post = await this.findVisible(actor, input.postId);
    this.assertMayEdit(actor, post);
    const [thread] = await this.threads.findByIds([post.threadId]);
    const prepared = await this.content.prepare({
      body: input.body,
      title: post.postNumber === 1 ? thread.title : undefined,
      author: post.authorId === actor.id ? actor : await this.authorOf(post),
      locale: post.locale,
    });
    await this.db.transaction((tx) =>
      this.states.apply(tx, {
        postId: post.id,
        transition: { kind: 'EDIT', scanned: prepared.state === 'HELD' ? 'HELD' : 'VISIBLE' },
        actor,
        edit: { ...prepared, expectedRevision: input.expectedRevision },
        assertThread: (_thread, current) => this.assertMayEdit(actor, current),
      }),
    );
    return (await this.posts.findById(post.id))!;
  }

  // Soft: the row stays as a tombstone. Removing the question removes the thread from listings.
  async delete(actor: Actor, postId: string): Promise<PostRecord> {
    const post = await this.findVisible(actor, postId);
    if (post.authorId !== actor.id) throw forbidden();
    if (canDeletePost(actor, post)) {
      await this.db.transaction((tx) => this.states.apply(tx, { postId: post.id, transition: { kind: 'DELETE' }, actor }));
    }
    return (await this.posts.findById(post.id))!;
  }

  private assertMayReply(actor: Actor, thread: ThreadRecord | undefined): asserts thread is ThreadRecord {
    const access = thread ? threadAccess(actor, thread) : 'NONE';
    if (!thread || access === 'NONE') throw notFound('thread');
    // A tombstone (a hidden or removed thread) takes no replies, like a locked thread.
    if ((isClosedForWrites(thread) || access !== 'FULL') && !moderates(actor, thread.locale)) throw threadLocked();
    if (!canPostInBoard(actor, thread.board)) throw forbidden('errors.boardKindAnnouncements');
  }

  private assertMayEdit(actor: Actor, post: PostRecord): void {
    if (canEditPost(actor, post)) return;
    if (post.state === 'REMOVED') throw conflict('errors.postRemoved');
    if (post.authorId === actor.id && isClosedForWrites(post.thread)) throw threadLocked();
    throw forbidden();
  }

  private async findVisible(actor: Actor, postId: string): Promise<PostRecord> {
    const post = await this.posts.findById(postId);
    if (!post || !canSeePost(actor, post)) throw notFound('post');
    return post;
  }

  private async authorOf(post: PostRecord): Promise<ContentAuthor> {
    const author = await this.users.asAuthor(post.authorId);
    if (!author) throw notFound('user');
    return author;
  }

  private async findByIdempotencyKey(actor: Actor, key: string, threadId: string): Promise<PostRecord | null> {
    const post = await this.posts.findByIdempotencyKey(actor.id, key);
    if (post && (post.threadId !== threadId || post.postNumber === 1)) throw conflict('errors.idempotencyKeyReused');
    return post;
  }
}
