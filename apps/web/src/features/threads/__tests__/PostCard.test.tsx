import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../../gql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { PostCard, PostCardFragment } from '../components/PostCard';

const base = {
  __typename: 'Post' as const,
  id: 'p2',
  number: 2,
  bodyHtml: '<p>Send your <a href="https://okx.com" rel="nofollow ugc noopener">link</a></p>',
  removalReason: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  editedAt: null,
  isOfficialAnswer: false,
  author: { __typename: 'User' as const, id: 'u1', handle: 'amy', displayName: 'Amy', badge: null },
};

describe('PostCard', () => {
  it('shows a removed post as a tombstone with the reason, in Chinese, and not its content', async () => {
    const post = makeFragmentData({ ...base, state: 'REMOVED', bodyHtml: null, removalReason: 'scam' }, PostCardFragment);
    await renderWithProviders(<PostCard post={post} />, { lang: 'zh-CN' });
    expect(await screen.findByText('已被版主删除：scam')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'link' })).toBeNull();
  });

  it('marks the author’s own held post as awaiting review and still shows it', async () => {
    const post = makeFragmentData({ ...base, state: 'HELD' }, PostCardFragment);
    await renderWithProviders(<PostCard post={post} />);
    expect(await screen.findByText(/Awaiting review/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'link' }).getAttribute('rel')).toBe('nofollow ugc noopener');
  });

  it('labels a staff author with text, not colour alone', async () => {
    const post = makeFragmentData(
      {
        ...base,
        state: 'VISIBLE',
        isOfficialAnswer: true,
        author: { ...base.author, badge: { team: 'Customer Support', title: 'Agent' } },
      },
      PostCardFragment,
    );
    await renderWithProviders(<PostCard post={post} label="Official answer" />);
    expect(await screen.findByLabelText('Verified OKX staff: Customer Support, Agent')).toBeTruthy();
    expect(screen.getByText('Staff')).toBeTruthy();
  });
});
