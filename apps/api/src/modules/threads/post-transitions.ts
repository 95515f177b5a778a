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
  | { kind: 'APPROVE' };

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
    case 'APPROVE':
      if (from === 'HELD' || from === 'VISIBLE') return { to: 'VISIBLE' };
      return { refused: 'errors.postNotAwaitingReview' };
  }
}

export interface ThreadEffects {
  replyCountDelta: number;
  // The question's state is the thread's: a held, hidden or removed question takes the thread with it.
  threadState?: ContentState;
  // An official answer that stops being visible is no longer the answer.
  unmarkOfficialAnswer: boolean;
}

export function threadEffects(post: { postNumber: number; isOfficialAnswer: boolean }, from: ContentState, to: ContentState): ThreadEffects {
  if (post.postNumber === 1) return { replyCountDelta: 0, threadState: to, unmarkOfficialAnswer: false };
  return {
    replyCountDelta: (to === 'VISIBLE' ? 1 : 0) - (from === 'VISIBLE' ? 1 : 0),
    unmarkOfficialAnswer: post.isOfficialAnswer && to !== 'VISIBLE',
  };
}
