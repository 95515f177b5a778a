import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

// The one place that declares how entities are keyed and how connections merge.
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          boards: { keyArgs: ['locale'] },
          staffQueue: relayStylePagination(['locales']),
          reviewQueue: relayStylePagination(['locales']),
          moderationLog: relayStylePagination(['actorId', 'targetId']),
          staffLookalikes: relayStylePagination(),
          scamRules: { keyArgs: ['kind'] },
          thread: { read: (existing, { args, toReference }) => existing ?? toReference({ __typename: 'Thread', id: args?.id }) },
        },
      },
      Board: { fields: { threads: relayStylePagination(['orderBy', 'tag']) } },
      Thread: { fields: { replies: relayStylePagination() } },
      // Not entities of their own: stored inside their parent.
      PostPermissions: { keyFields: false },
      ThreadPermissions: { keyFields: false },
      StaffBadge: { keyFields: false },
      ScamVerdict: { keyFields: false },
      ReviewItem: { keyFields: false },
      StaffLookalike: { keyFields: false },
    },
  });
}
