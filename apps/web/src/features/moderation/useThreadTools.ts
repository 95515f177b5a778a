import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { getFragmentData, graphql } from '../../gql';

// The thread moderation mutations; each answer is the thread's new state, merged by its id.

export const ThreadToolsChangeFragment = graphql(`
  fragment ThreadToolsChange_thread on Thread {
    id
    locked
    pinned
    status
    board {
      id
      name
      locale
      topicKey
    }
  }
`);

export const LockThreadMutation = graphql(`
  mutation LockThread($threadId: ID!, $reason: String!) {
    lockThread(threadId: $threadId, reason: $reason) {
      ...ThreadToolsChange_thread
    }
  }
`);

export const UnlockThreadMutation = graphql(`
  mutation UnlockThread($threadId: ID!, $reason: String!) {
    unlockThread(threadId: $threadId, reason: $reason) {
      ...ThreadToolsChange_thread
    }
  }
`);

export const PinThreadMutation = graphql(`
  mutation PinThread($threadId: ID!, $pinned: Boolean!) {
    pinThread(threadId: $threadId, pinned: $pinned) {
      ...ThreadToolsChange_thread
    }
  }
`);

export const MoveThreadMutation = graphql(`
  mutation MoveThread($threadId: ID!, $boardId: ID!, $reason: String!) {
    moveThread(threadId: $threadId, boardId: $boardId, reason: $reason) {
      ...ThreadToolsChange_thread
    }
  }
`);

// A board's listing and count are read again the next time they are shown.
function forgetListing(cache: ApolloCache, boardId: string) {
  const id = cache.identify({ __typename: 'Board', id: boardId });
  cache.evict({ id, fieldName: 'threads' });
  cache.evict({ id, fieldName: 'threadCount' });
  cache.evict({ id, fieldName: 'lastActivityAt' });
}

// Lock or unlock: the thread (status, locked) merges by id; its board lists it with the new status.
export function useLockThread() {
  const [lock, locking] = useMutation(LockThreadMutation);
  const [unlock, unlocking] = useMutation(UnlockThreadMutation);
  const run = (threadId: string, locked: boolean, reason: string) =>
    locked ? lock({ variables: { threadId, reason } }) : unlock({ variables: { threadId, reason } });
  return { run, loading: locking.loading || unlocking.loading, error: locking.error ?? unlocking.error };
}

// Pin or unpin: pinned threads list first, so the board's listing is read again.
export function usePinThread(boardId: string) {
  const [mutate, state] = useMutation(PinThreadMutation, {
    update(cache) {
      forgetListing(cache, boardId);
      cache.gc();
    },
  });
  const run = (threadId: string, pinned: boolean) => mutate({ variables: { threadId, pinned } });
  return { run, ...state };
}

// Move: the thread's board changes (merged by id); both boards' listings are read again.
export function useMoveThread(fromBoardId: string) {
  const [mutate, state] = useMutation(MoveThreadMutation, {
    update(cache, { data }) {
      forgetListing(cache, fromBoardId);
      const to = getFragmentData(ThreadToolsChangeFragment, data?.moveThread)?.board.id;
      if (to) forgetListing(cache, to);
      cache.gc();
    },
  });
  const run = (threadId: string, boardId: string, reason: string) => mutate({ variables: { threadId, boardId, reason } });
  return { run, ...state };
}
