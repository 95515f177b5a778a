import type { ReactNode } from 'react';
import { act, renderHook } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../../lib/apollo/cache';
import { ThreadPageQuery } from '../../threads/ThreadPage';
import { CreatePostMutation, useCreatePost } from '../usePostMutations';

const author = { __typename: 'User', id: 'u1', handle: 'asker', displayName: 'Asker', badge: null };
const post = (id: string, number: number, state = 'VISIBLE') => ({
  __typename: 'Post',
  id,
  number,
  state,
  bodyHtml: `<p>post ${id}</p>`,
  removalReason: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  editedAt: null,
  isOfficialAnswer: false,
  body: `post ${id}`,
  revision: 1,
  viewerCan: { __typename: 'PostPermissions', edit: true },
  author,
});

function threadPage(replies: ReturnType<typeof post>[]) {
  return {
    thread: {
      __typename: 'Thread',
      id: 't1',
      title: 'Withdrawal pending',
      status: 'OPEN',
      private: false,
      locked: false,
      tags: [],
      board: { __typename: 'Board', id: 'b1', name: 'Deposits', topicKey: 'deposits' },
      viewerCan: { __typename: 'ThreadPermissions', reply: true },
      question: post('p1', 1),
      officialAnswer: null,
      replies: { __typename: 'PostConnection', edges: replies.map((node) => ({ __typename: 'PostEdge', cursor: `c${node.id}`, node })), pageInfo: { __typename: 'PageInfo', endCursor: 'cp2', hasNextPage: false } },
    },
  };
}

describe('useCreatePost', () => {
  it('appends the new reply (held ones too) to the cached thread page', async () => {
    const cache = createCache();
    cache.writeQuery({ query: ThreadPageQuery, variables: { id: 't1' }, data: threadPage([post('p2', 2)]) as never });
    const input = { threadId: 't1', body: 'Check the network status page', idempotencyKey: 'k1' };
    const mocks = [{ request: { query: CreatePostMutation, variables: { input } }, result: { data: { createPost: post('p3', 3, 'HELD') } } }];
    const wrapper = ({ children }: { children: ReactNode }) => (
      <MockedProvider mocks={mocks} cache={cache}>
        {children}
      </MockedProvider>
    );
    const { result } = renderHook(() => useCreatePost('t1'), { wrapper });

    await act(async () => {
      await result.current.run({ variables: { input } });
    });

    const page = cache.readQuery({ query: ThreadPageQuery, variables: { id: 't1' } });
    expect(page?.thread?.replies.edges.map((edge) => edge.node.id)).toEqual(['p2', 'p3']);
  });
});
