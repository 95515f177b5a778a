import { act, renderHook } from '@testing-library/react';
import { gql } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../../lib/apollo/cache';
import { apolloWrapper } from '../../../test/factories';
import {
  AddScamRuleMutation,
  DismissStaffLookalikeMutation,
  GrantStaffBadgeMutation,
  RemoveScamRuleMutation,
  useAddScamRule,
  useDismissStaffLookalike,
  useGrantStaffBadge,
  useRemoveScamRule,
} from '../useAdminMutations';

const rule = (id: string, kind: string, pattern: string) => ({
  __typename: 'ScamRule',
  id,
  kind,
  pattern,
  action: kind === 'ALLOWED_DOMAIN' ? 'ALLOW' : 'BLOCK',
  locale: null,
  createdAt: '2026-12-01T10:00:00.000Z',
});
const RULES = gql`
  query Rules($kind: ScamRuleKind) {
    scamRules(kind: $kind) {
      id
      kind
      pattern
      action
      locale
      createdAt
    }
  }
`;
const patterns = (cache: ReturnType<typeof createCache>, kind: string | null) =>
  (cache.readQuery<{ scamRules: { pattern: string }[] }>({ query: RULES, variables: { kind } })?.scamRules ?? []).map((r) => r.pattern);

describe('useAddScamRule / useRemoveScamRule', () => {
  it('adds the rule to the list of all rules and of its kind, not to the lists of other kinds; removal takes it off every list', async () => {
    const cache = createCache();
    cache.writeQuery({ query: RULES, variables: { kind: null }, data: { scamRules: [rule('r1', 'ALLOWED_DOMAIN', 'okx.com')] } });
    cache.writeQuery({ query: RULES, variables: { kind: 'DENIED_DOMAIN' }, data: { scamRules: [] } });
    cache.writeQuery({
      query: RULES,
      variables: { kind: 'ALLOWED_DOMAIN' },
      data: { scamRules: [rule('r1', 'ALLOWED_DOMAIN', 'okx.com')] },
    });
    const input = { kind: 'DENIED_DOMAIN' as const, action: 'BLOCK' as const, pattern: 'okx-bonus.net', locale: null };
    const mocks = [
      {
        request: { query: AddScamRuleMutation, variables: { input } },
        result: { data: { addScamRule: rule('r2', 'DENIED_DOMAIN', 'okx-bonus.net') } },
      },
      { request: { query: RemoveScamRuleMutation, variables: { id: 'r2' } }, result: { data: { removeScamRule: true } } },
    ];
    const { result } = renderHook(() => ({ add: useAddScamRule(), remove: useRemoveScamRule() }), { wrapper: apolloWrapper(cache, mocks) });

    await act(async () => {
      await result.current.add.run(input);
    });
    expect(patterns(cache, null)).toEqual(['okx.com', 'okx-bonus.net']);
    expect(patterns(cache, 'DENIED_DOMAIN')).toEqual(['okx-bonus.net']);
    expect(patterns(cache, 'ALLOWED_DOMAIN')).toEqual(['okx.com']);

    await act(async () => {
      await result.current.remove.run('r2');
    });
    expect(patterns(cache, null)).toEqual(['okx.com']);
    expect(patterns(cache, 'DENIED_DOMAIN')).toEqual([]);
  });
});

const LOOKALIKES = gql`
  query Lookalikes {
    staffLookalikes(first: 20) {
      edges {
        cursor
        node {
          field
          name
          user {
            id
          }
          imitates {
            id
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`;

describe('useDismissStaffLookalike', () => {
  it('takes the finding of this account and staff member off the list, and no other', async () => {
    const cache = createCache();
    const finding = (userId: string, staffId: string) => ({
      __typename: 'StaffLookalikeEdge',
      cursor: `${userId}-${staffId}`,
      node: {
        __typename: 'StaffLookalike',
        field: 'handle',
        name: userId,
        user: { __typename: 'User', id: userId },
        imitates: { __typename: 'User', id: staffId },
      },
    });
    cache.writeQuery({
      query: LOOKALIKES,
      data: {
        staffLookalikes: {
          __typename: 'StaffLookalikeConnection',
          edges: [finding('u1', 's1'), finding('u1', 's2'), finding('u2', 's1')],
          pageInfo: { __typename: 'PageInfo', endCursor: 'u2-s1', hasNextPage: false },
          totalCount: 3,
        },
      },
    });
    const mocks = [
      {
        request: { query: DismissStaffLookalikeMutation, variables: { userId: 'u1', staffId: 's1', reason: 'A real name' } },
        result: { data: { dismissStaffLookalike: true } },
      },
    ];
    const { result } = renderHook(() => useDismissStaffLookalike(), { wrapper: apolloWrapper(cache, mocks) });

    await act(async () => {
      await result.current.run('u1', 's1', 'A real name');
    });

    const left = cache.readQuery<{ staffLookalikes: { edges: { cursor: string }[]; totalCount: number } }>({
      query: LOOKALIKES,
    })!.staffLookalikes;
    expect(left.edges.map((edge) => edge.cursor)).toEqual(['u1-s2', 'u2-s1']);
    expect(left.totalCount).toBe(2);
  });
});

describe('useGrantStaffBadge', () => {
  it('merges the badge and roles into the account by id', async () => {
    const cache = createCache();
    const USER = gql`
      query U {
        user(handle: "lena") {
          id
          roles
          badge {
            title
          }
        }
      }
    `;
    cache.writeQuery({ query: USER, data: { user: { __typename: 'User', id: 'u1', roles: ['USER'], badge: null } } });
    const input = { userId: 'u1', title: 'Official support', team: 'Security', locales: ['en'] };
    const granted = {
      __typename: 'User',
      id: 'u1',
      handle: 'lena',
      displayName: 'Lena',
      roles: ['USER', 'STAFF'],
      moderatorLocales: [],
      bannedUntil: null,
      createdAt: '2026-11-01T00:00:00.000Z',
      badge: {
        __typename: 'StaffBadge',
        title: 'Official support',
        team: 'Security',
        locales: ['en'],
        grantedAt: '2026-12-01T00:00:00.000Z',
      },
    };
    const mocks = [{ request: { query: GrantStaffBadgeMutation, variables: { input } }, result: { data: { grantStaffBadge: granted } } }];
    const { result } = renderHook(() => useGrantStaffBadge(), { wrapper: apolloWrapper(cache, mocks) });

    await act(async () => {
      await result.current.run(input);
    });

    expect(cache.readQuery<{ user: { roles: string[]; badge: { title: string } } }>({ query: USER })!.user).toMatchObject({
      roles: ['USER', 'STAFF'],
      badge: { title: 'Official support' },
    });
  });
});
