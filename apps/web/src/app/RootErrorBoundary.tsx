import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../ui/Alert';

function RouteFailure() {
  const { t } = useTranslation();
  return (
    <Alert kind="danger" title={t('loadError')}>
      <p>
        <Link to="/">{t('backHome')}</Link>
      </p>
    </Alert>
  );
}

// A page that fails to render (or whose chunk fails to load) shows this instead of a blank
// screen; the layout keys it by URL, so moving to another page tries again.
export class RootErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? <RouteFailure /> : this.props.children;
  }
}
