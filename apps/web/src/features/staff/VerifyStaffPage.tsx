import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { getFragmentData, graphql } from '../../gql';
import { errorMessage } from '../../lib/i18n/errorMessages';
import { Alert } from '../../ui/Alert';
import { Field } from '../../ui/Field';
import ui from '../../ui/ui.module.css';
import styles from './staff.module.css';

export const VerifiedUserFragment = graphql(`
  fragment VerifiedUser_user on User {
    id
    handle
    displayName
    badge {
      team
      title
    }
  }
`);

export const VerifyStaffQuery = graphql(`
  query VerifyStaff($handle: String!) {
    verifyStaff(handle: $handle) {
      handle
      isOfficial
      user {
        ...VerifiedUser_user
      }
      lookalikeOf {
        ...VerifiedUser_user
      }
    }
  }
`);

// "Is this really staff?": the handle lives in the URL (?handle=), so a result can be shared and
// the back button goes to the previous check.
export function VerifyStaffPage() {
  const { t } = useTranslation('staff');
  const [params, setParams] = useSearchParams();
  const asked = params.get('handle')?.trim().replace(/^@/, '') ?? '';
  const [handle, setHandle] = useState(asked);
  const { data, loading, error } = useQuery(VerifyStaffQuery, { variables: { handle: asked }, skip: !asked });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = handle.trim().replace(/^@/, '');
    if (typed) setParams({ handle: typed });
  };
  const result = asked ? data?.verifyStaff : undefined;
  const official = getFragmentData(VerifiedUserFragment, result?.user);
  const imitated = getFragmentData(VerifiedUserFragment, result?.lookalikeOf);

  return (
    <>
      <h1>{t('title.verify')}</h1>
      <p>{t('verify.intro')}</p>
      <form onSubmit={submit} className={styles.verifyForm}>
        <Field label={t('verify.handle')} hint={t('verify.handleHint')}>
          {(props) => (
            <input
              {...props}
              value={handle}
              onChange={(event) => setHandle(event.target.value)}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              required
            />
          )}
        </Field>
        <button type="submit" className={ui.button} disabled={loading}>
          {t('verify.submit')}
        </button>
      </form>
      <div aria-live="polite">
        {loading ? <p role="status">{t('verify.checking')}</p> : null}
        {error ? <Alert kind="danger">{errorMessage(t, error)}</Alert> : null}
        {result?.isOfficial && official ? (
          <div className={`${ui.card} ${styles.official}`}>
            <h2 className={styles.verdict}>{t('verify.official', { handle: official.handle })}</h2>
            <p>
              {t('verify.officialDetail', {
                name: official.displayName,
                team: official.badge?.team ?? '',
                title: official.badge?.title ?? '',
              })}
            </p>
          </div>
        ) : null}
        {result && !result.isOfficial ? (
          <div className={`${ui.card} ${styles.notOfficial}`}>
            <h2 className={styles.verdict}>{t('verify.notOfficial', { handle: result.handle })}</h2>
            {imitated ? <p>{t('verify.lookalike', { handle: imitated.handle, name: imitated.displayName })}</p> : null}
            <p>{t('verify.warning')}</p>
          </div>
        ) : null}
      </div>
    </>
  );
}
