import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { clampPageSize, decodeCursor, type Page } from '../../common/cursor.js';
import { conflict, DomainError, forbidden, notFound } from '../../common/domain-error.js';
import { isUniqueViolation } from '../../common/sql.js';
import { Outbox } from '../../events/outbox.js';
import { RateLimits } from '../rate-limits/rate-limits.service.js';
import type { BoardEntity } from '../boards/board.entity.js';
import { BoardsRepository } from '../boards/boards.repository.js';
import { PostContentService } from '../content/post-content.service.js';
import { PostsRepository, type NewPost } from '../posts/posts.repository.js';
import type { BoardThreadsArgs, CreateThreadInput, EditThreadInput } from './graphql/thread.types.js';
import type { ThreadRecord } from './thread.record.js';
import { ThreadsRepository, type NewThread, type ThreadOrder } from './threads.repository.js';
import { canSeeThread } from '../../access/content-visibility.js';
import { ModerationLogService } from '../moderation/moderation-log.service.js';
import { UsersRepository } from '../users/users.repository.js';
import { ContentStateService } from './content-state.service.js';
import { canEditThread, canPostInBoard, isClosedForWrites } from './thread.policy.js';

@Injectable()
export class ThreadsService {
  constructor(
    private readonly db: DataSource,
    private readonly threads: ThreadsRepository,
    private readonly posts: PostsRepository,
    private readonly boards: BoardsRepository,
    private readonly content: PostContentService,
    private readonly outbox: Outbox,
    private readonly limits: RateLimits,
    private readonly users: UsersRepository,
    private readonly states: ContentStateService,
    private readonly log: ModerationLogService,
  ) {}

  // What a viewer may not see does not exist for them. The question and the official answer
  // come along: a thread page shows both (each still passes the post visibility rules).
  // `firstReplies`: the size of the replies page to read with it, when the caller will show one.
  async findVisible(id: string, viewer: Actor | null, firstReplies?: number) {
    const found = await this.threads.findWithOpeningPosts(id, firstReplies === undefined ? undefined : { limit: firstReplies, viewer });
    return found && canSeeThread(viewer, found.thread) ? found : null;
  }

  async list(board: { id: string; locale: string }, args: BoardThreadsArgs, viewer: Actor | null) {
    const order: ThreadOrder = args.orderBy ?? 'LATEST_ACTIVITY';
    const query = { boardId: board.id, locale: board.locale, order, tag: args.tag?.trim().toLowerCase() || null, viewer };
    const after = args.after
      ? ([...decodeCursor(args.after, ['boolean', 'string', 'string'] as const)] as [boolean, string, string])
      : null;
    const page: Page<ThreadRecord> = await this.threads.list({ ...query, after, limit: clampPageSize(args.first) });
    return { page, order, count: () => this.threads.count(query) };
  }

  async create(actor: Actor, input: CreateThreadInput): Promise<ThreadRecord> {
    if (input.idempotencyKey) {
      const earlier = await this.findByIdempotencyKey(actor, input.idempotencyKey);
      if (earlier) return earlier;
    }
    const board = await this.boards.findById(input.boardId);
    if (!board) throw notFound('board');
    this.assertMayStartThread(actor, board);
    await this.limits.consumeForActor('thread', actor);
    const prepared = await this.content.prepare({ body: input.body, title: input.title, author: actor, locale: board.locale });
    try {
      const { threadId } = await this.db.transaction((tx) =>
        this.insertWithQuestion(tx, {
          thread: {
            boardId: board.id,
            authorId: actor.id,
            title: input.title,
            tags: input.tags ?? [],
            private: input.private ?? false,
            state: prepared.state,
          },
          question: { idempotencyKey: input.idempotencyKey ?? null, ...prepared },
        }),
      );
      return (await this.threads.findByIds([threadId]))[0];
    } catch (error) {
      // A concurrent retry with the same key won the race: answer with its thread.
      if (input.idempotencyKey && isUniqueViolation(error, 'posts_author_idempotency_key')) {
        const earlier = await this.findByIdempotencyKey(actor, input.idempotencyKey);
        if (earlier) return earlier;
      }
      throw error;
    }
  }

  // The rows and the event of a new thread and its question, past every check: create() after
  // its checks, and the writers of data in bulk (the demo seed, the test factory), so that every
  // thread is written by this one path.
  async insertWithQuestion(
    tx: EntityManager,
    draft: { thread: NewThread; question: Omit<NewPost, 'threadId' | 'authorId' | 'postNumber' | 'state'> },
  ) {
    const { thread } = draft;
    const threadId = await this.threads.insert(thread, tx);
    const questionId = await this.posts.insert(
      { ...draft.question, threadId, authorId: thread.authorId, postNumber: 1, state: thread.state, createdAt: thread.createdAt },
      tx,
    );
    await this.threads.setQuestion(threadId, questionId, tx);
    await this.outbox.publish(tx, {
      type: 'ThreadCreated',
      threadId,
      boardId: thread.boardId,
      authorId: thread.authorId,
      state: thread.state,
      questionId,
      flagged: draft.question.scamVerdict !== null,
    });
    return { threadId, questionId };
  }

  // A new title is scanned with the question it heads, judged as the thread's author would be; a
  // title the guard would hold takes the question (and so the thread) to review.
  async edit(actor: Actor, input: EditThreadInput): Promise<ThreadRecord> {
    const [thread] = await this.threads.findByIds([input.threadId]);
    if (!thread || !canSeeThread(actor, thread)) throw notFound('thread');
    this.assertMayEdit(actor, thread);
    const question = (await this.posts.findById(thread.questionPostId!))!;
    const title = input.title ?? thread.title;
    const tags = input.tags ?? thread.tags;
    const author = actor.id === thread.authorId ? actor : await this.users.asAuthor(thread.authorId);
    const prepared = await this.content.prepare({ body: question.body, title, author: author!, locale: thread.locale });
    await this.db.transaction(async (tx) => {
      const current = (await this.threads.lockForUpdate(thread.id, tx))!;
      this.assertMayEdit(actor, current);
      if (prepared.state === 'HELD') {
        await this.states.apply(tx, { postId: question.id, transition: { kind: 'EDIT', scanned: 'HELD' }, actor });
      }
      await this.threads.updateTitleAndTags(thread.id, title, tags, tx);
      if (actor.id !== thread.authorId) {
        await this.log.record(tx, {
          actorId: actor.id,
          action: 'EDIT_THREAD',
          targetType: 'thread',
          targetId: thread.id,
          locale: thread.locale,
          before: { title: current.title, tags: current.tags },
          after: { title, tags },
        });
      }
      await this.outbox.publish(tx, { type: 'ThreadChanged', threadId: thread.id, boardId: thread.boardId });
    });
    return (await this.threads.findByIds([thread.id]))[0];
  }

  private assertMayEdit(actor: Actor, thread: ThreadRecord): void {
    if (canEditThread(actor, { ...thread, boardKind: thread.board.kind })) return;
    if (actor.id === thread.authorId && isClosedForWrites(thread)) throw new DomainError('THREAD_LOCKED', { key: 'errors.threadLocked' });
    throw forbidden();
  }

  private async findByIdempotencyKey(actor: Actor, key: string): Promise<ThreadRecord | null> {
    const post = await this.posts.findByIdempotencyKey(actor.id, key);
    if (!post) return null;
    if (post.postNumber !== 1) throw conflict('errors.idempotencyKeyReused');
    return (await this.threads.findByIds([post.threadId]))[0] ?? null;
  }

  private assertMayStartThread(actor: Actor, board: BoardEntity): void {
    if (!canPostInBoard(actor, board)) {
      throw new DomainError('FORBIDDEN', { key: 'errors.boardKindAnnouncements' });
    }
  }
}
