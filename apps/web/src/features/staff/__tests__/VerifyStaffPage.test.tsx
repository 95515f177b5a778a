import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { VerifyStaffPage, VerifyStaffQuery } from '../VerifyStaffPage';

const amy = {
  __typename: 'User',
  id: 'u1',
  handle: 'helpdesk_amy',
  displayName: 'Amy',
  badge: { __typename: 'StaffBadge', team: 'Customer Support', title: 'Agent' },
};
const answer = (handle: string, verdict: { isOfficial: boolean; user?: unknown; lookalikeOf?: unknown }) => ({
  request: { query: VerifyStaffQuery, variables: { handle } },
  result: { data: { verifyStaff: { __typename: 'StaffVerification', handle, user: null, lookalikeOf: null, ...verdict } } },
});

describe('VerifyStaffPage', () => {
  it('checks the handle typed (without its @) and names the staff member a lookalike imitates, in Chinese', async () => {
    await renderWithProviders(<VerifyStaffPage />, {
      lang: 'zh-CN',
      mocks: [answer('helpdesk_arny', { isOfficial: false, lookalikeOf: amy })],
    });
    await userEvent.type(await screen.findByLabelText('用户名'), '@helpdesk_arny{Enter}');
    expect(await screen.findByRole('heading', { name: '@helpdesk_arny 不是 OKX 官方人员' })).toBeTruthy();
    expect(screen.getByText(/与官方人员 @helpdesk_amy（Amy）相似/)).toBeTruthy();
  });

  it('confirms official staff with their team and title', async () => {
    await renderWithProviders(<VerifyStaffPage />, { mocks: [answer('helpdesk_amy', { isOfficial: true, user: amy })] });
    await userEvent.type(await screen.findByLabelText('Handle'), 'helpdesk_amy{Enter}');
    expect(await screen.findByRole('heading', { name: '@helpdesk_amy is official OKX staff' })).toBeTruthy();
    expect(screen.getByText('Amy · Customer Support, Agent')).toBeTruthy();
    expect(screen.queryByText(/looks like/)).toBeNull();
  });
});
