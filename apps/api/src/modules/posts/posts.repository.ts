import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { invalidCursor, toPage, type Page } from '../../common/cursor.js';
import { PreparedReads } from '../../database/prepared-reads.js';
import { isDataException, returnedRows } from '../../common/sql.js';
import type { ContentState } from './post.entity.js';
import {
  POST_AUTHOR_COLUMNS,
  POST_COLUMNS,
  POST_FROM,
  POST_ROW_COLUMNS,
  POST_THREAD_FACT_COLUMNS,
  replyPageBackwardsSql,
  replyPageSql,
  toPostRecord,
  toThreadPostRecord,
  type PostRecord,
} from './post.record.js';
import { authorJoin } from '../users/author.sql.js';
import { outboxRowsSql } from '../../events/outbox.js';
import { visiblePostsOfThreadSql, type ThreadFacts } from '../../access/content-visibility.js';

export interface NewReply {
  threadId: string;
  authorId: string;
  body: string;
  bodyHtml: string;
  state: ContentState;
  idempotencyKey: string | null;
  scamScore: number | null;
  scamVerdict: unknown;
  // The first answer from the language's staff to someone else's question starts the SLA clock.
  staffResponse: boolean;
  // What the caller decided from: the reply is stored only while the thread still looks so.
  seen: { state: ContentState; locked: boolean; private: boolean };
  // Chosen by the caller, so that the events the write carries can name the post.
  id: string;
  // The outbox rows the write carries, and the channel that wakes the relays when it commits.
  events: readonly [json: string, channel: string];
}

export type NewPost = Pick<PostRecord, 'threadId' | 'authorId' | 'postNumber' | 'body' | 'bodyHtml' | 'state'> & {
  idempotencyKey: string | null;
  scamScore: number | null;
  scamVerdict: unknown;
  // Only for data written in the past (the demo seed, tests); otherwise now.
  createdAt?: Date;
};

// Built once, not on every request.
const BY_IDS = `SELECT ${POST_COLUMNS} FROM ${POST_FROM} WHERE p.id = ANY($1::uuid[])`;

@Injectable()
export class PostsRepository {
  constructor(
    private readonly db: DataSource,
    private readonly reads: PreparedReads,
  ) {}

  // Inside a transaction through its connection; otherwise as a prepared read.
  async findByIds(ids: readonly string[], tx?: EntityManager): Promise<PostRecord[]> {
    const rows = tx ? await tx.query(BY_IDS, [ids]) : await this.reads.rows(BY_IDS, [ids]);
    return rows.map(toPostRecord);
  }

  async findById(id: string, tx?: EntityManager): Promise<PostRecord | null> {
    return (await this.findByIds([id], tx))[0] ?? null;
  }

  async findByIdempotencyKey(authorId: string, key: string): Promise<PostRecord | null> {
    const rows = await this.db.query(`SELECT ${POST_COLUMNS} FROM ${POST_FROM} WHERE p.author_id = $1 AND p.idempotency_key = $2`, [
      authorId,
      key,
    ]);
    return rows[0] ? toPostRecord(rows[0]) : null;
  }

  // Replies in order, after the question (post 1); held replies only for their author and
  // the moderators of the thread's language.
  // A page of replies after a post number, or (`beforeNumber`, null for the end) the last ones
  // before it, in post order either way.
  async listReplies(
    q: {
      thread: ThreadFacts & { id: string; officialAnswerPostId: string | null; locked: boolean };
      limit: number;
      viewer: Actor | null;
    } & ({ afterNumber: number } | { beforeNumber: number | null }),
  ): Promise<Page<PostRecord>> {
    const forwards = 'afterNumber' in q;
    const bound = forwards ? Math.max(q.afterNumber, 1) : (q.beforeNumber ?? 2_147_483_647);
    const params: unknown[] = [q.thread.id, bound, q.limit + 1, q.thread.locale, q.thread.officialAnswerPostId];
    const range = forwards ? 'p.post_number > $2' : 'p.post_number < $2 AND p.post_number > 1';
    const where = `p.thread_id = $1 AND ${range} AND ${visiblePostsOfThreadSql(q.viewer, q.thread, params)}`;
    const rows = await this.reads
      .rows(forwards ? replyPageSql(where) : replyPageBackwardsSql(where), params)
      // A cursor number that is no post number (a fraction, beyond the integer range).
      .catch((error) => {
        throw isDataException(error) ? invalidCursor() : error;
      });
    const records = rows.map((row) => toThreadPostRecord(row, q.thread));
    if (forwards) return { ...toPage(records, q.limit), hasPreviousPage: bound > 1 };
    // Read newest first, one more than asked: its presence means there are earlier replies.
    const page = toPage(records, q.limit);
    return { items: page.items.reverse(), hasNextPage: q.beforeNumber !== null, hasPreviousPage: page.hasNextPage };
  }

  async countReplies(q: { thread: ThreadFacts & { id: string }; viewer: Actor | null }): Promise<number> {
    const params: unknown[] = [q.thread.id];
    const rows = await this.reads.rows<{ n: number }>(
      `SELECT count(*)::int AS n FROM posts p WHERE p.thread_id = $1 AND p.post_number > 1 AND ${visiblePostsOfThreadSql(q.viewer, q.thread, params)}`,
      params,
    );
    return rows[0].n;
  }

  // The post and its first revision in one statement: one round trip fewer on every write.
  async insert(post: NewPost, tx: EntityManager): Promise<string> {
    const rows = await tx.query(
      `WITH post AS (
         INSERT INTO posts (thread_id, author_id, post_number, body, body_html, state, idempotency_key, scam_score, scam_verdict, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, coalesce($10, now())) RETURNING id, body, author_id, created_at
       )
       INSERT INTO post_revisions (post_id, revision, body, edited_by_id, edited_at) SELECT id, 1, body, author_id, created_at FROM post RETURNING post_id AS id`,
      [
        post.threadId,
        post.authorId,
        post.postNumber,
        post.body,
        post.bodyHtml,
        post.state,
        post.idempotencyKey,
        post.scamScore,
        post.scamVerdict === null ? null : JSON.stringify(post.scamVerdict),
        post.createdAt ?? null,
      ],
    );
    return rows[0].id;
  }

  // A reply in one statement (its own transaction): the thread's row update takes the row lock
  // and hands out the post number, so numbers and counters stay exact under concurrent replies,
  // and no lock is held across round trips. null when the thread changed since it was read.
  async appendReply(reply: NewReply): Promise<PostRecord | null> {
    const rows = await this.db.query(
      `WITH thread AS (
         UPDATE threads SET
           last_post_number = last_post_number + 1,
           reply_count = reply_count + CASE WHEN $7 = 'VISIBLE' THEN 1 ELSE 0 END,
           last_activity_at = CASE WHEN $7 = 'VISIBLE' THEN now() ELSE last_activity_at END,
           first_staff_response_at = COALESCE(first_staff_response_at, CASE WHEN $11 AND $7 = 'VISIBLE' THEN now() END)
          WHERE id = $1 AND state = $12 AND locked = $13 AND private = $14
          RETURNING id, board_id, last_post_number, state, private, author_id, locked
       ), p AS (
         INSERT INTO posts (id, thread_id, author_id, post_number, body, body_html, state, idempotency_key, scam_score, scam_verdict)
         SELECT $15, id, $2, last_post_number, $3, $4, $7, $8, $9, $10 FROM thread
         RETURNING ${POST_ROW_COLUMNS}
       ), revision AS (
         INSERT INTO post_revisions (post_id, revision, body, edited_by_id) SELECT id, 1, body, author_id FROM p
       ), event AS (
         ${outboxRowsSql('$5', 'EXISTS (SELECT 1 FROM p)')}
       )
       SELECT ${POST_AUTHOR_COLUMNS}, b.locale, false AS is_official_answer, ${POST_THREAD_FACT_COLUMNS('thread')}, pg_notify($6, '') IS NULL AS notified
         FROM p JOIN thread ON true JOIN boards b ON b.id = thread.board_id ${authorJoin('pa', 'pab', 'p.author_id')}`,
      [
        reply.threadId,
        reply.authorId,
        reply.body,
        reply.bodyHtml,
        reply.events[0],
        reply.events[1],
        reply.state,
        reply.idempotencyKey,
        reply.scamScore,
        reply.scamVerdict === null ? null : JSON.stringify(reply.scamVerdict),
        reply.staffResponse,
        reply.seen.state,
        reply.seen.locked,
        reply.seen.private,
        reply.id,
      ],
    );
    return rows[0] ? toPostRecord(rows[0]) : null;
  }

  async insertRevision(rev: { postId: string; revision: number; body: string; editedById: string }, tx: EntityManager): Promise<void> {
    await tx.query(`INSERT INTO post_revisions (post_id, revision, body, edited_by_id) VALUES ($1, $2, $3, $4)`, [
      rev.postId,
      rev.revision,
      rev.body,
      rev.editedById,
    ]);
  }

  // Optimistic concurrency: the update applies only to the revision the editor saw.
  async updateBody(
    edit: {
      id: string;
      expectedRevision: number;
      body: string;
      bodyHtml: string;
      state: ContentState;
      scamScore: number | null;
      scamVerdict: unknown;
    },
    tx: EntityManager,
  ): Promise<number | null> {
    const rows = await tx.query(
      `UPDATE posts SET body = $3, body_html = $4, state = $5, scam_score = $6, scam_verdict = $7,
              revision = revision + 1, edited_at = now()
        WHERE id = $1 AND revision = $2
        RETURNING revision`,
      [
        edit.id,
        edit.expectedRevision,
        edit.body,
        edit.bodyHtml,
        edit.state,
        edit.scamScore,
        edit.scamVerdict === null ? null : JSON.stringify(edit.scamVerdict),
      ],
    );
    return returnedRows<{ revision: number }>(rows)[0]?.revision ?? null;
  }

  async threadIdOf(postId: string, tx: EntityManager): Promise<string | null> {
    const rows = await tx.query(`SELECT thread_id FROM posts WHERE id = $1`, [postId]);
    return rows[0]?.thread_id ?? null;
  }

  // Only ContentStateService calls this, under the thread's row lock.
  async setState(
    id: string,
    state: ContentState,
    removal: { removedById: string | null; reason: string | null },
    tx: EntityManager,
  ): Promise<void> {
    await tx.query(`UPDATE posts SET state = $2, removed_by_id = $3, removal_reason = $4 WHERE id = $1`, [
      id,
      state,
      removal.removedById,
      removal.reason,
    ]);
  }
}
