import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { BanDialog, PurgeDialog } from '../ModerationDialogs';

const target = { handle: 'helpdesk', displayName: 'OKX Helpdesk' };

describe('BanDialog', () => {
  it('says until when and what the account keeps, and bans for the period chosen', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    await renderWithProviders(<BanDialog target={target} reason="Scam" onConfirm={onConfirm} onCancel={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'Ban @helpdesk?' });
    // Seven days by default: a date, not "until lifted".
    expect(dialog.textContent).toContain('OKX Helpdesk (@helpdesk) will not be able to post, reply or report until ');
    expect(dialog.textContent).not.toContain('lifts the ban');
    await user.selectOptions(screen.getByLabelText('For how long'), 'forever');
    expect(dialog.textContent).toContain(
      'OKX Helpdesk (@helpdesk) will not be able to post, reply or report until a moderator lifts the ban.',
    );
    expect(onConfirm).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Ban @helpdesk' }));
    expect(onConfirm).toHaveBeenCalledWith(null, 'Scam');
  });

  it('bans for 30 days with the reason typed', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    await renderWithProviders(<BanDialog target={target} reason="Scam" onConfirm={onConfirm} onCancel={() => undefined} />);
    await user.selectOptions(screen.getByLabelText('For how long'), '30');
    await user.clear(screen.getByLabelText('Reason'));
    await user.type(screen.getByLabelText('Reason'), 'Drainer links');
    await user.click(screen.getByRole('button', { name: 'Ban @helpdesk' }));
    const [until, reason] = onConfirm.mock.calls[0]!;
    expect(reason).toBe('Drainer links');
    expect(Math.round((Date.parse(until) - Date.now()) / 86_400_000)).toBe(30);
  });

  it('cannot be confirmed without a reason, and Cancel or Escape closes it', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    await renderWithProviders(<BanDialog target={target} reason="" onConfirm={onConfirm} onCancel={onCancel} />);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Ban @helpdesk' }).disabled).toBe(true);
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(2);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('keeps Tab inside the dialog', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<BanDialog target={target} reason="Scam" onConfirm={() => undefined} onCancel={() => undefined} />);
    const dialog = screen.getByRole('dialog');
    for (let i = 0; i < 6; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
  });
});

describe('PurgeDialog', () => {
  it('says everything of the account is removed with the reason, with a ban until lifted by default, and how to undo', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    await renderWithProviders(<PurgeDialog target={target} reason="Scam" onConfirm={onConfirm} onCancel={() => undefined} />, {
      lang: 'zh-CN',
    });
    const dialog = screen.getByRole('dialog', { name: '清除 @helpdesk 的全部帖子？' });
    expect(dialog.textContent).toContain(
      'OKX Helpdesk（@helpdesk）在所有版块和语言中的每个主题和回复都会一次性删除，并显示为“已被版主删除：Scam”。',
    );
    expect(dialog.textContent).toContain('在版主解除封禁之前不能发帖');
    expect(dialog.textContent).toContain('撤销清除');
    await user.click(screen.getByRole('button', { name: '清除 @helpdesk' }));
    expect(onConfirm).toHaveBeenCalledWith('Scam', true, null);
  });

  it('purges without a ban when unticked, and no longer speaks of one', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    await renderWithProviders(<PurgeDialog target={target} reason="Spam" onConfirm={onConfirm} onCancel={() => undefined} />);
    await user.click(screen.getByLabelText('Also ban the account'));
    expect(screen.getByRole('dialog').textContent).not.toContain('will not be able to post');
    await user.click(screen.getByRole('button', { name: 'Purge @helpdesk' }));
    expect(onConfirm).toHaveBeenCalledWith('Spam', false, null);
  });
});
