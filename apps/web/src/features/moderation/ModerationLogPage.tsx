import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { paths } from '../../app/paths';
import { useLanguage } from '../../app/useLanguage';
import { formatDateTime } from '../../lib/i18n/format';
import { isLanguage } from '../../lib/i18n/languages';
import { Field } from '../../ui/Field';
import { QueryState } from '../../ui/QueryState';
import ui from '../../ui/ui.module.css';
import { logDiff } from './logDiff';
import styles from './moderation.module.css';

export const ModerationLogQuery = graphql(`
  query ModerationLog($actorId: ID, $targetId: ID, $after: String) {
    moderationLog(first: 50, actorId: $actorId, targetId: $targetId, after: $after) {
      edges {
        cursor
        node {
          id
          action
          createdAt
          locale
          reason
          targetType
          targetId
          before
          after
          actor {
            id
            handle
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

const AccountByHandleQuery = graphql(`
  query AccountByHandle($handle: String!) {
    user(handle: $handle) {
      id
      handle
    }
  }
`);

// A handle typed as @name (or a bare name for the actor) is looked up; anything else is an id.
function useAccountId(text: string, handleOnly: boolean) {
  const trimmed = text.trim();
  const handle = trimmed.startsWith('@') ? trimmed.slice(1) : handleOnly ? trimmed : '';
  const lookup = useQuery(AccountByHandleQuery, { variables: { handle }, skip: !handle });
  if (!trimmed) return { id: null, missing: false, loading: false };
  if (!handle) return { id: trimmed, missing: false, loading: false };
  return { id: lookup.data?.user?.id ?? null, missing: Boolean(lookup.data && !lookup.data.user), loading: lookup.loading };
}

// The moderation log, newest first: filtered by actor and target (by the API) and by action (over
// the entries loaded); each entry links to its target and shows what changed.
export function ModerationLogPage() {
  const lang = useLanguage();
  const { t, i18n } = useTranslation('moderation');
  // The API's action codes, said in the UI's language where known (the code itself otherwise).
  const actionName = (code: string) =>
    i18n.exists(`moderation:log.actions.${code}`) ? t(`log.actions.${code}` as 'log.actions.REMOVE_POST') : code;
  const [params, setParams] = useSearchParams();
  const actorText = params.get('actor') ?? '';
  const targetText = params.get('target') ?? '';
  const [action, setAction] = useState('');
  const actor = useAccountId(actorText, true);
  const target = useAccountId(targetText, false);
  const waiting = actor.loading || target.loading || actor.missing || target.missing;
  const { data, loading, error, refetch, fetchMore } = useQuery(ModerationLogQuery, {
    variables: { actorId: actor.id, targetId: target.id },
    skip: waiting,
  });
  const filter = (key: 'actor' | 'target', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const entries = data?.moderationLog.edges.map((edge) => edge.node) ?? [];
  const actions = [...new Set(entries.map((entry) => entry.action))].sort();
  const shown = action ? entries.filter((entry) => entry.action === action) : entries;
  const targetLink = (entry: (typeof entries)[number]) => {
    if (entry.targetType === 'thread') return paths.thread(isLanguage(entry.locale) ? entry.locale : lang, entry.targetId);
    return `${paths.moderationLog(lang)}?target=${encodeURIComponent(entry.targetId)}`;
  };
  return (
    <div className={styles.page}>
      <h1>{t('log.title')}</h1>
      <form className={styles.filters} aria-label={t('filters.label')} onSubmit={(event) => event.preventDefault()}>
        <Field label={t('log.actor')} hint={t('log.actorHint')} error={actor.missing ? t('log.noAccount') : undefined}>
          {(props) => (
            <input
              {...props}
              defaultValue={actorText}
              onBlur={(event) => filter('actor', event.target.value.trim())}
              onKeyDown={(event) => event.key === 'Enter' && filter('actor', event.currentTarget.value.trim())}
            />
          )}
        </Field>
        <Field label={t('log.target')} hint={t('log.targetHint')} error={target.missing ? t('log.noAccount') : undefined}>
          {(props) => (
            <input
              {...props}
              defaultValue={targetText}
              onBlur={(event) => filter('target', event.target.value.trim())}
              onKeyDown={(event) => event.key === 'Enter' && filter('target', event.currentTarget.value.trim())}
            />
          )}
        </Field>
        <Field label={t('log.action')} hint={t('log.actionHint')}>
          {(props) => (
            <select {...props} value={action} onChange={(event) => setAction(event.target.value)}>
              <option value="">{t('log.anyAction')}</option>
              {actions.map((value) => (
                <option key={value} value={value}>
                  {actionName(value)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
      {waiting && (actor.missing || target.missing) ? null : !data ? (
        <QueryState loading={loading || waiting} error={error} retry={() => void refetch()} />
      ) : (
        <>
          <p>{t('log.count', { count: data.moderationLog.totalCount })}</p>
          {shown.length === 0 ? <p>{t('log.empty')}</p> : null}
          <ol className={styles.log}>
            {shown.map((entry) => {
              const rows = logDiff(entry.before, entry.after);
              return (
                <li key={entry.id} className={ui.card}>
                  <p className={styles.logHead}>
                    <strong>{actionName(entry.action)}</strong> <code className={ui.hint}>{entry.action}</code>{' '}
                    <span className={ui.badge}>{entry.targetType}</span>{' '}
                    {entry.locale ? <span className={ui.badge}>{entry.locale}</span> : null}{' '}
                    <Link to={targetLink(entry)}>{t('log.targetLink', { type: entry.targetType, id: entry.targetId })}</Link>
                  </p>
                  <p className={ui.hint}>
                    <Link to={`${paths.moderationLog(lang)}?actor=${encodeURIComponent(entry.actor.handle)}`}>
                      {t('log.by', { name: entry.actor.displayName, handle: entry.actor.handle })}
                    </Link>
                    {' · '}
                    <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, lang)}</time>
                  </p>
                  {entry.reason ? <p>{t('log.reason', { reason: entry.reason })}</p> : null}
                  {rows.length > 0 ? (
                    <table className={styles.diff}>
                      <caption className={styles.visuallyHidden}>{t('log.diffCaption')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('log.field')}</th>
                          <th scope="col">{t('log.before')}</th>
                          <th scope="col">{t('log.after')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {rows.map((row) => (
                          <tr key={row.key} className={row.changed ? styles.changed : undefined}>
                            <th scope="row">{row.key}</th>
                            <td>
                              {row.before === null ? (
                                <span className={ui.hint}>{t('log.none')}</span>
                              ) : row.changed ? (
                                <del>{row.before}</del>
                              ) : (
                                row.before
                              )}
                            </td>
                            <td>
                              {row.after === null ? (
                                <span className={ui.hint}>{t('log.none')}</span>
                              ) : row.changed ? (
                                <ins>{row.after}</ins>
                              ) : (
                                row.after
                              )}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  ) : null}
                </li>
              );
            })}
          </ol>
          {data.moderationLog.pageInfo.hasNextPage ? (
            <button
              type="button"
              className={`${ui.button} ${ui.secondary}`}
              onClick={() => void fetchMore({ variables: { after: data.moderationLog.pageInfo.endCursor } })}
            >
              {t('log.more')}
            </button>
          ) : null}
        </>
      )}
    </div>
  );
}
