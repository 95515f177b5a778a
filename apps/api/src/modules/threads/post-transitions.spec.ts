import { describe, expect, it } from 'vitest';
import { CONTENT_STATES, type ContentState } from '../posts/post.entity.js';
import { nextPostState, threadEffects, type PostTransition } from './post-transitions.js';

const TRANSITIONS: PostTransition[] = [
  { kind: 'EDIT', scanned: 'VISIBLE' },
  { kind: 'EDIT', scanned: 'HELD' },
  { kind: 'DELETE' },
  { kind: 'HIDE' },
  { kind: 'REMOVE' },
  { kind: 'RESTORE' },
  { kind: 'APPROVE' },
];

// from → transition → outcome, every pair written out: the table is the specification.
const EXPECTED: Record<ContentState, string[]> = {
  VISIBLE: ['VISIBLE', 'HELD', 'REMOVED', 'HIDDEN', 'REMOVED', 'same', 'VISIBLE'],
  HELD: ['HELD', 'HELD', 'REMOVED', 'HIDDEN', 'REMOVED', 'refused', 'VISIBLE'],
  HIDDEN: ['HIDDEN', 'HIDDEN', 'REMOVED', 'same', 'REMOVED', 'VISIBLE', 'refused'],
  REMOVED: ['refused', 'refused', 'same', 'refused', 'same', 'VISIBLE', 'refused'],
};

describe('post transitions', () => {
  it.each(CONTENT_STATES.flatMap((from) => TRANSITIONS.map((transition, i) => [from, transition, EXPECTED[from][i]] as const)))(
    'from %s, %o gives %s',
    (from, transition, expected) => {
      const outcome = nextPostState(from, transition);
      const got = 'to' in outcome ? outcome.to : 'same' in outcome ? 'same' : 'refused';
      expect(got).toBe(expected);
    },
  );

  it('keeps a held post held through a clean edit, and a hidden one hidden', () => {
    expect(nextPostState('HELD', { kind: 'EDIT', scanned: 'VISIBLE' })).toEqual({ to: 'HELD' });
    expect(nextPostState('HIDDEN', { kind: 'EDIT', scanned: 'VISIBLE' })).toEqual({ to: 'HIDDEN' });
  });

  it.each<[ContentState, ContentState, number]>([
    ['VISIBLE', 'REMOVED', -1],
    ['VISIBLE', 'HIDDEN', -1],
    ['VISIBLE', 'HELD', -1],
    ['HELD', 'VISIBLE', 1],
    ['HIDDEN', 'VISIBLE', 1],
    ['REMOVED', 'VISIBLE', 1],
    ['HELD', 'REMOVED', 0],
    ['HIDDEN', 'REMOVED', 0],
  ])('a reply going from %s to %s moves the reply count by %i', (from, to, delta) => {
    expect(threadEffects({ postNumber: 3, isOfficialAnswer: false }, from, to)).toEqual({ replyCountDelta: delta, unmarkOfficialAnswer: false });
  });

  it('unmarks an official answer that stops being visible, and moves the thread with its question', () => {
    expect(threadEffects({ postNumber: 2, isOfficialAnswer: true }, 'VISIBLE', 'HIDDEN').unmarkOfficialAnswer).toBe(true);
    expect(threadEffects({ postNumber: 2, isOfficialAnswer: true }, 'HIDDEN', 'VISIBLE').unmarkOfficialAnswer).toBe(false);
    expect(threadEffects({ postNumber: 1, isOfficialAnswer: false }, 'VISIBLE', 'REMOVED')).toEqual({ replyCountDelta: 0, threadState: 'REMOVED', unmarkOfficialAnswer: false });
  });
});
