import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { paths } from '../../app/paths';
import { useLanguage } from '../../app/useLanguage';
import { otherLanguage } from '../../lib/i18n/languages';
import { formatNumber, formatRelative } from '../../lib/i18n/format';
import { QueryState } from '../../ui/QueryState';
import ui from '../../ui/ui.module.css';

export const BoardsQuery = graphql(`
  query Boards($locale: String!) {
    boards(locale: $locale) {
      id
      slug
      topicKey
      name
      description
      kind
      locale
      threadCount
      lastActivityAt
    }
  }
`);

// The boards of the current language, each with a link to its sibling in the other language.
export function HomePage() {
  const lang = useLanguage();
  const { t } = useTranslation(['boards', 'common']);
  const { data, loading, error, refetch } = useQuery(BoardsQuery, { variables: { locale: lang } });
  const other = otherLanguage(lang);
  if (!data) return <QueryState loading={loading} error={error} retry={() => void refetch()} />;
  return (
    <>
      <h1>{t('title.home')}</h1>
      <p>{t('home.intro')}</p>
      {data.boards.length === 0 ? <p>{t('home.empty')}</p> : null}
      <ul aria-label={t('title.home')} style={{ listStyle: 'none', padding: 0 }}>
        {data.boards.map((board) => (
          <li key={board.id} className={ui.card}>
            <h2 style={{ margin: 0 }}>
              <Link to={paths.board(lang, board.topicKey)}>{board.name}</Link> <span className={ui.badge}>{t(`kind.${board.kind}`)}</span>
            </h2>
            {board.description ? <p>{board.description}</p> : null}
            <p className={ui.hint}>
              {t('board.threadCount', { count: board.threadCount, formattedCount: formatNumber(board.threadCount, lang) })}
              {' · '}
              {board.lastActivityAt ? (
                <>
                  <time dateTime={board.lastActivityAt}>
                    {t('board.lastActivity', { when: formatRelative(board.lastActivityAt, lang) })}
                  </time>
                  {' · '}
                </>
              ) : null}
              <Link to={paths.board(other, board.topicKey)} lang={other} hrefLang={other}>
                {t('home.otherLanguage', { language: t(`common:language.${other}`) })}
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
