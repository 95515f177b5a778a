import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useLanguage } from '../../app/useLanguage';
import { formatDateTime } from '../../lib/i18n/format';
import { Field } from '../../ui/Field';
import ui from '../../ui/ui.module.css';
import { Outcome, useOutcome } from './Outcome';
import styles from './admin.module.css';
import { useDismissStaffLookalike } from './useAdminMutations';

const StaffLookalikesQuery = graphql(`
  query StaffLookalikes($after: String) {
    staffLookalikes(first: 20, after: $after) {
      edges {
        cursor
        node {
          field
          name
          detectedAt
          user {
            id
            handle
            displayName
          }
          imitates {
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

// Accounts whose names imitate a staff member: dismissed with a reason when they are no imitation.
export function LookalikesSection() {
  const { t } = useTranslation('admin');
  const lang = useLanguage();
  const { data, fetchMore } = useQuery(StaffLookalikesQuery);
  const dismiss = useDismissStaffLookalike();
  const outcome = useOutcome();
  const [reason, setReason] = useState('');
  const found = data?.staffLookalikes;
  return (
    <section id="lookalikes" aria-labelledby="admin-lookalikes" className={`${ui.card} ${styles.section}`}>
      <h2 id="admin-lookalikes">{t('lookalikes.title')}</h2>
      <p>{t('lookalikes.count', { count: found?.totalCount ?? 0 })}</p>
      <Field label={t('lookalikes.reason')} hint={t('lookalikes.reasonHint')}>
        {(props) => <input {...props} value={reason} onChange={(event) => setReason(event.target.value)} />}
      </Field>
      <ul>
        {found?.edges.map(({ node }) => (
          <li key={`${node.user.id}-${node.imitates.id}`}>
            {t('lookalikes.entry', {
              name: node.name,
              handle: node.user.handle,
              field: node.field,
              staff: node.imitates.displayName,
              staffHandle: node.imitates.handle,
              when: formatDateTime(node.detectedAt, lang),
            })}{' '}
            <button
              type="button"
              className={`${ui.button} ${ui.secondary}`}
              disabled={dismiss.loading || !reason.trim()}
              aria-label={t('lookalikes.dismissOne', { handle: node.user.handle })}
              onClick={() =>
                void outcome.attempt(
                  () => dismiss.run(node.user.id, node.imitates.id, reason.trim()),
                  t('lookalikes.dismissed', { handle: node.user.handle }),
                )
              }
            >
              {t('lookalikes.dismiss')}
            </button>
          </li>
        ))}
      </ul>
      {found?.pageInfo.hasNextPage ? (
        <button
          type="button"
          className={`${ui.button} ${ui.secondary}`}
          onClick={() => void fetchMore({ variables: { after: found.pageInfo.endCursor } })}
        >
          {t('lookalikes.more')}
        </button>
      ) : null}
      <Outcome done={outcome.done} failure={outcome.failure} />
    </section>
  );
}
