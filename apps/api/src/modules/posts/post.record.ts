import type { ThreadFacts } from '../../access/content-visibility.js';
import { authorColumns, authorJoin, toAuthorRecord, type AuthorRecord } from '../users/author.sql.js';
import type { StoredVerdict } from '../scam-guard/scam-guard.service.js';
import type { ContentState } from './post.entity.js';

// A post as the API reads it, with the facts of its thread that decide what a viewer sees.
export interface PostRecord {
  id: string;
  threadId: string;
  authorId: string;
  postNumber: number;
  body: string;
  bodyHtml: string;
  state: ContentState;
  revision: number;
  removalReason: string | null;
  removedById: string | null;
  createdAt: Date;
  editedAt: Date | null;
  locale: string;
  isOfficialAnswer: boolean;
  // The scam guard's verdict when it flagged or held the post.
  scamVerdict: StoredVerdict | null;
  author: AuthorRecord;
  // What decides whether the post exists for a viewer at all: a post is seen only through its thread.
  thread: ThreadFacts & { locked: boolean };
}

// Named, not *: a prepared statement's result type must not change when a column is added.
const ROW_COLUMNS = [
  'id',
  'thread_id',
  'author_id',
  'post_number',
  'body',
  'body_html',
  'state',
  'revision',
  'removal_reason',
  'removed_by_id',
  'created_at',
  'edited_at',
  'scam_verdict',
];

// The posts row itself, unqualified (for RETURNING) and qualified by the alias `p`.
export const POST_ROW_COLUMNS = ROW_COLUMNS.join(', ');
const PAGE_COLUMNS = ROW_COLUMNS.map((column) => `p.${column}`).join(', ');

// A post row `p` with its author `pa` and the author's badge `pab`.
export const POST_AUTHOR_COLUMNS = `${PAGE_COLUMNS}, ${authorColumns('pa', 'pab', 'author_')}`;

// The thread's facts that decide the post's visibility, for a post read on its own.
export const POST_THREAD_FACT_COLUMNS = (t: string) =>
  `${t}.state AS thread_state, ${t}.private AS thread_private, ${t}.author_id AS thread_author_id, ${t}.locked AS thread_locked`;

export const POST_COLUMNS = `${POST_AUTHOR_COLUMNS}, b.locale, (t.official_answer_post_id = p.id) AS is_official_answer, ${POST_THREAD_FACT_COLUMNS('t')}`;

export const POST_FROM = `posts p JOIN threads t ON t.id = p.thread_id JOIN boards b ON b.id = t.board_id ${authorJoin('pa', 'pab', 'p.author_id')}`;

// A page of one thread's replies, cut before authors are joined so that the planner never
// considers joining every user first; `limit` holds the page size plus one, as toPage expects.
const replyPageFrom = (where: string, limit: string, order: 'ASC' | 'DESC' = 'ASC') =>
  `(SELECT ${PAGE_COLUMNS} FROM posts p WHERE ${where} ORDER BY p.post_number ${order} LIMIT ${limit}) p ${authorJoin('pa', 'pab', 'p.author_id')}`;

// The page as rows; the thread's facts come from the caller.
export const replyPageSql = (where: string) => `
  SELECT ${POST_AUTHOR_COLUMNS}, $4::text AS locale, (p.id = $5::uuid) AS is_official_answer
    FROM ${replyPageFrom(where, '$3')}
   ORDER BY p.post_number`;

// The page before a post number, newest first (the caller puts it back in order).
export const replyPageBackwardsSql = (where: string) => `
  SELECT ${POST_AUTHOR_COLUMNS}, $4::text AS locale, (p.id = $5::uuid) AS is_official_answer
    FROM ${replyPageFrom(where, '$3', 'DESC')}
   ORDER BY p.post_number DESC`;

// The first page as one JSON array, for a statement that reads the thread (`t`): the page
// rides along with the thread's row instead of costing a second round trip.
export const firstRepliesJson = (visible: string, limit: string) => `
  (SELECT coalesce(json_agg(r ORDER BY r.post_number), '[]')
     FROM (SELECT ${POST_AUTHOR_COLUMNS} FROM ${replyPageFrom(`p.thread_id = t.id AND p.post_number > 1 AND ${visible}`, limit)}) r)`;

type ParentThread = ThreadFacts & { officialAnswerPostId: string | null; locked: boolean };

// A post read with its thread takes the thread's facts: language, official answer, visibility.
export const toThreadPostRecord = (row: Record<string, any>, thread: ParentThread): PostRecord =>
  toPostRecord({
    ...row,
    locale: thread.locale,
    is_official_answer: row.id === thread.officialAnswerPostId,
    thread_state: thread.state,
    thread_private: thread.private,
    thread_author_id: thread.authorId,
    thread_locked: thread.locked,
  });

// JSON has no dates: PostgreSQL writes them as ISO 8601 text.
const JSON_DATE_COLUMNS = ['created_at', 'edited_at', 'author_banned_until', 'author_created_at', 'author_badge_granted_at'];

export function toPostRecordFromJson(row: Record<string, any>, thread: ParentThread): PostRecord {
  for (const column of JSON_DATE_COLUMNS) if (typeof row[column] === 'string') row[column] = new Date(row[column]);
  return toThreadPostRecord(row, thread);
}

// A post read along with its thread (the question, the official answer): the post `p` and its
// author outer-joined, every column prefixed, so that several fit in the thread's row.
export const openingPostColumns = (p: string, prefix: string) =>
  `${ROW_COLUMNS.map((column) => `${p}.${column} AS ${prefix}${column}`).join(', ')}, ${authorColumns(`${p}a`, `${p}ab`, `${prefix}author_`)}`;

export const openingPostJoin = (p: string, postIdColumn: string) =>
  `LEFT JOIN posts ${p} ON ${p}.id = ${postIdColumn} ${authorJoin(`${p}a`, `${p}ab`, `${p}.author_id`, 'LEFT JOIN')}`;

export function toOpeningPostRecord(row: Record<string, any>, prefix: string, thread: ParentThread): PostRecord | null {
  if (row[`${prefix}id`] === null) return null;
  const own: Record<string, any> = {};
  for (const key in row) if (key.startsWith(prefix)) own[key.slice(prefix.length)] = row[key];
  return toThreadPostRecord(own, thread);
}

export function toPostRecord(row: Record<string, any>): PostRecord {
  return {
    id: row.id,
    threadId: row.thread_id,
    authorId: row.author_id,
    postNumber: row.post_number,
    body: row.body,
    bodyHtml: row.body_html,
    state: row.state,
    revision: row.revision,
    removalReason: row.removal_reason,
    removedById: row.removed_by_id,
    createdAt: row.created_at,
    editedAt: row.edited_at,
    locale: row.locale,
    isOfficialAnswer: row.is_official_answer === true,
    scamVerdict: row.scam_verdict ?? null,
    author: toAuthorRecord(row, row.author_id, 'author_'),
    thread: {
      authorId: row.thread_author_id,
      locale: row.locale,
      private: row.thread_private,
      state: row.thread_state,
      locked: row.thread_locked,
    },
  };
}
