import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { paths } from '../../app/paths';
import { useLanguage } from '../../app/useLanguage';
import { formatRelative } from '../../lib/i18n/format';
import ui from '../../ui/ui.module.css';

export const ThreadRowFragment = graphql(`
  fragment ThreadRow_thread on Thread {
    id
    title
    status
    pinned
    private
    replyCount
    lastActivityAt
    tags
  }
`);

export function ThreadRow(props: { thread: FragmentType<typeof ThreadRowFragment>; onTag: (tag: string) => void }) {
  const thread = getFragmentData(ThreadRowFragment, props.thread);
  const lang = useLanguage();
  const { t } = useTranslation('boards');
  return (
    <li className={ui.card}>
      <h2 style={{ margin: 0, fontSize: '1.1rem' }}>
        {thread.pinned ? <span className={ui.badge}>{t('board.pinned')}</span> : null}{' '}
        <Link to={paths.thread(lang, thread.id)}>{thread.title}</Link>
      </h2>
      <p className={ui.hint} style={{ margin: 'var(--space-1) 0' }}>
        <span className={ui.badge}>{t(`board.status.${thread.status}`)}</span>{' '}
        {thread.private ? <span className={`${ui.badge} ${ui.private}`}>{t('board.private')}</span> : null}{' '}
        {t('board.replies', { count: thread.replyCount })}
        {' · '}
        <time dateTime={thread.lastActivityAt}>{t('board.lastActivity', { when: formatRelative(thread.lastActivityAt, lang) })}</time>
      </p>
      {thread.tags.length > 0 ? (
        <ul
          aria-label={t('board.tags')}
          style={{ listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexWrap: 'wrap', gap: 'var(--space-1)' }}
        >
          {thread.tags.map((tag) => (
            <li key={tag}>
              <button type="button" className={`${ui.badge}`} onClick={() => props.onTag(tag)}>
                {tag}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
