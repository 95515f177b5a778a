import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { PostTools } from '../ThreadTools';
import { ModeratePostMutation } from '../useModerationMutations';

const hidden = {
  request: { query: ModeratePostMutation, variables: { input: { postId: 'p2', action: 'HIDE', reason: 'Off topic' } } },
  result: { data: { moderatePost: { __typename: 'Post', id: 'p2', state: 'HIDDEN', removalReason: null, bodyHtml: null } } },
};

describe('PostTools', () => {
  it('asks for the reason before hiding or removing, then sends it', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<PostTools postId="p2" state="VISIBLE" />, { mocks: [hidden] });
    await user.click(screen.getByRole('button', { name: 'Moderate post' }));
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Hide post' }).disabled).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Remove post' }).disabled).toBe(true);
    await user.type(screen.getByLabelText('Reason (logged)'), 'Off topic');
    await user.click(screen.getByRole('button', { name: 'Hide post' }));
    // Done: the tools fold away again.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Moderate post' })).toBeTruthy());
  });

  it('offers restore for a hidden or removed post, in Chinese too', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<PostTools postId="p2" state="REMOVED" />, { lang: 'zh-CN' });
    await user.click(screen.getByRole('button', { name: '管理此帖' }));
    expect(screen.getByRole('button', { name: '恢复' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '删除帖子' })).toBeNull();
  });

  it('says why when the API refuses', async () => {
    const user = userEvent.setup();
    const refused = { ...hidden, result: { errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] } };
    await renderWithProviders(<PostTools postId="p2" state="VISIBLE" />, { mocks: [refused as never] });
    await user.click(screen.getByRole('button', { name: 'Moderate post' }));
    await user.type(screen.getByLabelText('Reason (logged)'), 'Off topic');
    await user.click(screen.getByRole('button', { name: 'Hide post' }));
    await screen.findByRole('alert');
    expect(screen.getByRole('alert').textContent).toContain('That did not work.');
  });
});
