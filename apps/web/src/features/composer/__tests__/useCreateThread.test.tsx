import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../../lib/apollo/cache';
import { apolloWrapper } from '../../../test/factories';
import { BoardsQuery } from '../../boards/HomePage';
import { CreateThreadMutation, useCreateThread } from '../usePostMutations';

const board = (id: string, threadCount: number) => ({
  __typename: 'Board',
  id,
  slug: id,
  topicKey: id,
  name: id,
  description: null,
  kind: 'QUESTIONS',
  locale: 'en',
  threadCount,
  lastActivityAt: '2026-12-01T10:00:00.000Z',
});

describe('useCreateThread', () => {
  it('drops the count and latest activity of the board it was posted in, and only that board’s', async () => {
    const cache = createCache();
    cache.writeQuery({ query: BoardsQuery, variables: { locale: 'en' }, data: { boards: [board('b1', 3), board('b2', 5)] } as never });
    const input = { boardId: 'b1', title: 'Deposit not credited', body: 'My USDT deposit is not credited yet.', idempotencyKey: 'k1' };
    const created = {
      __typename: 'Thread',
      id: 't9',
      board: { __typename: 'Board', id: 'b1' },
      question: { __typename: 'Post', id: 'p9', state: 'VISIBLE' },
    };
    const mocks = [{ request: { query: CreateThreadMutation, variables: { input } }, result: { data: { createThread: created } } }];
    const { result } = renderHook(() => useCreateThread(), { wrapper: apolloWrapper(cache, mocks) });

    await act(async () => {
      await result.current.run({ variables: { input } });
    });

    // The home page reads the boards again; the other board's figures are still cached.
    expect(cache.readQuery({ query: BoardsQuery, variables: { locale: 'en' } })).toBeNull();
    const snapshot = cache.extract() as Record<string, Record<string, unknown>>;
    expect(snapshot['Board:b1']).not.toHaveProperty('threadCount');
    expect(snapshot['Board:b2']).toMatchObject({ threadCount: 5 });
  });
});
