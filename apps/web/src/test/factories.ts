import type { ReactNode } from 'react';
import { createElement } from 'react';
import type { InMemoryCache } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';

// Data shaped as the thread page reads it, for cache tests of the hooks that change it.
const author = { __typename: 'User', id: 'u1', handle: 'asker', displayName: 'Asker', badge: null };

export const post = (id: string, number: number, state = 'VISIBLE', isOfficialAnswer = false) => ({
  __typename: 'Post',
  id,
  number,
  state,
  bodyHtml: `<p>post ${id}</p>`,
  removalReason: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  editedAt: null,
  isOfficialAnswer,
  body: `post ${id}`,
  revision: 1,
  viewerCan: { __typename: 'PostPermissions', edit: true, markOfficial: number > 1 && !isOfficialAnswer, moderate: false },
  author,
});

export function threadPage(replies: ReturnType<typeof post>[], options: { officialAnswerId?: string; status?: string } = {}) {
  const officialAnswer = replies.find((reply) => reply.id === options.officialAnswerId) ?? null;
  return {
    thread: {
      __typename: 'Thread',
      id: 't1',
      title: 'Withdrawal pending',
      status: options.status ?? (officialAnswer ? 'ANSWERED' : 'OPEN'),
      private: false,
      locked: false,
      tags: [],
      board: { __typename: 'Board', id: 'b1', name: 'Deposits', topicKey: 'deposits' },
      viewerCan: { __typename: 'ThreadPermissions', reply: true, markOfficial: true, moderate: false },
      question: post('p1', 1),
      officialAnswer,
      replies: {
        __typename: 'PostConnection',
        edges: replies.map((node) => ({ __typename: 'PostEdge', cursor: `c${node.id}`, node })),
        pageInfo: { __typename: 'PageInfo', endCursor: 'cp2', hasNextPage: false },
      },
    },
  };
}

// A wrapper for renderHook: the hooks run against this cache and these mocked answers.
export const apolloWrapper =
  (cache: InMemoryCache, mocks: MockLink.MockedResponse[]) =>
  ({ children }: { children: ReactNode }) =>
    createElement(MockedProvider, { mocks, cache }, children);
