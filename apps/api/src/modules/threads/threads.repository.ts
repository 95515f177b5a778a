import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { invalidCursor, toPage, type Page } from '../../common/cursor.js';
import { isDataException } from '../../common/sql.js';
import { PreparedReads } from '../../database/prepared-reads.js';
import {
  firstRepliesJson,
  openingPostColumns,
  openingPostJoin,
  toOpeningPostRecord,
  toPostRecordFromJson,
  type PostRecord,
} from '../posts/post.record.js';
import type { ThreadEffects } from './post-transitions.js';
import type { ContentState } from '../posts/post.entity.js';
import { THREAD_COLUMNS, THREAD_FROM, toThreadRecord, type ThreadRecord } from './thread.record.js';
import { listedThreadsSql, visiblePostsSql } from '../../access/content-visibility.js';

export type ThreadOrder = 'LATEST_ACTIVITY' | 'NEWEST' | 'UNANSWERED';

export interface ThreadListQuery {
  boardId: string;
  locale: string;
  order: ThreadOrder;
  tag?: string | null;
  after?: [boolean, string, string] | null;
  limit: number;
  viewer: Actor | null;
}

// Each order matches an index of the same shape (see the core schema migration), so any page,
// however deep, is an index range scan from the cursor.
const ORDER: Record<ThreadOrder, { key: string; filter: string }> = {
  LATEST_ACTIVITY: { key: 't.last_activity_at', filter: '' },
  NEWEST: { key: 't.created_at', filter: '' },
  UNANSWERED: { key: 't.created_at', filter: 'AND t.official_answer_post_id IS NULL AND NOT t.locked' },
};

const COUNT_LIMIT = 10_000;

// Statement texts built once, not on every request.
const BY_IDS = `SELECT ${THREAD_COLUMNS} FROM ${THREAD_FROM} WHERE t.id = ANY($1::uuid[])`;
const WITH_OPENING_POSTS = `SELECT ${THREAD_COLUMNS}, ${openingPostColumns('q', 'q_')}, ${openingPostColumns('oa', 'oa_')}`;
const OPENING_POSTS_FROM = `FROM ${THREAD_FROM} ${openingPostJoin('q', 't.question_post_id')} ${openingPostJoin('oa', 't.official_answer_post_id')} WHERE t.id = $1`;

export interface NewThread {
  boardId: string;
  authorId: string;
  title: string;
  tags: string[];
  private: boolean;
  state: ContentState;
  locked?: boolean;
  pinned?: boolean;
  createdAt?: Date;
}

@Injectable()
export class ThreadsRepository {
  constructor(
    private readonly db: DataSource,
    private readonly reads: PreparedReads,
  ) {}

  // Inside a transaction through its connection; otherwise as a prepared read.
  async findByIds(ids: readonly string[], tx?: EntityManager): Promise<ThreadRecord[]> {
    const rows = tx ? await tx.query(BY_IDS, [ids]) : await this.reads.rows(BY_IDS, [ids]);
    return rows.map(toThreadRecord);
  }

  // A thread page's head in one statement: the thread with its question and official answer,
  // and, when asked for, the first page of its replies as this viewer may see them.
  async findWithOpeningPosts(
    id: string,
    firstReplies?: { limit: number; viewer: Actor | null },
  ): Promise<{ thread: ThreadRecord; openingPosts: PostRecord[]; firstReplies?: Page<PostRecord> } | null> {
    const params: unknown[] = [id];
    const visible = firstReplies ? visiblePostsSql(firstReplies.viewer, params) : null;
    if (visible) params.push(firstReplies!.limit + 1);
    const repliesColumn = visible ? `, ${firstRepliesJson(visible, `$${params.length}`)} AS first_replies` : '';
    const [row] = await this.reads.rows(`${WITH_OPENING_POSTS}${repliesColumn} ${OPENING_POSTS_FROM}`, params);
    if (!row) return null;
    const thread = toThreadRecord(row);
    const openingPosts = [toOpeningPostRecord(row, 'q_', thread), toOpeningPostRecord(row, 'oa_', thread)].filter((p) => p !== null);
    if (!visible) return { thread, openingPosts };
    const replies = (row.first_replies as Record<string, any>[]).map((reply) => toPostRecordFromJson(reply, thread));
    return { thread, openingPosts, firstReplies: toPage(replies, firstReplies!.limit) };
  }

  // The row lock serializes every write to one thread: post numbers and counters stay exact.
  async lockForUpdate(id: string, tx: EntityManager): Promise<ThreadRecord | null> {
    const rows = await tx.query(`SELECT ${THREAD_COLUMNS} FROM ${THREAD_FROM} WHERE t.id = $1 FOR UPDATE OF t`, [id]);
    return rows[0] ? toThreadRecord(rows[0]) : null;
  }

  async list(query: ThreadListQuery): Promise<Page<ThreadRecord>> {
    const params: unknown[] = [query.boardId];
    const { key, filter } = ORDER[query.order];
    let where = `t.board_id = $1 AND ${listedThreadsSql(query.viewer, query.locale, params)} ${filter}`;
    if (query.tag) {
      params.push([query.tag]);
      where += ` AND t.tags @> $${params.length}::text[]`;
    }
    if (query.after) {
      params.push(...query.after);
      const n = params.length;
      where += ` AND (t.pinned, ${key}, t.id) < ($${n - 2}::boolean, $${n - 1}::timestamptz, $${n}::uuid)`;
    }
    params.push(query.limit + 1);
    const rows = await this.reads
      .rows(
        `SELECT ${THREAD_COLUMNS} FROM ${THREAD_FROM}
          WHERE ${where}
          ORDER BY t.pinned DESC, ${key} DESC, t.id DESC
          LIMIT $${params.length}`,
        params,
      )
      // A cursor of the right shape whose values PostgreSQL refuses (not a timestamp, not a uuid).
      .catch((error) => {
        throw query.after && isDataException(error) ? invalidCursor() : error;
      });
    return toPage(rows.map(toThreadRecord), query.limit);
  }

  // Bounded, so a huge board never costs a full scan for a number shown as "10,000+".
  async count(query: Omit<ThreadListQuery, 'after' | 'limit'>): Promise<number> {
    const params: unknown[] = [query.boardId];
    let where = `t.board_id = $1 AND ${listedThreadsSql(query.viewer, query.locale, params)} ${ORDER[query.order].filter}`;
    if (query.tag) {
      params.push([query.tag]);
      where += ` AND t.tags @> $${params.length}::text[]`;
    }
    const rows = await this.reads.rows<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM threads t WHERE ${where} LIMIT ${COUNT_LIMIT}) s`,
      params,
    );
    return rows[0].n;
  }

  // `createdAt` only for data written in the past (the demo seed, tests); otherwise now.
  async insert(thread: NewThread, tx: EntityManager): Promise<string> {
    const rows = await tx.query(
      `INSERT INTO threads (board_id, author_id, title, tags, private, locked, pinned, state, last_post_number, created_at, last_activity_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, coalesce($9, now()), coalesce($9, now())) RETURNING id`,
      [
        thread.boardId,
        thread.authorId,
        thread.title,
        thread.tags,
        thread.private,
        !!thread.locked,
        !!thread.pinned,
        thread.state,
        thread.createdAt ?? null,
      ],
    );
    return rows[0].id;
  }

  async setQuestion(threadId: string, postId: string, tx: EntityManager): Promise<void> {
    await tx.query(`UPDATE threads SET question_post_id = $2 WHERE id = $1`, [threadId, postId]);
  }

  // Under the thread's row lock (ModeratorActionsService).
  async setFlags(threadId: string, flags: { locked?: boolean; pinned?: boolean }, tx: EntityManager): Promise<void> {
    await tx.query(`UPDATE threads SET locked = coalesce($2, locked), pinned = coalesce($3, pinned) WHERE id = $1`, [
      threadId,
      flags.locked ?? null,
      flags.pinned ?? null,
    ]);
  }

  // Only OfficialAnswersService calls this, under the thread's row lock.
  async setOfficialAnswer(threadId: string, postId: string | null, tx: EntityManager): Promise<void> {
    await tx.query(`UPDATE threads SET official_answer_post_id = $2 WHERE id = $1`, [threadId, postId]);
  }

  // Under the thread's row lock (ModeratorActionsService.moveThread).
  async moveToBoard(threadId: string, boardId: string, tx: EntityManager): Promise<void> {
    await tx.query(`UPDATE threads SET board_id = $2 WHERE id = $1`, [threadId, boardId]);
  }

  async updateTitleAndTags(threadId: string, title: string, tags: string[], tx: EntityManager): Promise<void> {
    await tx.query(`UPDATE threads SET title = $2, tags = $3 WHERE id = $1`, [threadId, title, tags]);
  }

  // What a post's change of state does to its thread, in one statement (see post-transitions.ts).
  async applyEffects(threadId: string, postId: string, effects: ThreadEffects, tx: EntityManager): Promise<void> {
    await tx.query(
      `UPDATE threads SET
         reply_count = reply_count + $3,
         state = COALESCE($4, state),
         official_answer_post_id = CASE WHEN $5 AND official_answer_post_id = $2 THEN NULL ELSE official_answer_post_id END
       WHERE id = $1`,
      [threadId, postId, effects.replyCountDelta, effects.threadState ?? null, effects.unmarkOfficialAnswer],
    );
  }
}
