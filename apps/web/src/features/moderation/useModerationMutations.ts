import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ModerationActionKind } from '../../gql/graphql';

// One hook per moderation mutation; each owns what its answer changes in the cache.

export const ModeratePostMutation = graphql(`
  mutation ModeratePost($input: ModeratePostInput!) {
    moderatePost(input: $input) {
      id
      state
      removalReason
      bodyHtml
    }
  }
`);

export const BanUserMutation = graphql(`
  mutation BanUser($input: BanUserInput!) {
    banUser(input: $input) {
      id
      bannedUntil
    }
  }
`);

export const UnbanUserMutation = graphql(`
  mutation UnbanUser($userId: ID!, $reason: String!) {
    unbanUser(userId: $userId, reason: $reason) {
      id
      bannedUntil
    }
  }
`);

export const PurgeUserContentMutation = graphql(`
  mutation PurgeUserContent($userId: ID!, $reason: String!, $ban: Boolean, $banUntil: DateTime) {
    purgeUserContent(userId: $userId, reason: $reason, ban: $ban, banUntil: $banUntil) {
      postsRemoved
      threadsRemoved
      user {
        id
        bannedUntil
      }
    }
  }
`);

export const RestoreUserContentMutation = graphql(`
  mutation RestoreUserContent($userId: ID!, $reason: String!) {
    restoreUserContent(userId: $userId, reason: $reason) {
      postsRemoved
      threadsRemoved
      user {
        id
        bannedUntil
      }
    }
  }
`);

type Ref = { __ref: string };
type QueueConnection = { edges?: readonly { node: Ref }[]; nodes?: readonly Ref[]; totalCount?: number };

// Take items off every loaded page of the review queue (whatever its languages), so the next item
// shows at once. An item is kept inside its connection (it has no id of its own): it is matched
// by its post's reference.
export function dropFromQueue(cache: ApolloCache, keep: (postRef: string) => boolean) {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      reviewQueue(value, { readField }) {
        const existing = value as QueueConnection;
        const stays = (node: Ref) => {
          const post = readField<Ref>('post', node);
          return post ? keep(post.__ref) : true;
        };
        const edges = existing.edges?.filter((edge) => stays(edge.node));
        const removed = (existing.edges?.length ?? 0) - (edges?.length ?? 0);
        return {
          ...existing,
          ...(edges ? { edges } : {}),
          ...(existing.nodes ? { nodes: existing.nodes.filter(stays) } : {}),
          ...(typeof existing.totalCount === 'number' ? { totalCount: Math.max(0, existing.totalCount - removed) } : {}),
        } as typeof value;
      },
    },
  });
}

// The items of these authors' posts (after a purge every one of their posts has been decided).
function dropAuthorFromQueue(cache: ApolloCache, userId: string) {
  dropFromQueue(cache, (postRef) => cache.readFragment({ id: postRef, fragment: AuthorRefFragment })?.author.id !== userId);
}

const AuthorRefFragment = graphql(`
  fragment ModerationAuthorRef on Post {
    author {
      id
    }
  }
`);

// APPROVE / HIDE / REMOVE / RESTORE: the post's new state is merged by its id; a decision
// (anything but RESTORE) also takes its item off the queue.
export function useModeratePost() {
  const [mutate, state] = useMutation(ModeratePostMutation, {
    update(cache, { data }, { variables }) {
      const post = data?.moderatePost;
      if (!post || variables?.input.action === 'RESTORE') return;
      const ref = cache.identify({ __typename: 'Post', id: post.id });
      dropFromQueue(cache, (postRef) => postRef !== ref);
    },
  });
  const run = (postId: string, action: ModerationActionKind, reason: string) =>
    mutate({ variables: { input: { postId, action, reason } } });
  return { run, ...state };
}

// The account's ban is merged into its User by id; its queued posts stay to be decided one by one.
export function useBanUser() {
  const [mutate, state] = useMutation(BanUserMutation);
  const run = (userId: string, reason: string, until: string | null) => mutate({ variables: { input: { userId, reason, until } } });
  return { run, ...state };
}

export function useUnbanUser() {
  const [mutate, state] = useMutation(UnbanUserMutation);
  const run = (userId: string, reason: string) => mutate({ variables: { userId, reason } });
  return { run, ...state };
}

// Purge: every post of the account is removed, so its items leave the queue and every post of it
// in the cache shows the tombstone after a refetch of the pages that show them.
export function usePurgeUserContent() {
  const [mutate, state] = useMutation(PurgeUserContentMutation, {
    update(cache, { data }) {
      const user = data?.purgeUserContent.user;
      if (user) dropAuthorFromQueue(cache, user.id);
    },
    refetchQueries: ['ThreadPage'],
  });
  const run = (userId: string, reason: string, ban: boolean, banUntil: string | null) =>
    mutate({ variables: { userId, reason, ban, banUntil } });
  return { run, ...state };
}

// Undo a purge: the posts are back as they were, the queue is read again (restored posts that
// were waiting come back to it).
export function useRestoreUserContent() {
  const [mutate, state] = useMutation(RestoreUserContentMutation, { refetchQueries: ['ReviewQueue', 'ThreadPage'] });
  const run = (userId: string, reason: string) => mutate({ variables: { userId, reason } });
  return { run, ...state };
}
