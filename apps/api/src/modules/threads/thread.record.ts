import type { BoardType } from '../boards/graphql/board.types.js';
import type { ContentState } from '../posts/post.entity.js';
import { authorColumns, authorJoin, toAuthorRecord, type AuthorRecord } from '../users/author.sql.js';

// A thread as the API reads it: the row plus its board's locale, which decides who moderates it.
export interface ThreadRecord {
  id: string;
  boardId: string;
  authorId: string;
  locale: string;
  title: string;
  tags: string[];
  private: boolean;
  pinned: boolean;
  locked: boolean;
  state: ContentState;
  questionPostId: string | null;
  officialAnswerPostId: string | null;
  replyCount: number;
  lastPostNumber: number;
  lastActivityAt: Date;
  firstStaffResponseAt: Date | null;
  createdAt: Date;
  // Exact (microsecond) sort keys as PostgreSQL prints them; a JS Date would round them.
  lastActivityKey: string;
  createdKey: string;
  board: BoardType;
  author: AuthorRecord;
}

export const THREAD_COLUMNS = `
  t.id, t.board_id, t.author_id, b.locale, b.kind AS board_kind, t.title, t.tags, t.private, t.pinned, t.locked, t.state,
  t.question_post_id, t.official_answer_post_id, t.reply_count, t.last_post_number, t.last_activity_at,
  t.first_staff_response_at, t.created_at, t.last_activity_at::text AS last_activity_key, t.created_at::text AS created_key,
  b.slug AS board_slug, b.topic_key AS board_topic_key, b.name AS board_name, b.description AS board_description,
  b.position AS board_position, ${authorColumns('ta', 'tab', 'author_')}`;

// The board and the author come with the thread: listings and thread pages need both.
export const THREAD_FROM = `threads t JOIN boards b ON b.id = t.board_id ${authorJoin('ta', 'tab', 't.author_id')}`;

export function toThreadRecord(row: Record<string, any>): ThreadRecord {
  return {
    id: row.id,
    boardId: row.board_id,
    authorId: row.author_id,
    locale: row.locale,
    title: row.title,
    tags: row.tags,
    private: row.private,
    pinned: row.pinned,
    locked: row.locked,
    state: row.state,
    questionPostId: row.question_post_id,
    officialAnswerPostId: row.official_answer_post_id,
    replyCount: row.reply_count,
    lastPostNumber: row.last_post_number,
    lastActivityAt: row.last_activity_at,
    firstStaffResponseAt: row.first_staff_response_at,
    createdAt: row.created_at,
    lastActivityKey: row.last_activity_key,
    createdKey: row.created_key,
    board: {
      id: row.board_id,
      slug: row.board_slug,
      locale: row.locale,
      topicKey: row.board_topic_key,
      kind: row.board_kind,
      name: row.board_name,
      description: row.board_description,
      position: row.board_position,
    },
    author: toAuthorRecord(row, row.author_id, 'author_'),
  };
}
