import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { useLanguage } from '../../app/useLanguage';
import { apiError, errorMessage } from '../../lib/i18n/errorMessages';
import { Alert } from '../../ui/Alert';
import { Field } from '../../ui/Field';
import ui from '../../ui/ui.module.css';
import { useLogin } from './useAuthMutations';

// Sign in; when the account has 2FA the server answers TWO_FACTOR_REQUIRED and the code is asked.
export function SignInPage() {
  const lang = useLanguage();
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const { run, loading } = useLogin();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needsTotp, setNeedsTotp] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await run({ login, password, totp: needsTotp ? totp : undefined });
      navigate(paths.home(lang));
    } catch (error) {
      if (apiError(error).code === 'TWO_FACTOR_REQUIRED' && !needsTotp) {
        setNeedsTotp(true);
        setFailure(null);
      } else setFailure(error);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} style={{ maxWidth: '24rem' }}>
      <h1>{t('title.signIn')}</h1>
      {failure ? <Alert kind="danger">{errorMessage(t, failure)}</Alert> : null}
      {needsTotp ? (
        <Field label={t('totp')} hint={t('totpHint')}>
          {(props) => (
            <input
              {...props}
              value={totp}
              onChange={(event) => setTotp(event.target.value)}
              inputMode="numeric"
              autoComplete="one-time-code"
              required
              autoFocus
            />
          )}
        </Field>
      ) : (
        <>
          <Field label={t('login')}>
            {(props) => (
              <input {...props} value={login} onChange={(event) => setLogin(event.target.value)} autoComplete="username" required />
            )}
          </Field>
          <Field label={t('password')}>
            {(props) => (
              <input
                {...props}
                type="password"
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                autoComplete="current-password"
                required
              />
            )}
          </Field>
        </>
      )}
      <button type="submit" className={ui.button} disabled={loading}>
        {needsTotp ? t('submitTotp') : t('submitSignIn')}
      </button>
      <p>
        <Link to={paths.signUp(lang)}>{t('noAccount')}</Link>
      </p>
    </form>
  );
}
