import { signalMessage } from '#libs/scam-guard';
import type { Actor } from '../../auth/actor.js';
import { moderates } from '../../auth/actor.policy.js';
import { postAccess } from '../../access/content-visibility.js';
import { requestContext } from '../../common/request-context.js';
import { messageLocale, translate } from '../../i18n/translate.js';
import type { ScamVerdictType } from '../scam-guard/graphql/scam.types.js';
import { toUserType } from '../users/user.mapper.js';
import type { PostPermissionsType, PostType } from './graphql/post.types.js';
import { canDeletePost, canEditPost, canMarkPostOfficial, canModeratePost, canReportPost } from './post.policy.js';
import type { PostRecord } from './post.record.js';

// What this viewer sees of a post they can reach: a tombstone keeps its state and reason, not its text.
export function toPostType(post: PostRecord, viewer: Actor | null): PostType {
  const readable = postAccess(viewer, post) === 'FULL';
  const deletedByAuthor = post.state === 'REMOVED' && post.removedById === post.authorId;
  return {
    id: post.id,
    number: post.postNumber,
    body: readable ? post.body : null,
    bodyHtml: readable ? post.bodyHtml : null,
    state: post.state,
    isOfficialAnswer: post.isOfficialAnswer,
    revision: post.revision,
    removalReason: deletedByAuthor ? translate(requestContext.current()?.locale, 'posts.deletedByAuthor') : post.removalReason,
    createdAt: post.createdAt,
    editedAt: post.editedAt,
    threadId: post.threadId,
    authorId: post.authorId,
    author: toUserType(post.author, viewer),
    scamVerdict: toScamVerdict(post, viewer),
    record: post,
  };
}

export function toPostPermissions(post: PostRecord, viewer: Actor | null): PostPermissionsType {
  return {
    edit: canEditPost(viewer, post),
    delete: canDeletePost(viewer, post),
    report: canReportPost(viewer, post),
    markOfficial: canMarkPostOfficial(viewer, post),
    moderate: canModeratePost(viewer, post),
  };
}

// The guard's reasons are for the author (to understand a hold) and the moderators (to decide).
export function toScamVerdict(post: PostRecord, viewer: Actor | null): ScamVerdictType | null {
  const verdict = post.scamVerdict;
  if (!verdict || !viewer || (viewer.id !== post.authorId && !moderates(viewer, post.locale))) return null;
  const locale = messageLocale(requestContext.current()?.locale);
  return {
    action: verdict.action,
    score: verdict.score,
    signals: verdict.signals.map((s) => ({ kind: s.kind, evidence: s.evidence, message: signalMessage(s.kind, s.evidence, locale) })),
  };
}
