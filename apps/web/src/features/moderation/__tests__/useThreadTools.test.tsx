import { act, renderHook } from '@testing-library/react';
import { gql } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../../lib/apollo/cache';
import { apolloWrapper } from '../../../test/factories';
import { MoveThreadMutation, PinThreadMutation, useMoveThread, usePinThread } from '../useThreadTools';

const LISTING = gql`
  query Listing($id: ID!) {
    board(id: $id) {
      id
      threadCount
      threads(first: 20) {
        edges {
          cursor
          node {
            id
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`;
const board = (id: string, threads: string[]) => ({
  board: {
    __typename: 'Board',
    id,
    threadCount: threads.length,
    threads: {
      __typename: 'ThreadConnection',
      edges: threads.map((t) => ({ __typename: 'ThreadEdge', cursor: t, node: { __typename: 'Thread', id: t } })),
      pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
    },
  },
});
const changed = (boardId: string, pinned = false) => ({
  __typename: 'Thread',
  id: 't1',
  locked: false,
  pinned,
  status: 'OPEN',
  board: { __typename: 'Board', id: boardId, name: boardId, locale: boardId === 'zh' ? 'zh-CN' : 'en', topicKey: 'deposits' },
});
const cached = (cache: ReturnType<typeof createCache>, id: string) => cache.readQuery({ query: LISTING, variables: { id } });

describe('useMoveThread', () => {
  it('moves the thread to its new board and drops both boards’ listings, which are read again', async () => {
    const cache = createCache();
    cache.writeQuery({ query: LISTING, variables: { id: 'en' }, data: board('en', ['t1', 't2']) });
    cache.writeQuery({ query: LISTING, variables: { id: 'zh' }, data: board('zh', ['t3']) });
    cache.writeQuery({ query: LISTING, variables: { id: 'other' }, data: board('other', ['t4']) });
    const mocks = [
      {
        request: { query: MoveThreadMutation, variables: { threadId: 't1', boardId: 'zh', reason: 'Chinese' } },
        result: { data: { moveThread: changed('zh') } },
      },
    ];
    const { result } = renderHook(() => useMoveThread('en'), { wrapper: apolloWrapper(cache, mocks) });

    await act(async () => {
      await result.current.run('t1', 'zh', 'Chinese');
    });

    expect(cached(cache, 'en')).toBeNull();
    expect(cached(cache, 'zh')).toBeNull();
    expect(cached(cache, 'other')).not.toBeNull();
    expect(
      cache.readFragment<{ board: { id: string } }>({
        id: 'Thread:t1',
        fragment: gql`
          fragment B on Thread {
            board {
              id
            }
          }
        `,
      })?.board.id,
    ).toBe('zh');
  });
});

describe('usePinThread', () => {
  it('merges pinned into the thread and drops its board’s listing (pinned threads list first)', async () => {
    const cache = createCache();
    cache.writeQuery({ query: LISTING, variables: { id: 'en' }, data: board('en', ['t2', 't1']) });
    const mocks = [
      {
        request: { query: PinThreadMutation, variables: { threadId: 't1', pinned: true } },
        result: { data: { pinThread: changed('en', true) } },
      },
    ];
    const { result } = renderHook(() => usePinThread('en'), { wrapper: apolloWrapper(cache, mocks) });

    await act(async () => {
      await result.current.run('t1', true);
    });

    expect(cached(cache, 'en')).toBeNull();
    expect(
      cache.readFragment<{ pinned: boolean }>({
        id: 'Thread:t1',
        fragment: gql`
          fragment P on Thread {
            pinned
          }
        `,
      })?.pinned,
    ).toBe(true);
  });
});
