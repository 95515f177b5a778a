import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../../lib/apollo/cache';
import { apolloWrapper, post, threadPage } from '../../../test/factories';
import { ThreadPageQuery } from '../../threads/ThreadPage';
import { CreatePostMutation, useCreatePost } from '../usePostMutations';

describe('useCreatePost', () => {
  it('appends the new reply (held ones too) to the cached thread page', async () => {
    const cache = createCache();
    cache.writeQuery({ query: ThreadPageQuery, variables: { id: 't1' }, data: threadPage([post('p2', 2)]) as never });
    const input = { threadId: 't1', body: 'Check the network status page', idempotencyKey: 'k1' };
    const mocks = [
      { request: { query: CreatePostMutation, variables: { input } }, result: { data: { createPost: post('p3', 3, 'HELD') } } },
    ];
    const { result } = renderHook(() => useCreatePost('t1'), { wrapper: apolloWrapper(cache, mocks) });

    await act(async () => {
      await result.current.run({ variables: { input } });
    });

    const page = cache.readQuery({ query: ThreadPageQuery, variables: { id: 't1' } });
    expect(page?.thread?.replies.edges.map((edge) => edge.node.id)).toEqual(['p2', 'p3']);
  });
});
