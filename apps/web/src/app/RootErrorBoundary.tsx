import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../ui/Alert';

export function RootErrorBoundary() {
  const { t } = useTranslation();
  return (
    <Alert kind="danger" title={t('loadError')}>
      <p>
        <Link to="/">{t('backHome')}</Link>
      </p>
    </Alert>
  );
}
