import { useMutation } from '@apollo/client/react';
import { getFragmentData, graphql } from '../../gql';
import type { AddScamRuleInput, CreateBoardInput, GrantStaffBadgeInput, Role } from '../../gql/graphql';

// One hook per admin mutation; each owns what its answer changes in the cache.

export const AdminUserFragment = graphql(`
  fragment AdminUser_user on User {
    id
    handle
    displayName
    roles
    moderatorLocales
    bannedUntil
    createdAt
    badge {
      title
      team
      locales
      grantedAt
    }
  }
`);

export const SetRolesMutation = graphql(`
  mutation SetRoles($input: SetRolesInput!) {
    setRoles(input: $input) {
      ...AdminUser_user
    }
  }
`);

export const GrantStaffBadgeMutation = graphql(`
  mutation GrantStaffBadge($input: GrantStaffBadgeInput!) {
    grantStaffBadge(input: $input) {
      ...AdminUser_user
    }
  }
`);

export const RevokeStaffBadgeMutation = graphql(`
  mutation RevokeStaffBadge($userId: ID!, $reason: String!) {
    revokeStaffBadge(userId: $userId, reason: $reason) {
      ...AdminUser_user
    }
  }
`);

export const ScamRuleFragment = graphql(`
  fragment ScamRuleRow_rule on ScamRule {
    id
    kind
    pattern
    action
    locale
    createdAt
  }
`);

export const AddScamRuleMutation = graphql(`
  mutation AddScamRule($input: AddScamRuleInput!) {
    addScamRule(input: $input) {
      ...ScamRuleRow_rule
    }
  }
`);

export const RemoveScamRuleMutation = graphql(`
  mutation RemoveScamRule($id: ID!) {
    removeScamRule(id: $id)
  }
`);

export const CreateBoardMutation = graphql(`
  mutation CreateBoard($input: CreateBoardInput!) {
    createBoard(input: $input) {
      id
      name
      locale
      slug
      topicKey
      kind
      position
    }
  }
`);

export const DismissStaffLookalikeMutation = graphql(`
  mutation DismissStaffLookalike($userId: ID!, $staffId: ID!, $reason: String!) {
    dismissStaffLookalike(userId: $userId, staffId: $staffId, reason: $reason)
  }
`);

// Roles and badges: the account's new roles, languages and badge merge into its User by id.
export function useSetRoles() {
  const [mutate, state] = useMutation(SetRolesMutation);
  const run = (userId: string, roles: Role[], moderatorLocales: string[]) =>
    mutate({ variables: { input: { userId, roles, moderatorLocales } } });
  return { run, ...state };
}

export function useGrantStaffBadge() {
  const [mutate, state] = useMutation(GrantStaffBadgeMutation);
  const run = (input: GrantStaffBadgeInput) => mutate({ variables: { input } });
  return { run, ...state };
}

export function useRevokeStaffBadge() {
  const [mutate, state] = useMutation(RevokeStaffBadgeMutation);
  const run = (userId: string, reason: string) => mutate({ variables: { userId, reason } });
  return { run, ...state };
}

// A new rule joins every cached list of rules (all kinds, and its own kind).
export function useAddScamRule() {
  const [mutate, state] = useMutation(AddScamRuleMutation, {
    update(cache, { data }) {
      const rule = getFragmentData(ScamRuleFragment, data?.addScamRule);
      if (!rule) return;
      const ref = cache.identify({ __typename: 'ScamRule', id: rule.id });
      const kind = rule.kind;
      cache.modify({
        id: 'ROOT_QUERY',
        fields: {
          scamRules(existing: readonly { __ref: string }[] = [], { storeFieldName }) {
            // The list's arguments are in its store name: scamRules:{"kind":...} (keyArgs in cache.ts).
            const args = /\{.*\}/.exec(storeFieldName)?.[0];
            const only = args ? (JSON.parse(args) as { kind?: string | null }).kind : null;
            if (only && only !== kind) return existing;
            return existing.some((item) => item.__ref === ref) ? existing : [...existing, { __ref: ref! }];
          },
        },
      });
    },
  });
  const run = (input: AddScamRuleInput) => mutate({ variables: { input } });
  return { run, ...state };
}

// A removed rule leaves every list and the cache.
export function useRemoveScamRule() {
  const [mutate, state] = useMutation(RemoveScamRuleMutation, {
    update(cache, { data }, { variables }) {
      if (!data?.removeScamRule || !variables) return;
      cache.evict({ id: cache.identify({ __typename: 'ScamRule', id: variables.id }) });
      cache.gc();
    },
  });
  const run = (id: string) => mutate({ variables: { id } });
  return { run, ...state };
}

// A new board: the lists of boards of its language are read again.
export function useCreateBoard() {
  const [mutate, state] = useMutation(CreateBoardMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'boards' });
      cache.gc();
    },
  });
  const run = (input: CreateBoardInput) => mutate({ variables: { input } });
  return { run, ...state };
}

// A dismissed finding leaves the cached list of lookalikes.
export function useDismissStaffLookalike() {
  const [mutate, state] = useMutation(DismissStaffLookalikeMutation, {
    update(cache, { data }, { variables }) {
      if (!data?.dismissStaffLookalike || !variables) return;
      cache.modify({
        id: 'ROOT_QUERY',
        fields: {
          staffLookalikes(value, { readField }) {
            const existing = value as { edges?: readonly { node: { __ref: string } }[]; totalCount?: number };
            const matches = (node: { __ref: string }) =>
              readField<{ __ref: string }>('user', node)?.__ref === cache.identify({ __typename: 'User', id: variables.userId }) &&
              readField<{ __ref: string }>('imitates', node)?.__ref === cache.identify({ __typename: 'User', id: variables.staffId });
            const edges = existing.edges?.filter((edge) => !matches(edge.node));
            return {
              ...existing,
              edges,
              totalCount: Math.max(0, (existing.totalCount ?? 0) - ((existing.edges?.length ?? 0) - (edges?.length ?? 0))),
            } as typeof value;
          },
        },
      });
    },
  });
  const run = (userId: string, staffId: string, reason: string) => mutate({ variables: { userId, staffId, reason } });
  return { run, ...state };
}
