import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/i18n/errorMessages';
import { Alert } from './Alert';
import ui from './ui.module.css';

// What a page shows before its data is there: a status while loading, the error with a retry.
export function QueryState({ loading, error, retry }: { loading: boolean; error?: unknown; retry: () => void }) {
  const { t } = useTranslation();
  if (loading || !error) return <p role="status">{t('loading')}</p>;
  return (
    <Alert kind="danger" title={t('loadError')}>
      <p>{errorMessage(t, error)}</p>
      <button type="button" className={ui.button} onClick={retry}>
        {t('retry')}
      </button>
    </Alert>
  );
}
