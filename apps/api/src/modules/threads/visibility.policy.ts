import type { Actor } from '../../auth/actor.js';
import { isStaffOf, moderates, moderatesAnyLocale } from '../../auth/actor.policy.js';
import type { ContentState } from '../posts/post.entity.js';

interface ThreadFacts {
  authorId: string;
  locale: string;
  private: boolean;
  state: ContentState;
}

interface PostFacts {
  authorId: string;
  state: ContentState;
}

// Held content exists only for its author and the moderators of its language, and so does a
// thread whose question was removed; private threads only for their author and the staff and
// moderators of their language.
export function canSeeThread(viewer: Actor | null, thread: ThreadFacts): boolean {
  const own = viewer?.id === thread.authorId;
  const moderator = moderates(viewer, thread.locale);
  if (thread.private && !own && !moderator && !isStaffOf(viewer, thread.locale)) return false;
  if (thread.state === 'HELD' || thread.state === 'REMOVED') return own || moderator;
  return true;
}

// A removed thread takes no more replies or edits, like a locked one.
export const isClosedForWrites = (thread: { locked: boolean; state: ContentState }): boolean => thread.locked || thread.state === 'REMOVED';

export function canSeePost(viewer: Actor | null, post: PostFacts, locale: string): boolean {
  return post.state !== 'HELD' || viewer?.id === post.authorId || moderates(viewer, locale);
}

// Hidden and removed posts stay as tombstones; their text is for moderators (and, while only
// hidden, for the author).
export function canReadPostBody(viewer: Actor | null, post: PostFacts, locale: string): boolean {
  if (post.state === 'VISIBLE' || post.state === 'HELD') return canSeePost(viewer, post, locale);
  if (moderates(viewer, locale)) return true;
  return post.state === 'HIDDEN' && viewer?.id === post.authorId;
}

// What listings may include for this viewer, as SQL over the threads alias `t`. Parameters are
// appended to `params`, so the fragment composes with the caller's own.
export function visibleThreadsSql(viewer: Actor | null, locale: string, params: unknown[]): string {
  if (moderates(viewer, locale)) return `t.state IN ('VISIBLE', 'HELD')`;
  if (isStaffOf(viewer, locale)) {
    params.push(viewer!.id);
    return `(t.state = 'VISIBLE' OR (t.state = 'HELD' AND t.author_id = $${params.length}))`;
  }
  if (viewer) {
    params.push(viewer.id);
    const me = `$${params.length}`;
    return `((t.state = 'VISIBLE' AND (NOT t.private OR t.author_id = ${me})) OR (t.state = 'HELD' AND t.author_id = ${me}))`;
  }
  return `(t.state = 'VISIBLE' AND NOT t.private)`;
}

// canSeePost as SQL over the posts alias `p`. With `locale` null (not read yet), null when the
// answer would depend on it, i.e. for moderators.
export function visiblePostsSql(viewer: Actor | null, locale: string, params: unknown[]): string;
export function visiblePostsSql(viewer: Actor | null, locale: string | null, params: unknown[]): string | null;
export function visiblePostsSql(viewer: Actor | null, locale: string | null, params: unknown[]): string | null {
  if (locale === null) {
    if (moderatesAnyLocale(viewer)) return null;
  } else if (moderates(viewer, locale)) {
    return 'TRUE';
  }
  if (!viewer) return `p.state <> 'HELD'`;
  params.push(viewer.id);
  return `(p.state <> 'HELD' OR p.author_id = $${params.length})`;
}
