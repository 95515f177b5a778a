import type { Actor } from '../../auth/actor.js';
import { toUserType } from '../users/user.mapper.js';
import type { ThreadType, ThreadStatus } from './graphql/thread.types.js';
import type { ThreadRecord } from './thread.record.js';

// Status is derived, never stored twice: locked wins, then an official answer.
export const threadStatus = (t: Pick<ThreadRecord, 'locked' | 'officialAnswerPostId'>): ThreadStatus =>
  t.locked ? 'LOCKED' : t.officialAnswerPostId ? 'ANSWERED' : 'OPEN';

export function toThreadType(t: ThreadRecord, viewer: Actor | null): ThreadType {
  return {
    id: t.id,
    title: t.title,
    tags: t.tags,
    status: threadStatus(t),
    pinned: t.pinned,
    locked: t.locked,
    private: t.private,
    replyCount: t.replyCount,
    lastActivityAt: t.lastActivityAt,
    firstStaffResponseAt: t.firstStaffResponseAt,
    createdAt: t.createdAt,
    boardId: t.boardId,
    authorId: t.authorId,
    locale: t.locale,
    state: t.state,
    questionPostId: t.questionPostId,
    officialAnswerPostId: t.officialAnswerPostId,
    board: t.board,
    author: toUserType(t.author, viewer),
  };
}
