import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/i18n/errorMessages';
import { Alert } from '../../ui/Alert';
import styles from './admin.module.css';

// What the last action of a section did, or why it failed: a status line and an alert.
export function useOutcome() {
  const [done, setDone] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const attempt = async (work: () => Promise<unknown>, message: string) => {
    setFailure(null);
    setDone('');
    try {
      await work();
      setDone(message);
      return true;
    } catch (caught) {
      setFailure(caught);
      return false;
    }
  };
  return { done, failure, attempt };
}

export function Outcome({ done, failure }: { done: string; failure: unknown }) {
  const { t } = useTranslation('admin');
  return (
    <>
      <p role="status" className={styles.status}>
        {done}
      </p>
      {failure ? (
        <Alert kind="danger" title={t('failed')}>
          <p>{errorMessage(t, failure)}</p>
        </Alert>
      ) : null}
    </>
  );
}
