import { describe, expect, it } from 'vitest';
import { CONTENT_STATES, type ContentState } from '../posts/post.entity.js';
import { bulkTransitions, nextPostState, threadEffects, type PostTransition } from './post-transitions.js';

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
  HIDDEN: ['HIDDEN', 'HIDDEN', 'REMOVED', 'same', 'REMOVED', 'VISIBLE', 'VISIBLE'],
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

  it('reinstates only a removed post, to the state it had before its removal', () => {
    expect(nextPostState('REMOVED', { kind: 'REINSTATE', to: 'HIDDEN' })).toEqual({ to: 'HIDDEN' });
    expect(nextPostState('REMOVED', { kind: 'REINSTATE', to: 'VISIBLE' })).toEqual({ to: 'VISIBLE' });
    for (const from of ['VISIBLE', 'HELD', 'HIDDEN'] as const)
      expect(nextPostState(from, { kind: 'REINSTATE', to: 'VISIBLE' })).toEqual({ refused: 'errors.postNotRemoved' });
  });

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
    expect(threadEffects({ postNumber: 3, isOfficialAnswer: false }, from, to)).toEqual({
      replyCountDelta: delta,
      unmarkOfficialAnswer: false,
    });
  });

  it('unmarks an official answer that stops being visible, and moves the thread with its question', () => {
    expect(threadEffects({ postNumber: 2, isOfficialAnswer: true }, 'VISIBLE', 'HIDDEN').unmarkOfficialAnswer).toBe(true);
    expect(threadEffects({ postNumber: 2, isOfficialAnswer: true }, 'HIDDEN', 'VISIBLE').unmarkOfficialAnswer).toBe(false);
    expect(threadEffects({ postNumber: 1, isOfficialAnswer: false }, 'VISIBLE', 'REMOVED')).toEqual({
      replyCountDelta: 0,
      threadState: 'REMOVED',
      unmarkOfficialAnswer: false,
    });
  });
});

describe('bulk transitions', () => {
  const post = (id: string, threadId: string, postNumber: number, state: ContentState, isOfficialAnswer = false) => ({
    id,
    threadId,
    postNumber,
    state,
    isOfficialAnswer,
  });

  it('moves each thread by the sum of its posts’ changes, as one transition at a time would', () => {
    const posts = [
      post('q', 't1', 1, 'VISIBLE'),
      post('r1', 't1', 2, 'VISIBLE', true),
      post('r2', 't1', 3, 'HIDDEN'),
      post('r3', 't2', 4, 'VISIBLE'),
      post('gone', 't2', 5, 'REMOVED'),
    ];
    const { changes, threads } = bulkTransitions(posts, () => ({ kind: 'REMOVE' }));
    expect(changes.map((c) => `${c.id}:${c.from}>${c.to}`)).toEqual([
      'q:VISIBLE>REMOVED',
      'r1:VISIBLE>REMOVED',
      'r2:HIDDEN>REMOVED',
      'r3:VISIBLE>REMOVED',
    ]);
    expect(threads.get('t1')).toEqual({ replyCountDelta: -1, threadState: 'REMOVED', unmarkOfficialAnswer: true });
    expect(threads.get('t2')).toEqual({ replyCountDelta: -1, threadState: undefined, unmarkOfficialAnswer: false });
  });

  it('undoes a removal to each post’s earlier state, counting only those that become visible', () => {
    const earlier: Record<string, ContentState> = { q: 'VISIBLE', r1: 'HIDDEN', r2: 'VISIBLE' };
    const posts = [post('q', 't1', 1, 'REMOVED'), post('r1', 't1', 2, 'REMOVED'), post('r2', 't1', 3, 'REMOVED')];
    const { threads } = bulkTransitions(posts, (p) => ({ kind: 'REINSTATE', to: earlier[p.id] }));
    expect(threads.get('t1')).toEqual({ replyCountDelta: 1, threadState: 'VISIBLE', unmarkOfficialAnswer: false });
  });
});
