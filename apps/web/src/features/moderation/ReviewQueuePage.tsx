import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ModerationActionKind, ReportReason } from '../../gql/graphql';
import { paths } from '../../app/paths';
import { useLanguage } from '../../app/useLanguage';
import { errorMessage } from '../../lib/i18n/errorMessages';
import { formatNumber } from '../../lib/i18n/format';
import { LANGUAGES } from '../../lib/i18n/languages';
import { Alert } from '../../ui/Alert';
import { Field } from '../../ui/Field';
import { QueryState } from '../../ui/QueryState';
import ui from '../../ui/ui.module.css';
import { BanDialog, PurgeDialog } from './ModerationDialogs';
import { QUEUE_KEYS, useQueueKeys, type QueueCommand } from './queueKeys';
import { PRESET_REASONS, suggestedReason, type PresetReason } from './reasons';
import { ReviewItemView } from './ReviewItemView';
import styles from './moderation.module.css';
import { useBanUser, useModeratePost, usePurgeUserContent, useRestoreUserContent, useUnbanUser } from './useModerationMutations';

export const ReviewQueueQuery = graphql(`
  query ReviewQueue($locales: [String!], $after: String) {
    me {
      id
      roles
      moderatorLocales
    }
    reviewQueue(first: 20, after: $after, locales: $locales) {
      edges {
        cursor
        node {
          ...ReviewItemView_item
          verdict {
            action
          }
          reports {
            id
            reason
          }
          post {
            id
            state
            thread {
              id
              title
              board {
                id
                locale
              }
            }
            author {
              id
              handle
              displayName
              bannedUntil
            }
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

const SOURCES = ['all', 'reports', 'guard'] as const;
type Source = (typeof SOURCES)[number];
const REPORT_REASONS: ReportReason[] = ['SCAM', 'PHISHING', 'IMPERSONATION', 'SPAM', 'ABUSE', 'OFF_TOPIC', 'OTHER'];
const ACTION_OF: Partial<Record<QueueCommand, ModerationActionKind>> = { approve: 'APPROVE', remove: 'REMOVE', hide: 'HIDE' };
const HEADING_ID = 'review-item-heading';

interface Undo {
  message: string;
  label: string;
  run: () => Promise<unknown>;
}

// The moderator's review queue: the most urgent item in full, one keystroke or click to decide it,
// and the next one shows at once (the decided item leaves the cache; no page load).
export function ReviewQueuePage() {
  const lang = useLanguage();
  const { t } = useTranslation('moderation');
  const [locale, setLocale] = useState('');
  const [source, setSource] = useState<Source>('all');
  const [reasonFilter, setReasonFilter] = useState<ReportReason | ''>('');
  const { data, loading, error, refetch, fetchMore } = useQuery(ReviewQueueQuery, { variables: { locales: locale ? [locale] : null } });
  const [index, setIndex] = useState(0);
  const [reasonKey, setReasonKey] = useState<PresetReason>('scam');
  const [customReason, setCustomReason] = useState('');
  const [dialog, setDialog] = useState<'ban' | 'purge' | null>(null);
  const [help, setHelp] = useState(false);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [notice, setNotice] = useState('');
  const moderate = useModeratePost();
  const ban = useBanUser();
  const unban = useUnbanUser();
  const purge = usePurgeUserContent();
  const restore = useRestoreUserContent();
  const [failure, setFailure] = useState<unknown>(null);

  const edges = data?.reviewQueue.edges ?? [];
  const visible = edges.filter(({ node }) => {
    if (source === 'reports' && node.reports.length === 0) return false;
    if (source === 'guard' && !node.verdict) return false;
    if (reasonFilter && !node.reports.some((report) => report.reason === reasonFilter)) return false;
    return true;
  });
  const at = Math.min(index, Math.max(0, visible.length - 1));
  const current = visible[at]?.node;

  // A new item: its likely reason is preselected, the free text cleared, and its heading focused
  // (after the first), so a screen reader reads where the queue went.
  const shown = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!current || shown.current === current.post.id) return;
    const first = shown.current === undefined;
    shown.current = current.post.id;
    setReasonKey(suggestedReason(current));
    setCustomReason('');
    if (!first) document.getElementById(HEADING_ID)?.focus();
  }, [current]);

  // Keep a few items ahead loaded.
  const pageInfo = data?.reviewQueue.pageInfo;
  useEffect(() => {
    if (pageInfo?.hasNextPage && visible.length - at <= 3) void fetchMore({ variables: { after: pageInfo.endCursor } });
  }, [pageInfo, visible.length, at, fetchMore]);

  const reason = (action?: ModerationActionKind) =>
    customReason.trim() || t(`reasons.${action === 'APPROVE' || action === 'RESTORE' ? 'noViolation' : reasonKey}`);
  // Decisions in flight, by post: the next item can be decided at once (the queue has already
  // moved on), the same one not twice.
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const busy = (current ? pending.has(current.post.id) : false) || ban.loading || purge.loading;

  const act = async (action: ModerationActionKind) => {
    if (!current || busy) return;
    const postId = current.post.id;
    const why = reason(action);
    setFailure(null);
    setPending((set) => new Set(set).add(postId));
    try {
      await moderate.run(postId, action, why);
      const done = t(`done.${action}`, { title: current.post.thread.title, reason: why });
      setNotice(done);
      setUndo(
        action === 'REMOVE' || action === 'HIDE'
          ? { message: done, label: t('undo.restore'), run: () => moderate.run(postId, 'RESTORE', t('undo.reason')) }
          : null,
      );
    } catch (caught) {
      setFailure(caught);
    } finally {
      setPending((set) => {
        const next = new Set(set);
        next.delete(postId);
        return next;
      });
    }
  };

  const author = current?.post.author;
  const confirmBan = async (until: string | null, why: string) => {
    if (!author) return;
    setFailure(null);
    try {
      await ban.run(author.id, why, until);
      setDialog(null);
      const done = t('done.ban', { handle: author.handle });
      setNotice(done);
      setUndo({ message: done, label: t('undo.unban'), run: () => unban.run(author.id, t('undo.reason')) });
    } catch (caught) {
      setFailure(caught);
    }
  };
  const confirmPurge = async (why: string, alsoBan: boolean, until: string | null) => {
    if (!author) return;
    setFailure(null);
    try {
      const result = await purge.run(author.id, why, alsoBan, until);
      setDialog(null);
      const counts = result.data?.purgeUserContent;
      const done = t(alsoBan ? 'done.purgeBan' : 'done.purge', {
        handle: author.handle,
        threads: counts?.threadsRemoved ?? 0,
        posts: counts?.postsRemoved ?? 0,
      });
      setNotice(done);
      setUndo({
        message: done,
        label: t('undo.purge'),
        run: async () => {
          await restore.run(author.id, t('undo.reason'));
          if (alsoBan) await unban.run(author.id, t('undo.reason'));
        },
      });
    } catch (caught) {
      setFailure(caught);
    }
  };

  const runUndo = async () => {
    if (!undo) return;
    setFailure(null);
    try {
      await undo.run();
      setNotice(t('undo.done'));
      setUndo(null);
    } catch (caught) {
      setFailure(caught);
    }
  };

  useQueueKeys(!dialog, (command) => {
    if (command === 'help') return setHelp((open) => !open);
    if (help) return;
    if (command === 'next') return setIndex(Math.min(at + 1, visible.length - 1));
    if (command === 'previous') return setIndex(Math.max(at - 1, 0));
    if (!current) return;
    if (command === 'ban' || command === 'purge') return setDialog(command);
    const action = ACTION_OF[command];
    if (action) void act(action);
  });

  if (!data) return <QueryState loading={loading} error={error} retry={() => void refetch()} />;
  const me = data.me;
  const locales = me?.roles.includes('ADMIN') ? [...LANGUAGES] : (me?.moderatorLocales ?? []);
  const total = data.reviewQueue.totalCount;

  return (
    <div className={styles.page}>
      <h1>{t('title.queue')}</h1>
      <p>
        {t('queue.count', { count: total, formattedCount: formatNumber(total, lang) })}{' '}
        <button type="button" className={`${ui.button} ${ui.secondary}`} onClick={() => setHelp(true)} aria-keyshortcuts="?">
          {t('keys.open')}
        </button>{' '}
        <Link to={paths.moderationLog(lang)}>{t('queue.logLink')}</Link>
      </p>
      <form className={styles.filters} aria-label={t('filters.label')} onSubmit={(event) => event.preventDefault()}>
        <Field label={t('filters.language')}>
          {(props) => (
            <select
              {...props}
              value={locale}
              onChange={(event) => {
                setLocale(event.target.value);
                setIndex(0);
              }}
            >
              <option value="">{t('filters.allMine')}</option>
              {locales.map((code) => (
                <option key={code} value={code}>
                  {t(`locale.${code}`, { defaultValue: code })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('filters.source')} hint={t('filters.loadedOnly')}>
          {(props) => (
            <select
              {...props}
              value={source}
              onChange={(event) => {
                setSource(event.target.value as Source);
                setIndex(0);
              }}
            >
              {SOURCES.map((value) => (
                <option key={value} value={value}>
                  {t(`filters.sources.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('filters.reason')}>
          {(props) => (
            <select
              {...props}
              value={reasonFilter}
              onChange={(event) => {
                setReasonFilter(event.target.value as ReportReason | '');
                setIndex(0);
              }}
            >
              <option value="">{t('filters.anyReason')}</option>
              {REPORT_REASONS.map((value) => (
                <option key={value} value={value}>
                  {t(`reportReason.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
      <p role="status" className={styles.status}>
        {notice}
      </p>
      {undo ? (
        <p className={`${ui.alert} ${ui.warning}`}>
          {undo.message}{' '}
          <button
            type="button"
            className={`${ui.button} ${ui.secondary}`}
            onClick={() => void runUndo()}
            disabled={restore.loading || unban.loading || moderate.loading}
          >
            {undo.label}
          </button>
        </p>
      ) : null}
      {failure ? (
        <Alert kind="danger" title={t('failed')}>
          <p>{errorMessage(t, failure)}</p>
        </Alert>
      ) : null}
      {!current ? (
        <p>{edges.length === 0 ? t('queue.empty') : t('queue.emptyFiltered')}</p>
      ) : (
        <div className={styles.layout}>
          <nav aria-label={t('queue.list')} className={styles.list}>
            <ol>
              {visible.map(({ node }, position) => (
                <li key={node.post.id}>
                  <button
                    type="button"
                    className={styles.listItem}
                    aria-current={position === at ? 'true' : undefined}
                    onClick={() => setIndex(position)}
                  >
                    <span className={styles.listTitle}>{node.post.thread.title}</span>
                    <span className={ui.hint}>
                      {[
                        node.post.thread.board.locale,
                        `@${node.post.author.handle}`,
                        node.verdict ? t('filters.sources.guard') : null,
                        node.reports.length ? t('item.reports', { count: node.reports.length }) : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          </nav>
          <div className={styles.detail}>
            <p className={ui.hint}>{t('queue.position', { position: at + 1, count: visible.length })}</p>
            <section aria-label={t('actions.label')} className={`${ui.card} ${styles.actions}`}>
              <div className={styles.reasonRow}>
                <Field label={t('actions.presetReason')}>
                  {(props) => (
                    <select {...props} value={reasonKey} onChange={(event) => setReasonKey(event.target.value as PresetReason)}>
                      {PRESET_REASONS.map((key) => (
                        <option key={key} value={key}>
                          {t(`reasons.${key}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field label={t('actions.customReason')} hint={t('actions.customHint')}>
                  {(props) => <input {...props} value={customReason} onChange={(event) => setCustomReason(event.target.value)} />}
                </Field>
              </div>
              <div className={styles.buttons}>
                <button type="button" className={ui.button} disabled={busy} onClick={() => void act('APPROVE')} aria-keyshortcuts="a">
                  {t('actions.APPROVE')}
                </button>
                <button type="button" className={ui.button} disabled={busy} onClick={() => void act('HIDE')} aria-keyshortcuts="h">
                  {t('actions.HIDE')}
                </button>
                <button
                  type="button"
                  className={`${ui.button} ${ui.dangerButton}`}
                  disabled={busy}
                  onClick={() => void act('REMOVE')}
                  aria-keyshortcuts="r"
                >
                  {t('actions.REMOVE')}
                </button>
                {current.post.state === 'HIDDEN' || current.post.state === 'REMOVED' ? (
                  <button type="button" className={`${ui.button} ${ui.secondary}`} disabled={busy} onClick={() => void act('RESTORE')}>
                    {t('actions.RESTORE')}
                  </button>
                ) : null}
                <button
                  type="button"
                  className={`${ui.button} ${ui.secondary}`}
                  disabled={busy}
                  onClick={() => setDialog('ban')}
                  aria-keyshortcuts="b"
                >
                  {t('actions.ban')}
                </button>
                <button
                  type="button"
                  className={`${ui.button} ${ui.secondary}`}
                  disabled={busy}
                  onClick={() => setDialog('purge')}
                  aria-keyshortcuts="p"
                >
                  {t('actions.purge')}
                </button>
              </div>
            </section>
            <ReviewItemView item={current} headingId={HEADING_ID} />
          </div>
        </div>
      )}
      {dialog === 'ban' && author ? (
        <BanDialog
          target={author}
          reason={reason()}
          busy={ban.loading}
          onCancel={() => setDialog(null)}
          onConfirm={(until, why) => void confirmBan(until, why)}
        />
      ) : null}
      {dialog === 'purge' && author ? (
        <PurgeDialog
          target={author}
          reason={reason()}
          busy={purge.loading}
          onCancel={() => setDialog(null)}
          onConfirm={(why, alsoBan, until) => void confirmPurge(why, alsoBan, until)}
        />
      ) : null}
      {help ? <KeysHelp onClose={() => setHelp(false)} /> : null}
    </div>
  );
}

// The help overlay: every shortcut of the queue. Escape, ? or the button closes it.
function KeysHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('moderation');
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className={ui.backdrop}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="queue-keys-title"
        className={ui.dialog}
        onKeyDown={(event) => {
          if (event.key === 'Escape' || event.key === '?') {
            event.preventDefault();
            event.stopPropagation();
            onClose();
          }
          // Its one control keeps the focus: Tab does not leave the overlay.
          if (event.key === 'Tab') event.preventDefault();
        }}
      >
        <h2 id="queue-keys-title" className={ui.dialogTitle}>
          {t('keys.title')}
        </h2>
        <dl className={styles.keys}>
          {Object.entries(QUEUE_KEYS).map(([key, command]) => (
            <div key={key}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{t(`keys.${command}`)}</dd>
            </div>
          ))}
        </dl>
        <p className={ui.hint}>{t('keys.note')}</p>
        <button ref={close} type="button" className={ui.button} onClick={onClose}>
          {t('keys.close')}
        </button>
      </div>
    </div>
  );
}
