import type { ContentState } from '../posts/post.entity.js';

// A thread as the API reads it: the row plus its board's locale, which decides who moderates it.
export interface ThreadRecord {
  id: string;
  boardId: string;
  authorId: string;
  locale: string;
  boardKind: string;
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
}

export const THREAD_COLUMNS = `
  t.id, t.board_id, t.author_id, b.locale, b.kind AS board_kind, t.title, t.tags, t.private, t.pinned, t.locked, t.state,
  t.question_post_id, t.official_answer_post_id, t.reply_count, t.last_post_number, t.last_activity_at,
  t.first_staff_response_at, t.created_at, t.last_activity_at::text AS last_activity_key, t.created_at::text AS created_key`;

export function toThreadRecord(row: Record<string, any>): ThreadRecord {
  return {
    id: row.id,
    boardId: row.board_id,
    authorId: row.author_id,
    locale: row.locale,
    boardKind: row.board_kind,
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
  };
}
