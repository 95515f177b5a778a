import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const CreateThreadMutation = graphql(`
  mutation CreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      id
      board {
        id
      }
      question {
        id
        state
      }
    }
  }
`);

export const CreatePostMutation = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
      state
      isOfficialAnswer
      body
      revision
      viewerCan {
        edit
        markOfficial
        moderate
      }
      ...PostCard_post
    }
  }
`);

// A new thread: the board's thread lists, its count and latest activity are stale, so they are
// dropped from the cache and read again when shown.
export function useCreateThread() {
  const [mutate, { loading, error }] = useMutation(CreateThreadMutation, {
    update(cache, { data }) {
      const boardId = data?.createThread.board.id;
      if (!boardId) return;
      const id = cache.identify({ __typename: 'Board', id: boardId });
      for (const fieldName of ['threads', 'threadCount', 'lastActivityAt']) cache.evict({ id, fieldName });
    },
  });
  return { run: mutate, loading, error };
}

// A reply is appended to its thread's replies; the counters come with the next read.
export function useCreatePost(threadId: string) {
  const [mutate, { loading, error }] = useMutation(CreatePostMutation, {
    update(cache, { data }) {
      const post = data?.createPost;
      if (!post) return;
      const threadRef = cache.identify({ __typename: 'Thread', id: threadId });
      cache.modify({
        id: threadRef,
        fields: {
          replies(existing, { toReference, isReference }) {
            if (!existing || isReference(existing)) return existing;
            const connection = existing as { edges: unknown[] };
            return {
              ...connection,
              edges: [
                ...connection.edges,
                { __typename: 'PostEdge', cursor: `new:${post.id}`, node: toReference({ __typename: 'Post', id: post.id }) },
              ],
            };
          },
          replyCount: (count: number) => count + 1,
        },
      });
    },
  });
  return { run: mutate, loading, error };
}
