import { act, renderHook, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../../lib/apollo/cache';
import { apiError } from '../../../lib/i18n/errorMessages';
import { apolloWrapper, post, threadPage } from '../../../test/factories';
import {
  MarkOfficialAnswerMutation,
  UnmarkOfficialAnswerMutation,
  useMarkOfficialAnswer,
  useUnmarkOfficialAnswer,
} from '../hooks/useOfficialAnswer';
import { ThreadPageQuery } from '../ThreadPage';

const answered = (postId: string | null, status: string) => ({
  __typename: 'Thread',
  id: 't1',
  status,
  officialAnswer: postId ? { __typename: 'Post', id: postId, isOfficialAnswer: true } : null,
});

function seed(officialAnswerId?: string) {
  const cache = createCache();
  cache.writeQuery({
    query: ThreadPageQuery,
    variables: { id: 't1' },
    data: threadPage([post('p2', 2, 'VISIBLE', officialAnswerId === 'p2'), post('p3', 3)], { officialAnswerId }) as never,
  });
  // With `optimistic`, what the page shows while the mutation is in flight.
  const read = (optimistic = false) => {
    const thread = cache.readQuery({ query: ThreadPageQuery, variables: { id: 't1' } }, optimistic)!.thread!;
    return {
      status: thread.status,
      answer: thread.officialAnswer?.id ?? null,
      marked: thread.replies.edges.filter((edge) => edge.node.isOfficialAnswer).map((edge) => edge.node.id),
    };
  };
  return { cache, read };
}

describe('useMarkOfficialAnswer', () => {
  it('puts the reply under the question at once, and keeps it there when the server agrees', async () => {
    const { cache, read } = seed();
    const mocks = [
      {
        request: { query: MarkOfficialAnswerMutation, variables: { postId: 'p3' } },
        result: () => ({ data: { markOfficialAnswer: answered('p3', 'ANSWERED') } }),
        delay: 20,
      },
    ];
    const { result } = renderHook(() => useMarkOfficialAnswer({ threadId: 't1', locked: false, currentAnswerId: null }), {
      wrapper: apolloWrapper(cache, mocks),
    });

    let done!: Promise<unknown>;
    act(() => {
      done = result.current.run('p3');
    });
    // Before the server has answered: shown, but not yet in the cache's own data.
    await waitFor(() => expect(read(true)).toEqual({ status: 'ANSWERED', answer: 'p3', marked: ['p3'] }));
    expect(read()).toEqual({ status: 'OPEN', answer: null, marked: [] });
    await act(async () => {
      await done;
    });
    expect(read()).toEqual({ status: 'ANSWERED', answer: 'p3', marked: ['p3'] });
  });

  it('takes the mark off the reply it replaces', async () => {
    const { cache, read } = seed('p2');
    const mocks = [
      {
        request: { query: MarkOfficialAnswerMutation, variables: { postId: 'p3' } },
        result: { data: { markOfficialAnswer: answered('p3', 'ANSWERED') } },
      },
    ];
    const { result } = renderHook(() => useMarkOfficialAnswer({ threadId: 't1', locked: false, currentAnswerId: 'p2' }), {
      wrapper: apolloWrapper(cache, mocks),
    });

    await act(async () => {
      await result.current.run('p3');
    });

    expect(read()).toEqual({ status: 'ANSWERED', answer: 'p3', marked: ['p3'] });
  });

  it('rolls back when the server refuses, and the hook holds the error', async () => {
    const { cache, read } = seed('p2');
    const refusal = { errors: [new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } })] };
    const mocks = [{ request: { query: MarkOfficialAnswerMutation, variables: { postId: 'p3' } }, result: refusal }];
    const { result } = renderHook(() => useMarkOfficialAnswer({ threadId: 't1', locked: false, currentAnswerId: 'p2' }), {
      wrapper: apolloWrapper(cache, mocks),
    });

    await act(async () => {
      await result.current.run('p3').catch(() => undefined);
    });

    expect(read()).toEqual({ status: 'ANSWERED', answer: 'p2', marked: ['p2'] });
    await waitFor(() => expect(apiError(result.current.error).code).toBe('FORBIDDEN'));
  });
});

describe('useUnmarkOfficialAnswer', () => {
  it('sends the official answer back among the replies and opens the thread', async () => {
    const { cache, read } = seed('p2');
    const mocks = [
      {
        request: { query: UnmarkOfficialAnswerMutation, variables: { threadId: 't1' } },
        result: { data: { unmarkOfficialAnswer: answered(null, 'OPEN') } },
      },
    ];
    const { result } = renderHook(() => useUnmarkOfficialAnswer({ threadId: 't1', locked: false, currentAnswerId: 'p2' }), {
      wrapper: apolloWrapper(cache, mocks),
    });

    await act(async () => {
      await result.current.run();
    });

    expect(read()).toEqual({ status: 'OPEN', answer: null, marked: [] });
  });

  it('keeps the mark when the server refuses', async () => {
    const { cache, read } = seed('p2');
    const mocks = [
      { request: { query: UnmarkOfficialAnswerMutation, variables: { threadId: 't1' } }, error: new TypeError('Failed to fetch') },
    ];
    const { result } = renderHook(() => useUnmarkOfficialAnswer({ threadId: 't1', locked: false, currentAnswerId: 'p2' }), {
      wrapper: apolloWrapper(cache, mocks),
    });

    await act(async () => {
      await result.current.run().catch(() => undefined);
    });

    expect(read()).toEqual({ status: 'ANSWERED', answer: 'p2', marked: ['p2'] });
    await waitFor(() => expect(apiError(result.current.error).code).toBe('NETWORK'));
  });
});
