import type { Actor } from '../../auth/actor.js';
import { requestContext } from '../../common/request-context.js';
import { translate } from '../../i18n/translate.js';
import { canReadPostBody } from '../threads/visibility.policy.js';
import { toUserType } from '../users/user.mapper.js';
import type { PostType } from './graphql/post.types.js';
import type { PostRecord } from './post.record.js';

export function toPostType(post: PostRecord, viewer: Actor | null): PostType {
  const readable = canReadPostBody(viewer, post, post.locale);
  const deletedByAuthor = post.state === 'REMOVED' && post.removedById === post.authorId;
  return {
    id: post.id,
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
  };
}
