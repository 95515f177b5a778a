import { ReviewQueueQuery } from '../ReviewQueuePage';

// Review queue data shaped as the page reads it, for component and cache tests.
export const user = (id: string, handle: string) => ({
  __typename: 'User',
  id,
  handle,
  displayName: handle,
  createdAt: '2026-11-01T10:00:00.000Z',
  bannedUntil: null,
  roles: ['USER'],
  trustLevel: 1,
  moderationHistory: {
    __typename: 'UserModerationHistory',
    removedPosts: 2,
    hiddenPosts: 0,
    bans: 1,
    reportsUpheld: 0,
    reportsDismissed: 0,
  },
});

export function queueItem(
  postId: string,
  options: { title?: string; author?: ReturnType<typeof user>; guard?: boolean; reports?: string[]; body?: string; locale?: string } = {},
) {
  const author = options.author ?? user(`u-${postId}`, `author_${postId}`);
  return {
    __typename: 'ReviewItem',
    priority: 10,
    autoHidden: false,
    openedAt: '2026-12-01T10:00:00.000Z',
    verdict: options.guard
      ? {
          __typename: 'ScamVerdict',
          action: 'HOLD',
          score: 0.9,
          signals: [{ __typename: 'ScamSignal', kind: 'DOMAIN', message: 'A lookalike domain', evidence: 'okx-verify.com' }],
        }
      : null,
    reports: (options.reports ?? []).map((reason, index) => ({
      __typename: 'Report',
      id: `r-${postId}-${index}`,
      reason,
      note: null,
      createdAt: '2026-12-01T10:00:00.000Z',
      reporter: { __typename: 'User', id: `rep-${index}`, handle: `reporter${index}` },
    })),
    post: {
      __typename: 'Post',
      id: postId,
      number: 2,
      state: options.guard ? 'HELD' : 'VISIBLE',
      body: options.body ?? `Body of ${postId}: visit okx-verify.com`,
      createdAt: '2026-12-01T10:00:00.000Z',
      removalReason: null,
      thread: {
        __typename: 'Thread',
        id: `t-${postId}`,
        title: options.title ?? `Thread of ${postId}`,
        locked: false,
        board: { __typename: 'Board', id: 'b1', name: 'Deposits', locale: options.locale ?? 'en' },
        question: { __typename: 'Post', id: `q-${postId}`, body: 'The question' },
      },
      author,
    },
  };
}

export function queueData(items: ReturnType<typeof queueItem>[]) {
  return {
    me: { __typename: 'User', id: 'mod', roles: ['MODERATOR'], moderatorLocales: ['en'] },
    reviewQueue: {
      __typename: 'ReviewItemConnection',
      edges: items.map((node) => ({ __typename: 'ReviewItemEdge', cursor: `c-${node.post.id}`, node })),
      pageInfo: { __typename: 'PageInfo', endCursor: 'end', hasNextPage: false },
      totalCount: items.length,
    },
  };
}

export const queueRequest = { query: ReviewQueueQuery, variables: { locales: null } };
