import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../../lib/apollo/cache';
import { apolloWrapper } from '../../../test/factories';
import { ReviewQueueQuery } from '../ReviewQueuePage';
import {
  BanUserMutation,
  ModeratePostMutation,
  PurgeUserContentMutation,
  useBanUser,
  useModeratePost,
  usePurgeUserContent,
} from '../useModerationMutations';
import { queueData, queueItem, queueRequest, user } from './queueData';

function seed(items: ReturnType<typeof queueItem>[]) {
  const cache = createCache();
  cache.writeQuery({ ...queueRequest, data: queueData(items) as never });
  const read = () => {
    const data = cache.readQuery(queueRequest)!;
    return { ids: data.reviewQueue.edges.map((edge) => edge.node.post.id), total: data.reviewQueue.totalCount };
  };
  return { cache, read };
}

const moderated = (id: string, state: string) => ({
  data: { moderatePost: { __typename: 'Post', id, state, removalReason: state === 'REMOVED' ? 'Scam' : null, bodyHtml: null } },
});

describe('useModeratePost', () => {
  it('takes a decided item off the queue, so the next one is first', async () => {
    const { cache, read } = seed([queueItem('p1'), queueItem('p2'), queueItem('p3')]);
    const mocks = [
      {
        request: { query: ModeratePostMutation, variables: { input: { postId: 'p1', action: 'REMOVE', reason: 'Scam' } } },
        result: moderated('p1', 'REMOVED'),
      },
    ];
    const { result } = renderHook(() => useModeratePost(), { wrapper: apolloWrapper(cache, mocks) });

    await act(async () => {
      await result.current.run('p1', 'REMOVE', 'Scam');
    });

    expect(read()).toEqual({ ids: ['p2', 'p3'], total: 2 });
  });

  it('leaves the queue as it is for a restore', async () => {
    const { cache, read } = seed([queueItem('p1'), queueItem('p2')]);
    const mocks = [
      {
        request: { query: ModeratePostMutation, variables: { input: { postId: 'p1', action: 'RESTORE', reason: 'Undone' } } },
        result: moderated('p1', 'VISIBLE'),
      },
    ];
    const { result } = renderHook(() => useModeratePost(), { wrapper: apolloWrapper(cache, mocks) });

    await act(async () => {
      await result.current.run('p1', 'RESTORE', 'Undone');
    });

    expect(read()).toEqual({ ids: ['p1', 'p2'], total: 2 });
  });
});

describe('usePurgeUserContent', () => {
  it('takes every item of the purged author off the queue, and keeps the others', async () => {
    const scammer = user('u-scam', 'helpdesk');
    const { cache, read } = seed([queueItem('p1', { author: scammer }), queueItem('p2'), queueItem('p3', { author: scammer })]);
    const mocks = [
      {
        request: { query: PurgeUserContentMutation, variables: { userId: 'u-scam', reason: 'Scam', ban: true, banUntil: null } },
        result: {
          data: {
            purgeUserContent: {
              __typename: 'PurgeResult',
              postsRemoved: 2,
              threadsRemoved: 0,
              user: { __typename: 'User', id: 'u-scam', bannedUntil: '9999-12-31T00:00:00.000Z' },
            },
          },
        },
      },
    ];
    const { result } = renderHook(() => usePurgeUserContent(), { wrapper: apolloWrapper(cache, mocks) });

    await act(async () => {
      await result.current.run('u-scam', 'Scam', true, null);
    });

    expect(read()).toEqual({ ids: ['p2'], total: 1 });
  });
});

describe('useBanUser', () => {
  it('shows the ban on every item of the author, which stay to be decided', async () => {
    const scammer = user('u-scam', 'helpdesk');
    const { cache, read } = seed([queueItem('p1', { author: scammer }), queueItem('p2', { author: scammer })]);
    const until = '2026-12-08T10:00:00.000Z';
    const mocks = [
      {
        request: { query: BanUserMutation, variables: { input: { userId: 'u-scam', reason: 'Scam', until } } },
        result: { data: { banUser: { __typename: 'User', id: 'u-scam', bannedUntil: until } } },
      },
    ];
    const { result } = renderHook(() => useBanUser(), { wrapper: apolloWrapper(cache, mocks) });

    await act(async () => {
      await result.current.run('u-scam', 'Scam', until);
    });

    expect(read()).toEqual({ ids: ['p1', 'p2'], total: 2 });
    expect(
      cache
        .readQuery({ query: ReviewQueueQuery, variables: { locales: null } })!
        .reviewQueue.edges.map((edge) => edge.node.post.author.bannedUntil),
    ).toEqual([until, until]);
  });
});
