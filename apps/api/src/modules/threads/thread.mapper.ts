import type { Actor } from '../../auth/actor.js';
import { threadAccess } from '../../access/content-visibility.js';
import { requestContext } from '../../common/request-context.js';
import { translate } from '../../i18n/translate.js';
import { toUserType } from '../users/user.mapper.js';
import type { ThreadPermissionsType, ThreadType, ThreadStatus } from './graphql/thread.types.js';
import { canEditThread, canMarkOfficialAnswer, canModerateThread, canReplyToThread } from './thread.policy.js';
import type { ThreadRecord } from './thread.record.js';

// Status is derived, never stored twice: locked wins, then an official answer.
export const threadStatus = (t: Pick<ThreadRecord, 'locked' | 'officialAnswerPostId'>): ThreadStatus =>
  t.locked ? 'LOCKED' : t.officialAnswerPostId ? 'ANSWERED' : 'OPEN';

// A hidden or removed thread is a tombstone for those who may not read it: no title, no tags.
function tombstoneTitle(t: ThreadRecord): string {
  return translate(requestContext.current()?.locale, t.state === 'HIDDEN' ? 'content.hiddenThreadTitle' : 'content.removedThreadTitle');
}

export function toThreadType(t: ThreadRecord, viewer: Actor | null): ThreadType {
  const whole = threadAccess(viewer, t) === 'FULL';
  return {
    id: t.id,
    title: whole ? t.title : tombstoneTitle(t),
    tags: whole ? t.tags : [],
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
    record: t,
  };
}

export function toThreadPermissions(t: ThreadRecord, viewer: Actor | null): ThreadPermissionsType {
  const facts = { ...t, boardKind: t.board.kind };
  return {
    reply: canReplyToThread(viewer, facts),
    edit: canEditThread(viewer, facts),
    markOfficial: canMarkOfficialAnswer(viewer, facts),
    moderate: canModerateThread(viewer, facts),
  };
}
