import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { paths } from '../../app/paths';
import { useLanguage } from '../../app/useLanguage';
import { isLanguage, LANGUAGES } from '../../lib/i18n/languages';
import { formatNumber, formatRelative } from '../../lib/i18n/format';
import { QueryState } from '../../ui/QueryState';
import ui from '../../ui/ui.module.css';
import { StaffMetricsPanel } from './StaffMetricsPanel';
import styles from './staff.module.css';

export const StaffQueueQuery = graphql(`
  query StaffQueue($after: String) {
    me {
      id
      roles
      badge {
        locales
      }
    }
    staffQueue(first: 20, after: $after) {
      edges {
        cursor
        node {
          id
          title
          private
          createdAt
          replyCount
          board {
            id
            name
            locale
          }
          author {
            id
            displayName
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

// What staff answer next: open questions of their languages without a staff reply, oldest first,
// then how fast first responses came in those languages.
export function StaffQueuePage() {
  const lang = useLanguage();
  const { t } = useTranslation('staff');
  const { data, loading, error, refetch, fetchMore } = useQuery(StaffQueueQuery);
  const [loaded, setLoaded] = useState(0);
  if (!data) return <QueryState loading={loading} error={error} retry={() => void refetch()} />;
  const queue = data.staffQueue;
  const me = data.me;
  const locales = me?.badge?.locales.filter(isLanguage) ?? (me?.roles.includes('ADMIN') ? [...LANGUAGES] : []);
  const more = async () => {
    const next = await fetchMore({ variables: { after: queue.pageInfo.endCursor } });
    setLoaded(next.data?.staffQueue.edges.length ?? 0);
  };
  return (
    <>
      <h1>{t('title.queue')}</h1>
      <p>{t('queue.intro', { count: queue.totalCount, formattedCount: formatNumber(queue.totalCount, lang) })}</p>
      <StaffMetricsPanel locales={locales} />
      <h2>{t('queue.heading')}</h2>
      {queue.edges.length === 0 ? <p>{t('queue.empty')}</p> : null}
      <ol aria-label={t('title.queue')} className={styles.queue}>
        {queue.edges.map(({ node }) => (
          <li key={node.id} className={ui.card}>
            <h3 className={styles.queueTitle}>
              {node.private ? <span className={`${ui.badge} ${ui.private}`}>{t('queue.private')}</span> : null}{' '}
              <Link to={paths.thread(isLanguage(node.board.locale) ? node.board.locale : lang, node.id)}>{node.title}</Link>
            </h3>
            <p className={ui.hint}>
              {t('queue.meta', { board: node.board.name, name: node.author.displayName, count: node.replyCount })}
              {' · '}
              <time dateTime={node.createdAt}>{t('queue.asked', { when: formatRelative(node.createdAt, lang) })}</time>
            </p>
          </li>
        ))}
      </ol>
      {queue.pageInfo.hasNextPage ? (
        <button type="button" className={`${ui.button} ${ui.secondary}`} onClick={() => void more()}>
          {t('queue.loadMore')}
        </button>
      ) : null}
      <p role="status" className={styles.visuallyHidden}>
        {loaded > 0 ? t('queue.loadedMore', { count: loaded }) : ''}
      </p>
    </>
  );
}
