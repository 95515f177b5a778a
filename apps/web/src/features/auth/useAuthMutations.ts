import { useApolloClient, useMutation } from '@apollo/client/react';
import { getFragmentData, graphql } from '../../gql';
import { writeSession } from '../../lib/session/session';

export const SessionPayloadFragment = graphql(`
  fragment SessionPayload on AuthPayload {
    accessToken
    refreshToken
    user {
      id
      handle
      displayName
      roles
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...SessionPayload
    }
  }
`);

export const RegisterMutation = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      ...SessionPayload
    }
  }
`);

// Both store the new session and drop what was cached for the visitor (permissions differ).
function useSessionStart() {
  const client = useApolloClient();
  return async (payload: { accessToken: string; refreshToken: string } | undefined) => {
    if (!payload) return;
    writeSession({ accessToken: payload.accessToken, refreshToken: payload.refreshToken });
    await client.resetStore();
  };
}

export function useLogin() {
  const start = useSessionStart();
  const [mutate, { loading, error }] = useMutation(LoginMutation);
  const run = async (input: { login: string; password: string; totp?: string }) => {
    const { data } = await mutate({ variables: { input } });
    await start(data ? getFragmentData(SessionPayloadFragment, data.login) : undefined);
  };
  return { run, loading, error };
}

export function useRegister() {
  const start = useSessionStart();
  const [mutate, { loading, error }] = useMutation(RegisterMutation);
  const run = async (input: { email: string; handle: string; displayName?: string; password: string; locale: string }) => {
    const { data } = await mutate({ variables: { input } });
    await start(data ? getFragmentData(SessionPayloadFragment, data.register) : undefined);
  };
  return { run, loading, error };
}
