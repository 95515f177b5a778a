import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { paths } from '../../app/paths';
import { useLanguage } from '../../app/useLanguage';
import { formatDateTime, formatNumber, formatRelative } from '../../lib/i18n/format';
import { isLanguage } from '../../lib/i18n/languages';
import ui from '../../ui/ui.module.css';
import { banText } from './banText';
import { highlightEvidence } from './highlight';
import styles from './moderation.module.css';

export const ReviewItemFragment = graphql(`
  fragment ReviewItemView_item on ReviewItem {
    priority
    autoHidden
    openedAt
    verdict {
      action
      score
      signals {
        kind
        message
        evidence
      }
    }
    reports {
      id
      reason
      note
      createdAt
      reporter {
        id
        handle
      }
    }
    post {
      id
      number
      state
      body
      createdAt
      removalReason
      thread {
        id
        title
        locked
        board {
          id
          name
          locale
        }
        question {
          id
          body
        }
      }
      author {
        id
        handle
        displayName
        createdAt
        bannedUntil
        roles
        trustLevel
        moderationHistory {
          removedPosts
          hiddenPosts
          bans
          reportsUpheld
          reportsDismissed
        }
      }
    }
  }
`);

const EXCERPT = 280;

// One item in full: where it is (thread, board, language), the post's whole text with the scam
// guard's evidence marked, the verdict's signals, the reports, and the author.
export function ReviewItemView(props: { item: FragmentType<typeof ReviewItemFragment>; headingId: string }) {
  const item = getFragmentData(ReviewItemFragment, props.item);
  const lang = useLanguage();
  const { t } = useTranslation('moderation');
  const { post } = item;
  const thread = post.thread;
  const threadLang = isLanguage(thread.board.locale) ? thread.board.locale : lang;
  const signals = item.verdict?.signals ?? [];
  const parts = highlightEvidence(
    post.body ?? '',
    signals.map((signal) => signal.evidence),
  );
  const question = thread.question.body ?? '';
  const history = post.author.moderationHistory;
  return (
    <article className={`${ui.card} ${styles.item}`} aria-labelledby={props.headingId} data-post-id={post.id}>
      <h2 id={props.headingId} tabIndex={-1} className={styles.itemTitle}>
        <Link to={paths.thread(threadLang, thread.id)}>{thread.title}</Link>
      </h2>
      <p className={ui.hint}>
        {t('item.where', { board: thread.board.name, locale: thread.board.locale, number: post.number })}
        {' · '}
        {t('item.priority', { priority: formatNumber(Math.round(item.priority), lang) })}
        {' · '}
        <time dateTime={item.openedAt}>{t('item.opened', { when: formatRelative(item.openedAt, lang) })}</time>
      </p>
      <p>
        <span className={ui.badge}>{t(`state.${post.state}`)}</span>{' '}
        {item.autoHidden ? <span className={`${ui.badge} ${styles.alertBadge}`}>{t('item.autoHidden')}</span> : null}{' '}
        {thread.locked ? <span className={ui.badge}>{t('item.locked')}</span> : null}
      </p>
      {post.number > 1 && question ? (
        <blockquote className={styles.context} aria-label={t('item.question')}>
          {question.length > EXCERPT ? `${question.slice(0, EXCERPT)}…` : question}
        </blockquote>
      ) : null}
      <section aria-label={t('item.content')}>
        <p className={styles.body}>
          {parts.map((part, index) =>
            part.evidence === null ? (
              <span key={index}>{part.text}</span>
            ) : (
              <mark key={index} className={styles.evidence} title={signals[part.evidence]?.message}>
                {part.text}
              </mark>
            ),
          )}
        </p>
        {post.removalReason ? <p className={ui.hint}>{t('item.removalReason', { reason: post.removalReason })}</p> : null}
      </section>
      {item.verdict ? (
        <section aria-labelledby={`${props.headingId}-verdict`}>
          <h3 id={`${props.headingId}-verdict`} className={styles.subheading}>
            {t('item.verdict', { action: t(`verdictAction.${item.verdict.action}`), score: formatNumber(item.verdict.score, lang) })}
          </h3>
          <ul className={styles.signals}>
            {signals.map((signal, index) => (
              <li key={index}>
                {signal.message} <mark className={styles.evidence}>{signal.evidence}</mark>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {item.reports.length > 0 ? (
        <section aria-labelledby={`${props.headingId}-reports`}>
          <h3 id={`${props.headingId}-reports`} className={styles.subheading}>
            {t('item.reports', { count: item.reports.length })}
          </h3>
          <ul className={styles.signals}>
            {item.reports.map((report) => (
              <li key={report.id}>
                <strong>{t(`reportReason.${report.reason}`)}</strong>{' '}
                {t('item.reportedBy', { handle: report.reporter.handle, when: formatRelative(report.createdAt, lang) })}
                {report.note ? <q className={styles.note}>{report.note}</q> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby={`${props.headingId}-author`}>
        <h3 id={`${props.headingId}-author`} className={styles.subheading}>
          {t('item.author')}
        </h3>
        <p>
          <strong>{post.author.displayName}</strong> @{post.author.handle}{' '}
          {post.author.roles
            .filter((role) => role !== 'USER')
            .map((role) => (
              <span key={role} className={ui.badge}>
                {t(`role.${role}`)}
              </span>
            ))}
        </p>
        <p className={ui.hint}>
          {t('item.accountAge', { when: formatDateTime(post.author.createdAt, lang) })}
          {post.author.trustLevel !== null && post.author.trustLevel !== undefined
            ? ` · ${t('item.trust', { level: post.author.trustLevel })}`
            : null}
          {post.author.bannedUntil ? ` · ${banText(t, post.author.bannedUntil, lang)}` : null}
        </p>
        {history ? (
          <p className={history.removedPosts + history.bans > 0 ? `${ui.alert} ${ui.warning}` : ui.hint}>
            {t('item.history', {
              removed: history.removedPosts,
              hidden: history.hiddenPosts,
              bans: history.bans,
              upheld: history.reportsUpheld,
              dismissed: history.reportsDismissed,
            })}
          </p>
        ) : null}
      </section>
    </article>
  );
}
