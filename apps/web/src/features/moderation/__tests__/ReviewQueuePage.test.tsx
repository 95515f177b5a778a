import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { ReviewQueuePage } from '../ReviewQueuePage';
import { ModeratePostMutation } from '../useModerationMutations';
import { queueData, queueItem, queueRequest } from './queueData';

const items = [
  queueItem('p1', { title: 'Fake support desk', guard: true }),
  queueItem('p2', { title: 'Cheap followers', reports: ['SPAM'] }),
  queueItem('p3', { title: 'Rude reply', reports: ['ABUSE'] }),
];
const shown = () => screen.getByRole('article').querySelector('h2')!.textContent;
const removal = (postId: string, reason: string) => ({
  request: { query: ModeratePostMutation, variables: { input: { postId, action: 'REMOVE', reason } } },
  result: { data: { moderatePost: { __typename: 'Post', id: postId, state: 'REMOVED', removalReason: reason, bodyHtml: null } } },
});

async function renderQueue(mocks: MockLink.MockedResponse[] = []) {
  await renderWithProviders(<ReviewQueuePage />, { mocks: [{ request: queueRequest, result: { data: queueData(items) } }, ...mocks] });
  await screen.findByRole('article');
}

describe('the review queue by keyboard', () => {
  it('moves with j and k, and stops at either end', async () => {
    const user = userEvent.setup();
    await renderQueue();
    expect(shown()).toBe('Fake support desk');
    await user.keyboard('j');
    expect(shown()).toBe('Cheap followers');
    await user.keyboard('jj');
    expect(shown()).toBe('Rude reply');
    await user.keyboard('kkkk');
    expect(shown()).toBe('Fake support desk');
  });

  it('removes the item with r and the reason chosen, then shows the next one and focuses it', async () => {
    const user = userEvent.setup();
    await renderQueue([removal('p2', 'Spam')]);
    await user.keyboard('j');
    // The item's likely reason (its report's) is preselected.
    expect(screen.getByLabelText<HTMLSelectElement>('Reason').value).toBe('spam');
    await user.keyboard('r');
    await waitFor(() => expect(shown()).toBe('Rude reply'));
    // The item leaves with the cache update; the notice, the undo and the focus follow at once.
    await waitFor(() =>
      expect(screen.getByRole('status', { name: '' }).textContent).toContain('Removed the post in “Cheap followers”: Spam.'),
    );
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Rude reply'));
    expect(screen.getByRole('button', { name: 'Undo: restore the post' })).toBeTruthy();
  });

  it('uses the typed reason, and ignores shortcuts while typing in a field', async () => {
    const user = userEvent.setup();
    await renderQueue([removal('p1', 'Fake help desk (drainer)')]);
    await user.type(screen.getByLabelText('Or your own reason'), 'Fake help desk (drainer)');
    // Typing "r", "j" and "h" in the field acted on nothing: the same item is shown.
    expect(shown()).toBe('Fake support desk');
    await user.click(document.body);
    await user.keyboard('r');
    await waitFor(() => expect(shown()).toBe('Cheap followers'));
  });

  it('opens the help overlay with ? and closes it with Escape; shortcuts wait while it is open', async () => {
    const user = userEvent.setup();
    await renderQueue();
    await user.keyboard('?');
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).getByText('Next item')).toBeTruthy();
    expect(within(help).getByText('Ban the author (asks first)')).toBeTruthy();
    await user.keyboard('j');
    expect(shown()).toBe('Fake support desk');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.keyboard('j');
    expect(shown()).toBe('Cheap followers');
  });

  it('asks before banning with b: the dialog says until when, and Escape cancels it with nothing sent', async () => {
    const user = userEvent.setup();
    await renderQueue();
    await user.keyboard('b');
    const dialog = screen.getByRole('dialog', { name: 'Ban @author_p1?' });
    expect(dialog.textContent).toContain('author_p1 (@author_p1) will not be able to post, reply or report until');
    expect(dialog.textContent).toContain('They can still sign in and read.');
    // The first field has the focus; the queue's keys do nothing inside the dialog.
    expect(document.activeElement).toBe(within(dialog).getByLabelText('For how long'));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(shown()).toBe('Fake support desk');
  });

  it('filters the loaded items by source and reason', async () => {
    const user = userEvent.setup();
    await renderQueue();
    await user.selectOptions(screen.getByLabelText('Source'), 'reports');
    expect(
      within(screen.getByRole('navigation', { name: 'Items in the queue' }))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([expect.stringContaining('Cheap followers'), expect.stringContaining('Rude reply')]);
    await user.selectOptions(screen.getByLabelText('Report reason'), 'ABUSE');
    expect(shown()).toBe('Rude reply');
    await user.selectOptions(screen.getByLabelText('Source'), 'guard');
    expect(screen.getByText('No loaded item matches these filters.')).toBeTruthy();
  });

  it('marks the scam guard’s evidence in the post’s text', async () => {
    await renderQueue();
    const marks = [...screen.getByRole('region', { name: "The post's full text" }).querySelectorAll('mark')].map(
      (mark) => mark.textContent,
    );
    expect(marks).toEqual(['okx-verify.com']);
    expect(screen.getByText(/History: 2 posts removed, 0 hidden now, 1 bans/)).toBeTruthy();
    expect(screen.getByText(/trust level 1/)).toBeTruthy();
  });
});
