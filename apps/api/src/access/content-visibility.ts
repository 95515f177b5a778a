import type { Actor } from '../auth/actor.js';
import { holds, isAdmin } from '../auth/actor.policy.js';
import {
  and,
  FALSE,
  holdsFor,
  is,
  isOneOf,
  not,
  or,
  simplify,
  toSql,
  TRUE,
  type ColumnMap,
  type Condition,
  type Facts,
} from './condition.js';

// Who sees which threads and posts, written once. Every reader of a thread or a post (lookups by
// id, listings, reply pages, a reply's `thread`, a thread's `question` and `officialAnswer`, and
// later search, reports, events) asks these rules, as predicates or as SQL.
//
// - A private thread exists only for its author and the staff and moderators of its language.
// - A held thread (its question awaits review) exists only for its author and the moderators.
// - A hidden or removed thread is a tombstone for everyone else: it exists, its title and text
//   do not; its replies are not shown. Moderators see it whole; the author sees it whole while
//   it is only hidden.
// - A post exists only where its thread shows its replies (the question: wherever the thread
//   exists); a held post only for its author and the moderators; hidden and removed posts are
//   tombstones whose text is for moderators (and the author, while only hidden).

export type Access = 'NONE' | 'TOMBSTONE' | 'FULL';

export interface ThreadFacts {
  authorId: string;
  locale: string;
  private: boolean;
  state: string;
}

export interface PostFacts {
  authorId: string;
  state: string;
  postNumber: number;
  thread: ThreadFacts;
}

// Moderators act on the languages they moderate; admins on all.
export function moderatesCondition(viewer: Actor | null): Condition {
  if (!viewer) return FALSE;
  if (isAdmin(viewer)) return TRUE;
  return holds(viewer, 'MODERATOR') ? isOneOf('thread.locale', viewer.moderatorLocales) : FALSE;
}

// Staff: the STAFF role (with 2FA on) and a current badge whose languages include the content's.
export function staffOfCondition(viewer: Actor | null): Condition {
  return viewer && holds(viewer, 'STAFF') ? isOneOf('thread.locale', viewer.staffLocales) : FALSE;
}

const authoredBy = (viewer: Actor | null, fact: 'thread.authorId' | 'post.authorId'): Condition => (viewer ? is(fact, viewer.id) : FALSE);

interface Rules {
  threadExists: Condition;
  threadShown: Condition;
  threadListed: Condition;
  postExists: Condition;
  postBodyShown: Condition;
}

function rulesFor(viewer: Actor | null): Rules {
  const moderator = moderatesCondition(viewer);
  const ownThread = authoredBy(viewer, 'thread.authorId');
  const ownPost = authoredBy(viewer, 'post.authorId');
  const threadExists = and(
    or(not(is('thread.private', true)), ownThread, staffOfCondition(viewer), moderator),
    or(not(is('thread.state', 'HELD')), ownThread, moderator),
  );
  const threadShown = and(
    threadExists,
    or(isOneOf('thread.state', ['VISIBLE', 'HELD']), moderator, and(ownThread, is('thread.state', 'HIDDEN'))),
  );
  const postExists = or(and(is('post.number', 1), threadExists), and(threadShown, or(not(is('post.state', 'HELD')), ownPost, moderator)));
  const postBodyShown = and(
    postExists,
    or(isOneOf('post.state', ['VISIBLE', 'HELD']), moderator, and(ownPost, is('post.state', 'HIDDEN'))),
  );
  // Listings show threads that are whole for the viewer and not taken down (moderators find
  // hidden and removed threads through the review queue and the log, not the board).
  const threadListed = and(threadExists, isOneOf('thread.state', ['VISIBLE', 'HELD']));
  return { threadExists, threadShown, threadListed, postExists, postBodyShown };
}

// Rules are built per viewer; a request asks them for many rows.
const rulesCache = new WeakMap<Actor, Rules>();
const VISITOR_RULES = rulesFor(null);
function rules(viewer: Actor | null): Rules {
  if (!viewer) return VISITOR_RULES;
  let built = rulesCache.get(viewer);
  if (!built) rulesCache.set(viewer, (built = rulesFor(viewer)));
  return built;
}

const threadFacts = (t: ThreadFacts): Facts => ({
  'thread.authorId': t.authorId,
  'thread.locale': t.locale,
  'thread.private': t.private,
  'thread.state': t.state,
});
const postFacts = (p: PostFacts): Facts => ({ 'post.authorId': p.authorId, 'post.state': p.state, 'post.number': p.postNumber });

export function threadAccess(viewer: Actor | null, thread: ThreadFacts): Access {
  const r = rules(viewer);
  const facts = threadFacts(thread);
  if (!holdsFor(r.threadExists, facts)) return 'NONE';
  return holdsFor(r.threadShown, facts) ? 'FULL' : 'TOMBSTONE';
}

export const canSeeThread = (viewer: Actor | null, thread: ThreadFacts): boolean => threadAccess(viewer, thread) !== 'NONE';

// Whether a board listing shows the thread to this viewer (listedThreadsSql, as a predicate).
export const isListed = (viewer: Actor | null, thread: ThreadFacts): boolean => holdsFor(rules(viewer).threadListed, threadFacts(thread));

export function postAccess(viewer: Actor | null, post: PostFacts): Access {
  const r = rules(viewer);
  const facts = { ...threadFacts(post.thread), ...postFacts(post) };
  if (!holdsFor(r.postExists, facts)) return 'NONE';
  return holdsFor(r.postBodyShown, facts) ? 'FULL' : 'TOMBSTONE';
}

export const canSeePost = (viewer: Actor | null, post: PostFacts): boolean => postAccess(viewer, post) !== 'NONE';

const THREAD_COLUMNS: ColumnMap = {
  'thread.state': 't.state',
  'thread.private': 't.private',
  'thread.authorId': 't.author_id',
  'thread.locale': 'b.locale',
};
const POST_COLUMNS: ColumnMap = { 'post.state': 'p.state', 'post.authorId': 'p.author_id', 'post.number': 'p.post_number' };

// Listings of one board (`t` joined with its board `b`): the board's language is known.
export function listedThreadsSql(viewer: Actor | null, locale: string, params: unknown[]): string {
  return toSql(simplify(rules(viewer).threadListed, { 'thread.locale': locale }), THREAD_COLUMNS, params);
}

// Posts of a thread already read (its facts known): only the post's own columns remain.
export function visiblePostsOfThreadSql(viewer: Actor | null, thread: ThreadFacts, params: unknown[]): string {
  return toSql(simplify(rules(viewer).postExists, threadFacts(thread)), POST_COLUMNS, params);
}

// Posts read in the same statement as their thread (`t`, board `b`): nothing known in advance.
export function visiblePostsSql(viewer: Actor | null, params: unknown[]): string {
  return toSql(rules(viewer).postExists, { ...THREAD_COLUMNS, ...POST_COLUMNS }, params);
}

// Search hits (posts `p` read with their thread `t` and board `b`, in one language): posts whose
// text this viewer may read, in threads a listing would show them.
export function searchablePostsSql(viewer: Actor | null, locale: string, params: unknown[]): string {
  const r = rules(viewer);
  return toSql(simplify(and(r.threadListed, r.postBodyShown), { 'thread.locale': locale }), { ...THREAD_COLUMNS, ...POST_COLUMNS }, params);
}
