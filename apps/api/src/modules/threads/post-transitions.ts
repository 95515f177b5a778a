import type { ContentState } from '../posts/post.entity.js';

// Every way a post's state can change, and what each change does to its thread. Pure: the
// ContentStateService applies a transition under the thread's row lock, so the state it starts
// from is the one committed, never one read earlier.
export type PostTransition =
  // A new text, judged by the scam guard as VISIBLE or HELD.
  | { kind: 'EDIT'; scanned: 'VISIBLE' | 'HELD' }
  // The author takes their own post down (soft).
  | { kind: 'DELETE' }
  // Moderation.
  | { kind: 'HIDE' }
  | { kind: 'REMOVE' }
  | { kind: 'RESTORE' }
  | { kind: 'APPROVE' }
  // Undoing a purge: a post it removed goes back to the state it had before.
  | { kind: 'REINSTATE'; to: ContentState };

export type TransitionKind = PostTransition['kind'];

// `same`: nothing to change (a repeated delete); `refused`: the post is in a state where the
// transition makes no sense, with the message key the caller answers CONFLICT with.
export type TransitionOutcome = { to: ContentState } | { same: true } | { refused: string };

export function nextPostState(from: ContentState, transition: PostTransition): TransitionOutcome {
  switch (transition.kind) {
    case 'EDIT':
      if (from === 'REMOVED') return { refused: 'errors.postRemoved' };
      // A moderator's decision stands: an edit does not bring a hidden post back, and a held
      // post stays held until a moderator approves it, however clean the new text.
      if (from === 'HIDDEN' || from === 'HELD') return { to: from };
      return { to: transition.scanned };
    case 'DELETE':
      return from === 'REMOVED' ? { same: true } : { to: 'REMOVED' };
    case 'HIDE':
      if (from === 'REMOVED') return { refused: 'errors.postRemoved' };
      return from === 'HIDDEN' ? { same: true } : { to: 'HIDDEN' };
    case 'REMOVE':
      return from === 'REMOVED' ? { same: true } : { to: 'REMOVED' };
    case 'RESTORE':
      if (from === 'HELD') return { refused: 'errors.postHeldNeedsApproval' };
      return from === 'VISIBLE' ? { same: true } : { to: 'VISIBLE' };
    // "This post is fine": releases a held post, and one hidden (by reports or a moderator).
    case 'APPROVE':
      if (from === 'REMOVED') return { refused: 'errors.postNotAwaitingReview' };
      return { to: 'VISIBLE' };
    case 'REINSTATE':
      return from === 'REMOVED' ? { to: transition.to } : { refused: 'errors.postNotRemoved' };
  }
}

export interface ThreadEffects {
  replyCountDelta: number;
  // The question's state is the thread's: a held, hidden or removed question takes the thread with it.
  threadState?: ContentState;
  // An official answer that stops being visible is no longer the answer.
  unmarkOfficialAnswer: boolean;
}

export function threadEffects(
  post: { postNumber: number; isOfficialAnswer: boolean },
  from: ContentState,
  to: ContentState,
): ThreadEffects {
  if (post.postNumber === 1) return { replyCountDelta: 0, threadState: to, unmarkOfficialAnswer: false };
  return {
    replyCountDelta: (to === 'VISIBLE' ? 1 : 0) - (from === 'VISIBLE' ? 1 : 0),
    unmarkOfficialAnswer: post.isOfficialAnswer && to !== 'VISIBLE',
  };
}

export interface BulkPost {
  id: string;
  threadId: string;
  postNumber: number;
  state: ContentState;
  isOfficialAnswer: boolean;
}

export interface BulkOutcome {
  changes: { id: string; threadId: string; postNumber: number; from: ContentState; to: ContentState }[];
  // Per thread, the sum of what its posts' changes do to it.
  threads: Map<string, ThreadEffects>;
}

// The same rules applied to many posts at once (a purge and its undoing), so that a set-based
// write moves states and counters exactly as one transition at a time would. Posts the
// transition leaves as they are, or refuses, are left out.
export function bulkTransitions(posts: readonly BulkPost[], transitionOf: (post: BulkPost) => PostTransition): BulkOutcome {
  const outcome: BulkOutcome = { changes: [], threads: new Map() };
  for (const post of posts) {
    const next = nextPostState(post.state, transitionOf(post));
    if (!('to' in next) || next.to === post.state) continue;
    outcome.changes.push({ id: post.id, threadId: post.threadId, postNumber: post.postNumber, from: post.state, to: next.to });
    const effects = threadEffects(post, post.state, next.to);
    const sum = outcome.threads.get(post.threadId) ?? { replyCountDelta: 0, unmarkOfficialAnswer: false };
    outcome.threads.set(post.threadId, {
      replyCountDelta: sum.replyCountDelta + effects.replyCountDelta,
      threadState: effects.threadState ?? sum.threadState,
      unmarkOfficialAnswer: sum.unmarkOfficialAnswer || effects.unmarkOfficialAnswer,
    });
  }
  return outcome;
}
