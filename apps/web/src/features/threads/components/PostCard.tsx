import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useLanguage } from '../../../app/useLanguage';
import { formatDateTime } from '../../../lib/i18n/format';
import ui from '../../../ui/ui.module.css';
import { StaffBadge } from './StaffBadge';

export const PostCardFragment = graphql(`
  fragment PostCard_post on Post {
    id
    number
    state
    bodyHtml
    removalReason
    createdAt
    editedAt
    isOfficialAnswer
    author {
      id
      handle
      displayName
      badge {
        team
        title
      }
    }
  }
`);

// One post: the author (with the staff badge), then the server's sanitized HTML as it is, or a
// tombstone when a moderator removed it.
export function PostCard(props: { post: FragmentType<typeof PostCardFragment>; label?: string; children?: ReactNode }) {
  const post = getFragmentData(PostCardFragment, props.post);
  const lang = useLanguage();
  const { t } = useTranslation('threads');
  const official = post.isOfficialAnswer;
  return (
    <article
      className={ui.card}
      aria-label={props.label}
      style={official ? { borderColor: 'var(--color-staff)', borderWidth: 2 } : undefined}
    >
      {props.label ? (
        <h2 style={{ marginTop: 0, fontSize: '1rem' }}>
          {official ? <span className={`${ui.badge} ${ui.staff}`}>{props.label}</span> : props.label}
        </h2>
      ) : null}
      <p className={ui.hint} style={{ margin: 0 }}>
        <strong>{post.author.displayName}</strong> @{post.author.handle}{' '}
        <StaffBadge badge={post.author.badge} handle={post.author.handle} />{' '}
        <time dateTime={post.createdAt}>{t('postedAt', { when: formatDateTime(post.createdAt, lang) })}</time>
        {post.editedAt ? ` · ${t('edited')}` : null}
      </p>
      {post.state === 'REMOVED' ? (
        <p className={ui.hint}>
          <em>{post.removalReason ? t('removed', { reason: post.removalReason }) : t('removedNoReason')}</em>
        </p>
      ) : post.state === 'HIDDEN' && !post.bodyHtml ? (
        <p className={ui.hint}>
          <em>{t('hidden')}</em>
        </p>
      ) : (
        <>
          {post.state === 'HELD' ? <p className={`${ui.alert} ${ui.warning}`}>{t('held')}</p> : null}
          {/* The server renders Markdown to sanitized HTML (no scripts, no handlers, nofollow links). */}
          <div dangerouslySetInnerHTML={{ __html: post.bodyHtml ?? '' }} />
        </>
      )}
      {props.children}
    </article>
  );
}
