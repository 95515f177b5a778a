import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ViewerQuery } from '../../../app/layouts/AppLayout';
import { createCache } from '../../../lib/apollo/cache';
import { apolloWrapper } from '../../../test/factories';
import { ProfilePageQuery } from '../ProfilePage';
import { EnableTwoFactorMutation, UpdateProfileMutation, useEnableTwoFactor, useUpdateProfile } from '../useAccountMutations';

const me = {
  __typename: 'User',
  id: 'u1',
  handle: 'amy',
  email: 'amy@example.test',
  displayName: 'Amy',
  locale: 'en',
  twoFactorEnabled: false,
  roles: ['USER'],
};

function seed() {
  const cache = createCache();
  cache.writeQuery({ query: ProfilePageQuery, data: { me } as never });
  cache.writeQuery({ query: ViewerQuery, data: { me } as never });
  return cache;
}

describe('useUpdateProfile', () => {
  it('renames the user everywhere the cache shows them: the header and the profile', async () => {
    const cache = seed();
    const variables = { displayName: '小艾', locale: 'zh-CN' };
    const mocks = [
      {
        request: { query: UpdateProfileMutation, variables },
        result: { data: { updateProfile: { __typename: 'User', id: 'u1', ...variables } } },
      },
    ];
    const { result } = renderHook(() => useUpdateProfile(), { wrapper: apolloWrapper(cache, mocks) });

    await act(async () => {
      await result.current.run(variables);
    });

    expect(cache.readQuery({ query: ViewerQuery })?.me?.displayName).toBe('小艾');
    expect(cache.readQuery({ query: ProfilePageQuery })?.me).toMatchObject({ displayName: '小艾', locale: 'zh-CN' });
  });
});

describe('useEnableTwoFactor', () => {
  it('turns the profile’s two-factor flag on once the code is accepted', async () => {
    const cache = seed();
    const mocks = [
      {
        request: { query: EnableTwoFactorMutation, variables: { code: '123456' } },
        result: { data: { enableTwoFactor: { __typename: 'User', id: 'u1', twoFactorEnabled: true } } },
      },
    ];
    const { result } = renderHook(() => useEnableTwoFactor(), { wrapper: apolloWrapper(cache, mocks) });

    await act(async () => {
      await result.current.run('123456');
    });

    expect(cache.readQuery({ query: ProfilePageQuery })?.me?.twoFactorEnabled).toBe(true);
  });
});
