import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { getFragmentData, graphql, makeFragmentData, type FragmentType } from '../../../gql';

// What either change does to the thread; the page reads the answer's other fields from the reply
// already in the cache.
export const OfficialAnswerChangeFragment = graphql(`
  fragment OfficialAnswerChange_thread on Thread {
    __typename
    id
    status
    officialAnswer {
      __typename
      id
      isOfficialAnswer
    }
  }
`);

export const MarkOfficialAnswerMutation = graphql(`
  mutation MarkOfficialAnswer($postId: ID!) {
    markOfficialAnswer(postId: $postId) {
      ...OfficialAnswerChange_thread
    }
  }
`);

export const UnmarkOfficialAnswerMutation = graphql(`
  mutation UnmarkOfficialAnswer($threadId: ID!) {
    unmarkOfficialAnswer(threadId: $threadId) {
      ...OfficialAnswerChange_thread
    }
  }
`);

const change = (threadId: string, status: 'ANSWERED' | 'OPEN' | 'LOCKED', answerId: string | null) =>
  makeFragmentData(
    {
      __typename: 'Thread',
      id: threadId,
      status,
      officialAnswer: answerId ? { __typename: 'Post', id: answerId, isOfficialAnswer: true } : null,
    },
    OfficialAnswerChangeFragment,
  );
const answerOf = (data: FragmentType<typeof OfficialAnswerChangeFragment> | undefined) =>
  getFragmentData(OfficialAnswerChangeFragment, data)?.officialAnswer?.id ?? null;

interface ThreadState {
  threadId: string;
  locked: boolean;
  // The reply marked now, if any: it loses its mark when another one is chosen or it is unmarked.
  currentAnswerId: string | null;
}

// The reply that was the official answer goes back among the replies. The same update runs for
// the optimistic answer, so a refused change rolls back with it.
function demotePrevious(cache: ApolloCache, previousId: string | null, nextId: string | null) {
  if (!previousId || previousId === nextId) return;
  cache.modify({ id: cache.identify({ __typename: 'Post', id: previousId }), fields: { isOfficialAnswer: () => false } });
}

// Mark a reply: the thread shows it under the question at once, answered; on error it returns to
// the replies and the error is the hook's.
export function useMarkOfficialAnswer({ threadId, currentAnswerId }: ThreadState) {
  const [mutate, { loading, error, reset }] = useMutation(MarkOfficialAnswerMutation, {
    update(cache, { data }) {
      demotePrevious(cache, currentAnswerId, answerOf(data?.markOfficialAnswer));
    },
  });
  const run = (postId: string) =>
    mutate({
      variables: { postId },
      optimisticResponse: { markOfficialAnswer: change(threadId, 'ANSWERED', postId) },
    });
  return { run, loading, error, reset };
}

// Take the mark off: the thread is open again (or still locked) and the reply is one of the others.
export function useUnmarkOfficialAnswer({ threadId, locked, currentAnswerId }: ThreadState) {
  const [mutate, { loading, error, reset }] = useMutation(UnmarkOfficialAnswerMutation, {
    update(cache, { data }) {
      demotePrevious(cache, currentAnswerId, answerOf(data?.unmarkOfficialAnswer));
    },
  });
  const run = () =>
    mutate({
      variables: { threadId },
      optimisticResponse: { unmarkOfficialAnswer: change(threadId, locked ? 'LOCKED' : 'OPEN', null) },
    });
  return { run, loading, error, reset };
}
