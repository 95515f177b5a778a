import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($displayName: String, $locale: String) {
    updateProfile(displayName: $displayName, locale: $locale) {
      id
      displayName
      locale
    }
  }
`);

export const SetupTwoFactorMutation = graphql(`
  mutation SetupTwoFactor {
    setupTwoFactor {
      secret
      otpauthUrl
    }
  }
`);

export const EnableTwoFactorMutation = graphql(`
  mutation EnableTwoFactor($code: String!) {
    enableTwoFactor(code: $code) {
      id
      twoFactorEnabled
    }
  }
`);

// The changed user comes back with its id: the normalized cache updates every place that shows
// the name (the header, the profile) without a refetch.
export function useUpdateProfile() {
  const [mutate, { loading, error }] = useMutation(UpdateProfileMutation);
  return { run: (changes: { displayName?: string; locale?: string }) => mutate({ variables: changes }), loading, error };
}

// A new pending secret each time; nothing cached changes until it is confirmed.
export function useSetupTwoFactor() {
  const [mutate, { data, loading, error }] = useMutation(SetupTwoFactorMutation);
  return { run: () => mutate(), setup: data?.setupTwoFactor ?? null, loading, error };
}

// Confirmed with a code from the app: the user's twoFactorEnabled flips in the cache.
export function useEnableTwoFactor() {
  const [mutate, { loading, error }] = useMutation(EnableTwoFactorMutation);
  return { run: (code: string) => mutate({ variables: { code } }), loading, error };
}
