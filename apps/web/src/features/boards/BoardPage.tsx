import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ThreadOrder } from '../../gql/graphql';
import { paths } from '../../app/paths';
import { useLanguage } from '../../app/useLanguage';
import { QueryState } from '../../ui/QueryState';
import ui from '../../ui/ui.module.css';
import { BoardsQuery } from './HomePage';
import { ThreadRow } from './ThreadRow';

const ORDERS: ThreadOrder[] = ['LATEST_ACTIVITY', 'NEWEST', 'UNANSWERED'];

export const BoardPageQuery = graphql(`
  query BoardPage($locale: String!, $slug: String!, $first: Int!, $after: String, $orderBy: ThreadOrder!, $tag: String) {
    board(locale: $locale, slug: $slug) {
      id
      topicKey
      name
      description
      kind
      threads(first: $first, after: $after, orderBy: $orderBy, tag: $tag) {
        totalCount
        edges {
          cursor
          node {
            id
            ...ThreadRow_thread
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

// A board's threads: pinned first (the server orders them), a sort, a tag filter, load more.
export function BoardPage() {
  const lang = useLanguage();
  const { topicKey } = useParams();
  const [search, setSearch] = useSearchParams();
  const { t } = useTranslation(['boards', 'common']);
  const orderBy = (ORDERS.find((order) => order === search.get('sort')) ?? 'LATEST_ACTIVITY') as ThreadOrder;
  const tag = search.get('tag') ?? undefined;
  // The URL names the topic; the board of this language with that topic has its own slug.
  const boards = useQuery(BoardsQuery, { variables: { locale: lang } });
  const slug = boards.data?.boards.find((b) => b.topicKey === topicKey)?.slug;
  const { data, loading, error, refetch, fetchMore } = useQuery(BoardPageQuery, {
    variables: { locale: lang, slug: slug ?? '', first: 20, orderBy, tag },
    skip: !slug,
  });
  if (boards.data && !slug) return <p>{t('common:notFound')}</p>;
  if (!data)
    return (
      <QueryState
        loading={loading || boards.loading}
        error={error ?? boards.error}
        retry={() => void (slug ? refetch() : boards.refetch())}
      />
    );
  const board = data.board;
  if (!board) return <p>{t('common:notFound')}</p>;
  const connection = board.threads;
  const setParam = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearch(next);
  };

  return (
    <>
      <h1>{board.name}</h1>
      {board.description ? <p>{board.description}</p> : null}
      <p>
        <Link className={ui.button} to={paths.newThread(lang, board.topicKey)}>
          {t('board.newThread')}
        </Link>
      </p>
      <div className={ui.field} style={{ maxWidth: '16rem' }}>
        <label htmlFor="board-sort">{t('board.sortLabel')}</label>
        <select id="board-sort" value={orderBy} onChange={(event) => setParam('sort', event.target.value)}>
          {ORDERS.map((order) => (
            <option key={order} value={order}>
              {t(`board.sort.${order}`)}
            </option>
          ))}
        </select>
      </div>
      {tag ? (
        <p>
          <span className={ui.badge}>{t('board.tagFilter', { tag })}</span>{' '}
          <button type="button" className={`${ui.button} ${ui.secondary}`} onClick={() => setParam('tag', undefined)}>
            {t('board.clearTag')}
          </button>
        </p>
      ) : null}
      <p className={ui.hint}>{t('board.threadCount', { count: connection.totalCount })}</p>
      {connection.edges.length === 0 ? <p>{t('board.empty')}</p> : null}
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {connection.edges.map(({ node }) => (
          <ThreadRow key={node.id} thread={node} onTag={(value) => setParam('tag', value)} />
        ))}
      </ul>
      {connection.pageInfo.hasNextPage ? (
        <button
          type="button"
          className={`${ui.button} ${ui.secondary}`}
          onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
        >
          {t('board.loadMore')}
        </button>
      ) : null}
    </>
  );
}
