import type { Actor } from '../../auth/actor.js';
import { moderates } from '../../auth/actor.policy.js';
import { postAccess, type PostFacts } from '../../access/content-visibility.js';
import { canMarkOfficialAnswer, isClosedForWrites, mayWrite } from '../threads/thread.policy.js';

// What an actor may do with a post. Pure; services refuse with these and `Post.viewerCan`
// answers with them.
export interface PostPolicyFacts extends PostFacts {
  thread: PostFacts['thread'] & { locked: boolean };
}

const visibleTo = (actor: Actor, post: PostPolicyFacts) => postAccess(actor, post) !== 'NONE';

export function canEditPost(actor: Actor | null, post: PostPolicyFacts): boolean {
  if (!mayWrite(actor) || !visibleTo(actor, post) || post.state === 'REMOVED') return false;
  if (moderates(actor, post.thread.locale)) return true;
  return actor.id === post.authorId && !isClosedForWrites(post.thread);
}

export function canDeletePost(actor: Actor | null, post: PostPolicyFacts): boolean {
  return mayWrite(actor) && actor.id === post.authorId && post.state !== 'REMOVED' && visibleTo(actor, post);
}

// A report is about what the reporter can read: not one's own post, not a tombstone.
export function canReportPost(actor: Actor | null, post: PostPolicyFacts): boolean {
  return mayWrite(actor) && actor.id !== post.authorId && post.state === 'VISIBLE' && visibleTo(actor, post);
}

// Only a visible reply can be the official answer; the question cannot.
export function canMarkPostOfficial(actor: Actor | null, post: PostPolicyFacts): boolean {
  if (post.postNumber === 1 || post.state !== 'VISIBLE') return false;
  return canMarkOfficialAnswer(actor, post.thread);
}

export const canModeratePost = (actor: Actor | null, post: PostPolicyFacts): boolean =>
  mayWrite(actor) && moderates(actor, post.thread.locale);
